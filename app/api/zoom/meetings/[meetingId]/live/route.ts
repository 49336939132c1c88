/** Whether the meeting is live and which controls can work now (with the reason when not). Members: only what they host. */
import { liveHandlers } from "@/app/api/zoom/_live/handlers";

export const GET = liveHandlers("meeting").status;
