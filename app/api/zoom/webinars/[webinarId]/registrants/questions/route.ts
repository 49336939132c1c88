/** The webinar's registration questions: read (GET) and replace (PATCH). */
import { registrantHandlers } from "@/app/api/zoom/_registrants/handlers";

const handlers = registrantHandlers("webinar");
export const GET = handlers.questions;
export const PATCH = handlers.updateQuestions;
