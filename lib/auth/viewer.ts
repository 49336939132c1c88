/**
 * The signed-in viewer for this request: the session cookie's ids (a next-auth JWT), checked
 * against the database every time, so a removed member or a changed role counts immediately.
 * Null when signed out, when the session is invalid or expired, or when access was removed.
 */
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import type { Viewer } from "@/lib/auth/viewer-type";
import { db } from "@/lib/db/client";
import { appSecrets } from "@/lib/server/secrets";

/** The session's ids, or null. Never throws on a bad cookie. */
export async function readSessionClaims(cookieValue: string | undefined): Promise<{ uid: string; wid: string } | null> {
  if (!cookieValue) return null;
  try {
    const claims = await decode({ token: cookieValue, secret: appSecrets().authSecret });
    if (!claims || typeof claims.uid !== "string" || typeof claims.wid !== "string") return null;
    if (typeof claims.exp === "number" && claims.exp * 1000 <= Date.now()) return null;
    return { uid: claims.uid, wid: claims.wid };
  } catch {
    return null;
  }
}

/** The viewer for (user, workspace), or null when that person is not (or no longer) a member. */
export async function loadViewer(userId: string, workspaceId: string): Promise<Viewer | null> {
  const membership = await db().membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: {
      role: true,
      removedAt: true,
      user: { select: { id: true, zoomUserId: true, name: true, email: true, image: true } },
      workspace: { select: { id: true, name: true } },
    },
  });
  if (!membership || membership.removedAt) return null;
  return {
    userId: membership.user.id,
    zoomUserId: membership.user.zoomUserId,
    name: membership.user.name,
    email: membership.user.email,
    image: membership.user.image,
    workspaceId: membership.workspace.id,
    workspaceName: membership.workspace.name,
    role: membership.role,
  };
}

/** Deduplicated per server render (layout + page + components share one lookup). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await readSessionClaims((await cookies()).get(sessionCookieName)?.value);
  return claims ? loadViewer(claims.uid, claims.wid) : null;
});
