/**
 * The session cookie: httpOnly, SameSite=Lax (the OAuth callback is a top-level GET from Zoom),
 * and Secure with the `__Secure-` prefix whenever the dashboard is served over https.
 */
import "server-only";
import { appUrl } from "@/lib/env";

export const secureCookies = appUrl.startsWith("https://");

export const sessionCookieName = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;

export const sessionCookieOptions = { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies };

/** Signed-in sessions last a week; signing in again (which also renews Zoom tokens) starts a new one. */
export const SESSION_MAX_AGE_S = 7 * 24 * 3600;
