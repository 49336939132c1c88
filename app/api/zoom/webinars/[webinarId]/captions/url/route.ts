/** Reveals the caption URL for a third-party captioner (host or admin, on click only; never cached). */
import { liveHandlers } from "@/app/api/zoom/_live/handlers";

export const POST = liveHandlers("webinar").captionUrl;
