/** What the webinar's registrants tab needs in one answer: the webinar, counts per status, its questions. */
import { registrantHandlers } from "@/app/api/zoom/_registrants/handlers";

export const GET = registrantHandlers("webinar").summary;
