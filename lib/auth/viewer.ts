/**
 * The signed-in viewer for this request: the session cookie's ids (a next-auth JWT), checked
 * against the database every time, so a removed member or a changed role counts immediately.
 * Null when signed out, when the session is invalid or expired, or when access was removed.
 */
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import type { Viewer } from "@/lib/auth/viewer-type";
import { db } from "@/lib/db/client";
import { appSecrets } from "@/lib/server/secrets";

export interface SessionIds {
  uid: string;
  wid: string;
  /** The server-side Session row; a cookie from before sessions were revocable has none and is refused. */
  sid: string;
}

/** The session's ids, or null. Never throws on a bad cookie. */
export async function readSessionClaims(cookieValue: string | undefined): Promise<SessionIds | null> {
  if (!cookieValue) return null;
  try {
    const claims = await decode({ token: cookieValue, secret: appSecrets().authSecret });
    if (!claims || typeof claims.uid !== "string" || typeof claims.wid !== "string" || typeof claims.sid !== "string") return null;
    if (typeof claims.exp === "number" && claims.exp * 1000 <= Date.now()) return null;
    return { uid: claims.uid, wid: claims.wid, sid: claims.sid };
  } catch {
    return null;
  }
}

/**
 * The viewer for a session, or null when the session was revoked or expired, or the person is not
 * (or no longer) a member of that workspace.
 */
export async function loadViewer(ids: SessionIds): Promise<Viewer | null> {
  const session = await db().session.findUnique({
    where: { id: ids.sid },
    select: {
      userId: true,
      workspaceId: true,
      revokedAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          zoomUserId: true,
          name: true,
          email: true,
          image: true,
          memberships: { where: { workspaceId: ids.wid }, select: { role: true, removedAt: true, workspace: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
  if (session.userId !== ids.uid || session.workspaceId !== ids.wid) return null;
  const membership = session.user.memberships[0];
  if (!membership || membership.removedAt) return null;
  return {
    userId: session.user.id,
    zoomUserId: session.user.zoomUserId,
    name: session.user.name,
    email: session.user.email,
    image: session.user.image,
    workspaceId: membership.workspace.id,
    workspaceName: membership.workspace.name,
    role: membership.role,
  };
}

/** Deduplicated per server render (layout + page + components share one lookup). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await readSessionClaims((await cookies()).get(sessionCookieName)?.value);
  return claims ? loadViewer(claims) : null;
});
