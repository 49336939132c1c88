/**
 * Which Zoom connection acts for a dashboard request, and which Zoom user the request is about.
 *
 * - Members act through their own user-level connection, on themselves only (`me`).
 * - Admins and owners use the account-level connection to reach any user of the account (host
 *   picker, users page, another host's meeting). Their own meetings still go through their
 *   user-level connection, because on an account-level token `me` means the account owner.
 */
import { ApiError } from "@/lib/api/errors";
import { zoomContextFor } from "@/lib/auth/zoom-context";
import { isAdminRole, type Viewer } from "@/lib/auth/viewer-type";
import type { ZoomContext } from "@/lib/zoom/context";

export interface ZoomActor {
  ctx: ZoomContext;
  /** The Zoom `userId` to put in paths: `me`, or another user's id/email (admins only). */
  userId: string;
  /** A stable key for the host, for per-host bookkeeping (write budget); null when unknown. */
  hostKey: string | null;
}

const isSelf = (userId: string | undefined | null) => !userId || userId === "me";

/** Acting on `userId` (default: the viewer). Members asking about someone else get 403. */
export async function zoomActorFor(viewer: Viewer, userId?: string | null): Promise<ZoomActor> {
  if (isSelf(userId)) {
    const ctx = await zoomContextFor(viewer, "user");
    return { ctx, userId: "me", hostKey: ctx.zoomUserId };
  }
  if (!isAdminRole(viewer.role)) {
    throw new ApiError("forbidden", "Only workspace admins can act on other Zoom users' meetings.");
  }
  const ctx = await zoomContextFor(viewer, "account");
  return { ctx, userId: userId!, hostKey: userId!.includes("@") ? userId!.toLowerCase() : userId! };
}

/**
 * For operations on one meeting/webinar by id: admins go through the account-level connection so
 * they can manage any host's meeting; members through their own (Zoom checks they may).
 */
export async function zoomContextForItem(viewer: Viewer): Promise<ZoomContext> {
  if (!isAdminRole(viewer.role)) return zoomContextFor(viewer, "user");
  try {
    return await zoomContextFor(viewer, "account");
  } catch (error) {
    // No account-level connection yet: the admin can still manage what their own token reaches.
    if (error instanceof ApiError && (error.code === "not_configured" || error.code === "needs_reconnect")) return zoomContextFor(viewer, "user");
    throw error;
  }
}

/** Account-wide reads (users list, host picker): admins only, account-level connection. */
export async function zoomAccountContext(viewer: Viewer): Promise<ZoomContext> {
  if (!isAdminRole(viewer.role)) throw new ApiError("forbidden", "Only workspace admins can see the account's users.");
  return zoomContextFor(viewer, "account");
}
