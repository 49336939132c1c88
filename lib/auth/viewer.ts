/**
 * The signed-in viewer for this request: the session cookie's ids (a next-auth JWT) and the live
 * Session, User, Membership and Workspace rows behind them. Null when signed out, when the session
 * is invalid, expired or revoked, or when access was removed.
 *
 * Both steps are cached per process, because every request takes them: a cookie's decrypted claims
 * (a pure function of the cookie) and the viewer per session, dropped as soon as the database
 * reports a change to any of those rows (lib/db/shared-cache.ts) — a sign-out, a removal or a role
 * change counts on every instance within milliseconds.
 */
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import type { Viewer } from "@/lib/auth/viewer-type";
import { db } from "@/lib/db/client";
import { createSharedCache } from "@/lib/db/shared-cache";
import { appSecrets } from "@/lib/server/secrets";

export interface SessionIds {
  uid: string;
  wid: string;
  /** The server-side Session row; a cookie from before sessions were revocable has none and is refused. */
  sid: string;
}

type Claims = (SessionIds & { expMs: number }) | null;

/** Decrypted cookies, by cookie value: decryption is the costliest step of a request's sign-in check. */
const claimsByCookie = new Map<string, Claims>();
const MAX_COOKIES = 10_000;

async function decodeClaims(cookieValue: string): Promise<Claims> {
  try {
    const claims = await decode({ token: cookieValue, secret: appSecrets().authSecret });
    if (!claims || typeof claims.uid !== "string" || typeof claims.wid !== "string" || typeof claims.sid !== "string") return null;
    return { uid: claims.uid, wid: claims.wid, sid: claims.sid, expMs: typeof claims.exp === "number" ? claims.exp * 1000 : Infinity };
  } catch {
    return null;
  }
}

/** The session's ids, or null. Never throws on a bad cookie. */
export async function readSessionClaims(cookieValue: string | undefined): Promise<SessionIds | null> {
  if (!cookieValue || cookieValue.length > 8_192) return null;
  let claims = claimsByCookie.get(cookieValue);
  if (claims === undefined) {
    claims = await decodeClaims(cookieValue);
    // Only cookies that decode are kept: garbage sent by a scanner must not evict real sessions.
    if (claims) {
      if (claimsByCookie.size >= MAX_COOKIES) claimsByCookie.delete(claimsByCookie.keys().next().value!);
      claimsByCookie.set(cookieValue, claims);
    }
  }
  if (!claims || claims.expMs <= Date.now()) return null;
  return { uid: claims.uid, wid: claims.wid, sid: claims.sid };
}

type Loaded = { viewer: Viewer; userId: string; workspaceId: string; expiresAtMs: number } | null;

/** The viewer per "sid:wid"; stale on any change to the session, its person, membership or workspace. */
const viewers = createSharedCache<Loaded>({
  ttlMs: 60_000,
  max: 10_000,
  staleOn: (change, key, loaded) => {
    switch (change.table) {
      case "Session":
        return key.startsWith(`${change.keys[0]}:`);
      case "User":
        return !loaded || change.keys[0] === loaded.userId;
      case "Membership":
        return !loaded || (change.keys[0] === loaded.workspaceId && change.keys[1] === loaded.userId);
      case "Workspace":
        return !loaded || change.keys[0] === loaded.workspaceId;
      default:
        return false;
    }
  },
});

/**
 * The viewer for a session, or null when the session was revoked or expired, or the person is not
 * (or no longer) a member of that workspace.
 */
export async function loadViewer(ids: SessionIds): Promise<Viewer | null> {
  const loaded = await viewers.get(`${ids.sid}:${ids.wid}`, () => readViewer(ids.sid, ids.wid));
  if (!loaded || loaded.expiresAtMs <= Date.now()) return null;
  if (loaded.userId !== ids.uid || loaded.workspaceId !== ids.wid) return null;
  return loaded.viewer;
}

async function readViewer(sid: string, wid: string): Promise<Loaded> {
  const session = await db().session.findUnique({
    where: { id: sid },
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
          memberships: { where: { workspaceId: wid }, select: { role: true, removedAt: true, workspace: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!session || session.revokedAt || session.workspaceId !== wid) return null;
  const membership = session.user.memberships[0];
  if (!membership || membership.removedAt) return null;
  const viewer: Viewer = {
    userId: session.user.id,
    zoomUserId: session.user.zoomUserId,
    name: session.user.name,
    email: session.user.email,
    image: session.user.image,
    workspaceId: membership.workspace.id,
    workspaceName: membership.workspace.name,
    role: membership.role,
  };
  return { viewer, userId: session.userId, workspaceId: session.workspaceId, expiresAtMs: session.expiresAt.getTime() };
}

/** The viewer behind a session cookie's value (route handlers read it off the request). */
export async function viewerForCookie(cookieValue: string | undefined): Promise<Viewer | null> {
  const claims = await readSessionClaims(cookieValue);
  return claims ? loadViewer(claims) : null;
}

/** Deduplicated per server render (layout + page + components share one lookup). */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerForCookie((await cookies()).get(sessionCookieName)?.value));
