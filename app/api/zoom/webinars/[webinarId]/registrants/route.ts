/** A webinar's registrants: every one with a status (GET), add one (POST). Members: only webinars they host. */
import { registrantHandlers } from "@/app/api/zoom/_registrants/handlers";

const handlers = registrantHandlers("webinar");
export const GET = handlers.list;
export const POST = handlers.add;
