import { route } from "@/lib/api/route";
import { liveStream } from "@/lib/live-updates/stream";
import { mustHost } from "@/lib/services/access";

/** Streams don't belong in any cache, and each request must be judged by its own session. */
export const dynamic = "force-dynamic";

/** Server-Sent Events: which queries a Zoom event made stale, for the viewer's workspace only (a member: what they host). */
export const GET = route({ access: "member" }, ({ req, viewer }) =>
  liveStream(
    { workspaceId: viewer.workspaceId, onlyHost: mustHost(viewer) ? viewer.zoomUserId : null },
    // An id is a cuid; anything else cannot name a stored event.
    /^[a-z0-9]{1,40}$/.test(req.headers.get("last-event-id") ?? "") ? req.headers.get("last-event-id") : null,
    req.signal,
  ),
);
