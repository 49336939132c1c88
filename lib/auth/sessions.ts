/**
 * Server-side sessions. The cookie is a next-auth JWT that names a Session row (`sid`); a request
 * is signed in only while that row is live. Signing out, "sign out everywhere" and removing a
 * member revoke rows, so an old cookie stops working at once instead of living out its 7 days.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { syncChanges } from "@/lib/db/change-feed";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-cookie";

/** A new session for a sign-in; its id goes into the JWT. */
export async function createSession(userId: string, workspaceId: string, now = new Date()): Promise<string> {
  // Sign-in is rare and per person: the place to drop this person's dead rows (expired, or revoked
  // over a day ago), so the table stays the size of the live sessions.
  await db().session.deleteMany({
    where: { workspaceId, userId, OR: [{ expiresAt: { lt: now } }, { revokedAt: { lt: new Date(now.getTime() - 86_400_000) } }] },
  });
  const row = await db().session.create({
    data: { userId, workspaceId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session (sign-out). Revoking an unknown or already revoked session is a no-op. */
export async function revokeSession(sessionId: string): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  // Every instance drops the session from its cache; this one before we answer.
  await syncChanges();
}

/** Ends every session a person has in a workspace ("sign out everywhere", removal). Returns how many. */
export async function revokeAllSessions(workspaceId: string, userId: string): Promise<number> {
  const { count } = await db().session.updateMany({ where: { workspaceId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await syncChanges();
  return count;
}

/** How many live sessions a person has in a workspace (shown next to "Sign out everywhere"). */
export async function liveSessionCount(workspaceId: string, userId: string): Promise<number> {
  return db().session.count({ where: { workspaceId, userId, revokedAt: null, expiresAt: { gt: new Date() } } });
}
