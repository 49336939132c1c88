/**
 * next-auth 4 configuration: "Sign in with Zoom" (Zoom API notes: ../shared/zoom-api/NOTES.md §9) with PKCE and state against the
 * configured Zoom (the sandbox by default). Sessions are JWTs that hold only ids; everything
 * else (role, workspace, tokens) is read from the database per request, so removing a member or
 * changing a role takes effect at once. Tokens go from the callback straight into the vault.
 */
import "server-only";
import type { AuthOptions } from "next-auth";
import ZoomProvider, { type ZoomProfile } from "next-auth/providers/zoom";
import { auditSignInOut } from "@/lib/auth/auth-audit";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { completeSignIn } from "@/lib/auth/sign-in";
import { SESSION_MAX_AGE_S, secureCookies, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { toZoomUserProfile } from "@/lib/auth/zoom-oauth";
import { db } from "@/lib/db/client";
import { appUrlConfigured, zoomConfig } from "@/lib/env";
import { appSecrets } from "@/lib/server/secrets";
import { logger } from "@/lib/server/logger";

/** What the session JWT carries: ids only (the Session row makes it revocable on the server). */
export interface SessionClaims {
  uid: string;
  wid: string;
  sid: string;
}

function describe(metadata: unknown): string {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
  // Only the error's class and first line: next-auth's metadata can hold request details.
  return error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]!.slice(0, 160)}` : "no details";
}

const cached = new Map<string, AuthOptions>();

/**
 * Where the browser is sent to authorize. Demo mode serves Zoom's consent page from this same app,
 * so it must be the address the person is using (localhost, 127.0.0.1, a LAN name…): the OAuth
 * state and PKCE cookies live on that host, and the consent page redirects back to it.
 */
function browserOAuthBase(origin: string | null): string {
  const zoom = zoomConfig();
  return zoom.mode === "sandbox" && origin && !appUrlConfigured ? `${origin}/sandbox` : zoom.oauthBaseUrl;
}

/**
 * next-auth options for a request that reached the dashboard at `origin` (null: the configured
 * APP_URL applies). Built once per origin.
 */
export function authOptions(origin: string | null = null): AuthOptions {
  const key = browserOAuthBase(origin);
  const existing = cached.get(key);
  if (existing) return existing;
  const zoom = zoomConfig();
  // A handful of addresses at most (localhost, 127.0.0.1, the machine's names); never grow unbounded.
  if (cached.size > 20) cached.clear();
  const options: AuthOptions = {
    secret: appSecrets().authSecret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: secureCookies,
    cookies: { sessionToken: { name: sessionCookieName, options: sessionCookieOptions } },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      ZoomProvider<ZoomProfile>({
        clientId: zoom.clientId,
        clientSecret: zoom.clientSecret,
        // Zoom wants an empty scope (next-auth #3045): scopes come from the app's configuration.
        authorization: `${key}/oauth/authorize?scope`,
        token: `${zoom.oauthServerBaseUrl}/oauth/token`,
        userinfo: `${zoom.apiBaseUrl}/users/me`,
        checks: ["pkce", "state"],
        client: { token_endpoint_auth_method: "client_secret_basic" },
      }),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        const zoomProfile = profile ? toZoomUserProfile(profile as Record<string, unknown>) : null;
        if (!account?.access_token || !zoomProfile) return "/signin?error=ZoomProfile";
        const nowMs = Date.now();
        const expiresInSeconds = account.expires_at ? account.expires_at - Math.floor(nowMs / 1000) : 3599;
        try {
          const outcome = await completeSignIn(
            zoomProfile,
            {
              accessToken: account.access_token,
              refreshToken: account.refresh_token,
              expiresInSeconds,
              scopes: (account.scope ?? "").split(/[\s,]+/).filter(Boolean),
            },
            nowMs,
          );
          return outcome.ok ? true : `/signin?error=${outcome.refusal}`;
        } catch (error) {
          logger.error("sign-in failed", { error: describe(error) });
          return "/signin?error=SignInFailed";
        }
      },
      async jwt({ token, account, profile }) {
        if (!account || !profile) return token;
        // First call after a successful signIn: replace next-auth's default claims (name, email,
        // picture) with our ids; tokens never enter the JWT.
        const zoomProfile = toZoomUserProfile(profile as Record<string, unknown>);
        const membership = zoomProfile
          ? await db().membership.findFirst({
              where: { user: { zoomUserId: zoomProfile.id }, workspace: { zoomAccountId: zoomProfile.accountId }, removedAt: null },
              select: { userId: true, workspaceId: true },
            })
          : null;
        if (!membership) return { sub: token.sub };
        const sid = await createSession(membership.userId, membership.workspaceId);
        await auditSignInOut("auth.sign_in", membership.userId, membership.workspaceId);
        return { sub: membership.userId, uid: membership.userId, wid: membership.workspaceId, sid } satisfies SessionClaims & { sub: string };
      },
      async session({ session }) {
        // The browser learns only that a session exists and when it expires; the viewer comes from the server.
        return { expires: session.expires };
      },
    },
    events: {
      // Sign-out ends the session on the server too: the old cookie, if kept or stolen, no longer works.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
        if (typeof token?.uid === "string" && typeof token.wid === "string") await auditSignInOut("auth.sign_out", token.uid, token.wid);
      },
    },
    logger: {
      error: (code, metadata) => logger.error(`next-auth ${code}`, { detail: describe(metadata) }),
      warn: (code) => logger.warn(`next-auth ${code}`),
      debug: () => undefined,
    },
  };
  cached.set(key, options);
  return options;
}
