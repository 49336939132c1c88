/** Approve, deny or cancel registrants of the webinar: a background job with a result per registrant (202). */
import { registrantHandlers } from "@/app/api/zoom/_registrants/handlers";

export const POST = registrantHandlers("webinar").startStatusJob;
