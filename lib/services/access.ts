/**
 * Who may touch what, and which Zoom connection acts — the dashboard's own decision, never left to
 * Zoom's permission check (a member whose Zoom user is a Zoom admin could otherwise reach everyone's
 * meetings through their own token).
 *
 * - Members act through their own user-level connection, on themselves (`me`) and on the meetings
 *   and webinars they host — checked here against the item's `host_id` before anything is returned
 *   or changed.
 * - Admins and owners use the account-level connection to reach any user of the account. Their own
 *   lists still go through their user-level connection, because on an account-level token `me`
 *   means the account owner.
 */
import "server-only";
import { ApiError } from "@/lib/errors/api-error";
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
export async function actorFor(viewer: Viewer, userId?: string | null): Promise<ZoomActor> {
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
 * The connection for an operation on one item by id: admins go through the account-level connection
 * so they can manage any host's item (their own connection when there is none yet); members through
 * their own — and `ensureHosts` must then confirm they host the item.
 */
export async function itemContext(viewer: Viewer): Promise<ZoomContext> {
  if (!isAdminRole(viewer.role)) return zoomContextFor(viewer, "user");
  try {
    return await zoomContextFor(viewer, "account");
  } catch (error) {
    if (error instanceof ApiError && (error.code === "not_configured" || error.code === "needs_reconnect")) return zoomContextFor(viewer, "user");
    throw error;
  }
}

/** Account-wide reads and writes (users list, host picker, custCreate): admins only. */
export async function accountContext(viewer: Viewer): Promise<ZoomContext> {
  if (!isAdminRole(viewer.role)) throw new ApiError("forbidden", "Only workspace admins can see the account's users.");
  return zoomContextFor(viewer, "account");
}

/** Whether the viewer must prove they host an item before acting on it. */
export const mustHost = (viewer: Viewer) => !isAdminRole(viewer.role);

/**
 * Members act only on items they host. Refused with 403 — the item's existence is no secret to
 * someone with its id, and "you do not host it" tells them what to do (ask the host or an admin).
 */
export function ensureHosts(viewer: Viewer, ctx: ZoomContext, item: { host_id?: string | null }, noun: string): void {
  if (!mustHost(viewer)) return;
  const self = ctx.zoomUserId ?? viewer.zoomUserId;
  if (!item.host_id || item.host_id !== self) {
    throw new ApiError("forbidden", `You can only manage ${noun}s you host. Ask the host or a workspace admin.`);
  }
}
