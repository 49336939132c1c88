/** Sends caption lines to Zoom in order, from the server (the caption URL never reaches the browser). */
import { liveHandlers } from "@/app/api/zoom/_live/handlers";

export const POST = liveHandlers("webinar").captionLines;
