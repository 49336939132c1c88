/** Placeholder until the token vault lands; the auth module replaces this file. */
import { ApiError } from "@/lib/api/errors";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { ZoomContext } from "@/lib/zoom/context";

export async function zoomContextFor(_viewer: Viewer, _level: "user" | "account"): Promise<ZoomContext> {
  throw new ApiError("not_configured", "No Zoom connection is available yet.");
}
