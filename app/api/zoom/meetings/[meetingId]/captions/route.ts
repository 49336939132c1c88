/** The meeting's caption stream for `?lang=`: the next seq and the lines Zoom accepted. */
import { liveHandlers } from "@/app/api/zoom/_live/handlers";

export const GET = liveHandlers("meeting").captions;
