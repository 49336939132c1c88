/** What the meeting's registrants tab needs in one answer: the meeting, counts per status, its questions. */
import { registrantHandlers } from "@/app/api/zoom/_registrants/handlers";

export const GET = registrantHandlers("meeting").summary;
