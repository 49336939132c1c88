import { route } from "@/lib/api/route";
import { liveStream } from "@/lib/live-updates/stream";

/** Streams don't belong in any cache, and each request must be judged by its own session. */
export const dynamic = "force-dynamic";

/** Server-Sent Events: which queries a Zoom event made stale, for the viewer's workspace only. */
export const GET = route({ access: "member" }, ({ req, viewer }) =>
  // An id is a cuid; anything else cannot name a stored event.
  liveStream(viewer.workspaceId, /^[a-z0-9]{1,40}$/.test(req.headers.get("last-event-id") ?? "") ? req.headers.get("last-event-id") : null, req.signal),
);
