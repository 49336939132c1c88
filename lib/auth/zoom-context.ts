/**
 * How a request reaches Zoom on the viewer's behalf (the ZoomContext contract of lib/zoom/context.ts).
 *
 * - "user": the viewer's own connection (from sign-in, or a device code they approved).
 * - "account": admins and owners only. The workspace's Server-to-Server connection when it is
 *   active; otherwise the viewer's *own* connection if its token carries admin scopes (they are a
 *   Zoom admin who authorized the app). We never borrow another person's connection: actions at
 *   Zoom would then be attributed to someone who did not take them.
 */
import "server-only";
import { cache } from "react";
import { ApiError } from "@/lib/errors/api-error";
import { hasAccountScopes } from "@/lib/auth/scope-features";
import { ACCOUNT_SLOT, tokenSource, userSlot } from "@/lib/auth/token-vault";
import { isAdminRole, type Viewer } from "@/lib/auth/viewer-type";
import { db } from "@/lib/db/client";
import { createSharedCache } from "@/lib/db/shared-cache";
import { zoomConfig } from "@/lib/env";
import type { ZoomContext } from "@/lib/zoom/context";

const contextColumns = { id: true, kind: true, status: true, zoomUserId: true, scopes: true } as const;
type ContextRow = { id: string; kind: "oauth" | "device" | "s2s"; status: string; zoomUserId: string | null; scopes: string[] };

function toContext(row: ContextRow): ZoomContext {
  return {
    apiBaseUrl: zoomConfig().apiBaseUrl,
    tokens: tokenSource(row.id),
    connectionId: row.id,
    kind: row.kind,
    zoomUserId: row.kind === "s2s" ? null : row.zoomUserId,
    scopes: row.scopes,
  };
}

/**
 * The connection rows a viewer may act through, per workspace and person: read on every request,
 * changed rarely (sign-in, renewal, disconnect), and dropped on any change to the workspace's
 * connections (lib/db/shared-cache.ts).
 */
const connectionRows = createSharedCache<ContextRow[]>({
  ttlMs: 60_000,
  max: 10_000,
  staleOn: (change, key) => change.table === "ZoomConnection" && key.startsWith(`${change.keys[0]}|`),
});

function readRows(viewer: Viewer, level: "user" | "account"): Promise<ContextRow[]> {
  const slots = level === "account" ? [ACCOUNT_SLOT, userSlot(viewer.userId)] : [userSlot(viewer.userId)];
  return connectionRows.get(`${viewer.workspaceId}|${viewer.userId}|${level}`, () =>
    db().zoomConnection.findMany({ where: { workspaceId: viewer.workspaceId, slot: { in: slots } }, select: contextColumns }),
  );
}

const ownNeedsReconnect = () =>
  new ApiError("needs_reconnect", "Your Zoom connection needs to be renewed: use “Reconnect” in the banner or in Settings → Connections.");

/** Once per server render (React `cache`: layout, page and prefetches share it); per call in route handlers. */
export const zoomContextFor = cache(contextFor);

async function contextFor(viewer: Viewer, level: "user" | "account"): Promise<ZoomContext> {
  if (zoomConfig().mode === "unconfigured") {
    throw new ApiError("not_configured", "Zoom is not configured: set ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET, or unset them to use the built-in sandbox.");
  }
  const rows = await readRows(viewer, level);
  const own = rows.find((row) => row.kind !== "s2s");
  if (level === "user") {
    if (!own) throw new ApiError("needs_reconnect", "You have no Zoom connection yet: connect Zoom in Settings → Connections.");
    if (own.status !== "active") throw ownNeedsReconnect();
    return toContext(own);
  }

  if (!isAdminRole(viewer.role)) throw new ApiError("forbidden", "Only workspace admins and owners can see the whole Zoom account.");
  const account = rows.find((row) => row.kind === "s2s");
  if (account?.status === "active") return toContext(account);
  if (own?.status === "active" && hasAccountScopes(own.scopes)) return toContext(own);
  if (account) {
    throw new ApiError("needs_reconnect", "The workspace's Server-to-Server connection needs attention: the owner can reconnect it in Settings → Connections.");
  }
  throw new ApiError(
    "not_configured",
    "There is no account-level Zoom connection: the workspace owner can add a Server-to-Server OAuth app in Settings → Connections, or a Zoom account admin can sign in.",
  );
}

/**
 * The context a background job acts through: the connection it was started with, as long as it is
 * still active, still the workspace's, and its starter is still allowed to use it — a member who
 * was removed (or an admin demoted, for an account-level connection) stops their jobs.
 */
export async function jobZoomContext(job: { workspaceId: string; createdById: string; connectionId: string }): Promise<ZoomContext> {
  if (zoomConfig().mode === "unconfigured") throw new ApiError("not_configured", "Zoom is not configured.");
  const [membership, row] = await Promise.all([
    db().membership.findUnique({ where: { workspaceId_userId: { workspaceId: job.workspaceId, userId: job.createdById } }, select: { role: true, removedAt: true } }),
    db().zoomConnection.findFirst({ where: { id: job.connectionId, workspaceId: job.workspaceId }, select: { ...contextColumns, slot: true } }),
  ]);
  if (!membership || membership.removedAt) throw new ApiError("forbidden", "The person who started this job is no longer a member of the workspace.");
  if (!row) throw new ApiError("needs_reconnect", "The Zoom connection this job used was disconnected.");
  const ownConnection = row.slot === userSlot(job.createdById);
  // Someone's personal connection acts for them alone, whoever started the job.
  if (!ownConnection && row.slot !== ACCOUNT_SLOT) throw new ApiError("forbidden", "This job's Zoom connection belongs to someone else.");
  if (!ownConnection && !isAdminRole(membership.role)) throw new ApiError("forbidden", "The person who started this job is no longer a workspace admin.");
  if (row.status !== "active") throw new ApiError("needs_reconnect", "The Zoom connection this job used needs to be reconnected.");
  return toContext(row);
}
