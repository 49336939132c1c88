/** Register many people at once (a mapped CSV): a background job, paced to Zoom's limits (202). */
import { registrantHandlers } from "@/app/api/zoom/_registrants/handlers";

export const POST = registrantHandlers("meeting").startImport;
