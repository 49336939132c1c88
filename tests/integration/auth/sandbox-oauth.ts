/**
 * Test helpers that play a person and a browser against the Zoom sandbox over real HTTP:
 * consent as a given user (with PKCE), exchange the code, read /users/me.
 */
import { createHash, randomBytes } from "node:crypto";

export const SANDBOX_CLIENT = { clientId: "sandbox_client_id", clientSecret: "sandbox_client_secret" };
export const REDIRECT_URI = "http://localhost:3999/api/auth/callback/zoom";

export const OWNER_EMAIL = "olivia.bennett@brightwave.test";
export const MEMBER_EMAIL = "daniel.okafor@brightwave.test";

export interface SandboxUserSummary {
  id: string;
  email: string;
  name: string;
  role: string;
}

export async function sandboxUsers(sandboxUrl: string): Promise<SandboxUserSummary[]> {
  const response = await fetch(`${sandboxUrl}/_sandbox/users`);
  return (await response.json()) as SandboxUserSummary[];
}

export async function sandboxUserId(sandboxUrl: string, email: string): Promise<string> {
  const user = (await sandboxUsers(sandboxUrl)).find((u) => u.email === email);
  if (!user) throw new Error(`no sandbox user ${email}`);
  return user.id;
}

export async function control<T = unknown>(sandboxUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandboxUrl}/_sandbox${path}`, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function refreshGrantCount(sandboxUrl: string): Promise<number> {
  const counters = await control<{ grants: Record<string, number> }>(sandboxUrl, "GET", "/counters");
  return counters.grants.refresh_token ?? 0;
}

/** Consents as `email` (POSTing the consent form like a browser) and redeems the code. */
export async function authorizeAs(sandboxUrl: string, email: string) {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const form = new URLSearchParams({
    response_type: "code",
    client_id: SANDBOX_CLIENT.clientId,
    redirect_uri: REDIRECT_URI,
    state: "test-state",
    code_challenge: challenge,
    code_challenge_method: "S256",
    user_id: await sandboxUserId(sandboxUrl, email),
    decision: "allow",
  });
  const consent = await fetch(`${sandboxUrl}/oauth/authorize`, { method: "POST", body: form, redirect: "manual" });
  const location = consent.headers.get("location");
  if (!location) throw new Error(`consent did not redirect (${consent.status})`);
  const code = new URL(location).searchParams.get("code")!;
  const requestedAtMs = Date.now();
  const token = await fetch(`${sandboxUrl}/oauth/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${SANDBOX_CLIENT.clientId}:${SANDBOX_CLIENT.clientSecret}`).toString("base64")}` },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
  });
  const body = (await token.json()) as { access_token: string; refresh_token: string; expires_in: number; scope: string };
  const me = (await (await fetch(`${sandboxUrl}/v2/users/me`, { headers: { authorization: `Bearer ${body.access_token}` } })).json()) as Record<string, unknown>;
  return {
    requestedAtMs,
    raw: body,
    me,
    tokens: { accessToken: body.access_token, refreshToken: body.refresh_token, expiresInSeconds: body.expires_in, scopes: body.scope.split(" ") },
  };
}

/**
 * Counts every request to /oauth/token from now on (successful or not): a fault with no status,
 * delay or reset only records a hit and lets the request through. The sandbox's grant counters
 * count issued tokens only, so a refresh that lost a race would not show there.
 */
export async function countTokenRequests(sandboxUrl: string, options: { delayMs?: number } = {}): Promise<() => Promise<number>> {
  // A delay (Zoom is a few hundred ms away) keeps the race window open long enough to matter.
  const fault = await control<{ id: number }>(sandboxUrl, "POST", "/faults", { path: "/oauth/token", method: "POST", count: 100_000, delayMs: options.delayMs });
  return async () => {
    const faults = await control<{ id: number; hits: number }[]>(sandboxUrl, "GET", "/faults");
    return faults.find((f) => f.id === fault.id)?.hits ?? 0;
  };
}
