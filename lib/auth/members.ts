/**
 * Workspace members: listing, role changes, removal and restore, by the rules in member-rules.ts.
 * Removing someone also revokes and deletes their Zoom connection: a person who may no longer
 * use the dashboard should not leave live tokens behind in it.
 */
import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { removalRefusal, restoreRefusal, roleChangeRefusal, type RuleTarget } from "@/lib/auth/member-rules";
import { revokeAndDelete, userSlot } from "@/lib/auth/token-vault";
import type { Viewer, WorkspaceRole } from "@/lib/auth/viewer-type";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { WORKSPACE_LOCK_CLASS } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { syncChanges } from "@/lib/db/change-feed";
import { logger } from "@/lib/server/logger";

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
  lastSignInAt: string;
  removedAt: string | null;
  connection: "active" | "needs_reconnect" | "revoked" | "none";
  isViewer: boolean;
}

export async function listMembers(viewer: Viewer): Promise<MemberView[]> {
  const rows = await db().membership.findMany({
    where: { workspaceId: viewer.workspaceId },
    orderBy: [{ removedAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }],
    select: {
      role: true,
      createdAt: true,
      removedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          lastSignInAt: true,
          connections: { where: { workspaceId: viewer.workspaceId }, select: { slot: true, status: true } },
          // A session starts only when a sign-in let the person in: its start is their last sign-in here.
          sessions: { where: { workspaceId: viewer.workspaceId }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    joinedAt: row.createdAt.toISOString(),
    lastSignInAt: (row.user.sessions[0]?.createdAt ?? row.user.lastSignInAt).toISOString(),
    removedAt: row.removedAt?.toISOString() ?? null,
    connection: row.user.connections.find((c) => c.slot === userSlot(row.user.id))?.status ?? "none",
    isViewer: row.user.id === viewer.userId,
  }));
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

/**
 * A role change or a removal, decided and written under the workspace's advisory lock with the
 * acting person's role as it is now: two owners demoting or removing each other at the same moment
 * are decided one after the other, so the second sees the first's change (no ownerless workspace),
 * and someone demoted a moment ago no longer acts as an owner.
 */
async function decideUnderLock<T>(viewer: Viewer, decide: (tx: Tx, actor: Viewer) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WORKSPACE_LOCK_CLASS}::integer, hashtext(${`members:${viewer.workspaceId}`}))`;
    const own = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: viewer.workspaceId, userId: viewer.userId } }, select: { role: true, removedAt: true } });
    if (!own || own.removedAt) throw new ApiError("forbidden", "You are no longer a member of this workspace.");
    return decide(tx, { ...viewer, role: own.role as WorkspaceRole });
  });
}

/** The member as the rules see them, and a label (name and email) for the audit log. */
async function loadTarget(viewer: Viewer, userId: string, tx: Tx | ReturnType<typeof db> = db()): Promise<RuleTarget & { label: string }> {
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: viewer.workspaceId, userId } },
    select: { userId: true, role: true, removedAt: true, user: { select: { name: true, email: true } } },
  });
  if (!membership) throw new ApiError("not_found", "This person is not a member of your workspace.");
  const label = `${membership.user.name} <${membership.user.email}>`;
  return { userId: membership.userId, role: membership.role, removed: membership.removedAt !== null, label };
}

const activeOwners = (tx: Tx, workspaceId: string) => tx.membership.count({ where: { workspaceId, role: "owner", removedAt: null } });

/** Changes a member's role; answers with their role before and their label (for the audit log). */
export async function changeRole(viewer: Viewer, userId: string, role: WorkspaceRole): Promise<{ role: WorkspaceRole; label: string }> {
  const target = await decideUnderLock(viewer, async (tx, actor) => {
    const current = await loadTarget(actor, userId, tx);
    const refusal = roleChangeRefusal(actor, current, role, await activeOwners(tx, actor.workspaceId));
    if (refusal) throw new ApiError("forbidden", refusal);
    if (current.role !== role) await tx.membership.update({ where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId } }, data: { role } });
    return current;
  });
  if (target.role === role) return target;
  await syncChanges();
  logger.info("member role changed", { workspaceId: viewer.workspaceId, userId, from: target.role, to: role, by: viewer.userId });
  return target;
}

export async function removeMember(viewer: Viewer, userId: string): Promise<{ label: string }> {
  const { target, wasRemoved } = await decideUnderLock(viewer, async (tx, actor) => {
    const current = await loadTarget(actor, userId, tx);
    const refusal = removalRefusal(actor, current, await activeOwners(tx, actor.workspaceId));
    if (refusal) throw new ApiError("forbidden", refusal);
    if (!current.removed) await tx.membership.update({ where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId } }, data: { removedAt: new Date() } });
    return { target: current, wasRemoved: current.removed };
  });
  if (wasRemoved) return target;
  // Their browsers' sessions end too, so restoring them later does not revive a pre-removal cookie.
  await revokeAllSessions(viewer.workspaceId, userId);
  await db().deviceAuthorization.deleteMany({ where: { workspaceId: viewer.workspaceId, userId } });
  const connection = await db().zoomConnection.findUnique({
    where: { workspaceId_slot: { workspaceId: viewer.workspaceId, slot: userSlot(userId) } },
    select: { id: true },
  });
  if (connection) {
    const outcome = await revokeAndDelete(connection.id);
    if (!outcome.ok) {
      // Zoom unreachable: the tokens are deleted here anyway; they die at Zoom on expiry or re-authorization.
      await db().zoomConnection.deleteMany({ where: { id: connection.id } });
      logger.warn("removed member's token could not be revoked at Zoom", { userId, zoomError: outcome.failure.kind });
    }
  }
  await syncChanges();
  logger.info("member removed", { workspaceId: viewer.workspaceId, userId, by: viewer.userId });
  return target;
}

export async function restoreMember(viewer: Viewer, userId: string): Promise<void> {
  const target = await loadTarget(viewer, userId);
  const refusal = restoreRefusal(viewer, target);
  if (refusal) throw new ApiError("forbidden", refusal);
  if (!target.removed) return;
  // Back as a member: a higher role is granted again explicitly, never restored silently.
  await db().membership.update({ where: { workspaceId_userId: { workspaceId: viewer.workspaceId, userId } }, data: { removedAt: null, role: "member" } });
  await syncChanges();
  logger.info("member restored", { workspaceId: viewer.workspaceId, userId, by: viewer.userId });
}

/**
 * "Sign out everywhere" for a member, by an owner (or anyone for themselves): every browser they are
 * signed in on is signed out at its next request. Returns how many sessions ended.
 */
export async function signOutEverywhere(viewer: Viewer, userId: string): Promise<number> {
  if (userId !== viewer.userId) {
    if (viewer.role !== "owner") throw new ApiError("forbidden", "Only the workspace owner can sign other people out.");
    await loadTarget(viewer, userId);
  }
  const count = await revokeAllSessions(viewer.workspaceId, userId);
  logger.info("sessions revoked", { workspaceId: viewer.workspaceId, userId, count, by: viewer.userId });
  return count;
}
