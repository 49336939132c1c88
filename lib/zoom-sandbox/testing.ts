/**
 * Helpers for the sandbox's own behaviour tests: talk to a started server over real HTTP the way
 * a client would (Basic auth, form bodies, following the consent form by hand).
 */
import { createHash, randomBytes } from "node:crypto";
import { SANDBOX_DEFAULTS } from "./options";

export const BASIC = `Basic ${Buffer.from(`${SANDBOX_DEFAULTS.clientId}:${SANDBOX_DEFAULTS.clientSecret}`).toString("base64")}`;
export const REDIRECT_URI = "http://localhost:3000/api/auth/callback/zoom";

export interface TokenBody {
  access_token: string;
  token_type: string;
  refresh_token?: string;
  expires_in: number;
  scope: string;
  api_url: string;
}

export async function postForm(url: string, params: Record<string, string>, headers: Record<string, string> = { authorization: BASIC }): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(params).toString(),
    redirect: "manual",
  });
}

export async function control(base: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${base}/_sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function userIdByEmail(base: string, email: string): Promise<string> {
  const users = (await (await control(base, "GET", "/users")).json()) as { id: string; email: string }[];
  const user = users.find((u) => u.email === email);
  if (!user) throw new Error(`no seeded user ${email}`);
  return user.id;
}

export function pkcePair(method: "S256" | "plain" = "S256", padded = false): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  if (method === "plain") return { verifier, challenge: verifier };
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge: padded ? `${challenge}=` : challenge };
}

export interface AuthorizeOptions {
  email: string;
  challenge?: string;
  method?: "S256" | "plain";
  state?: string;
  redirectUri?: string;
  decision?: "allow" | "deny";
}

/** Submits the consent form as the browser would; returns the redirect Location. */
export async function consent(base: string, opts: AuthorizeOptions): Promise<URL> {
  const fields: Record<string, string> = {
    response_type: "code",
    client_id: SANDBOX_DEFAULTS.clientId,
    redirect_uri: opts.redirectUri ?? REDIRECT_URI,
    state: opts.state ?? "xyz",
    user_id: await userIdByEmail(base, opts.email),
    decision: opts.decision ?? "allow",
  };
  if (opts.challenge) {
    fields.code_challenge = opts.challenge;
    fields.code_challenge_method = opts.method ?? "S256";
  }
  const res = await postForm(`${base}/oauth/authorize`, fields, {});
  if (res.status !== 302) throw new Error(`consent answered ${res.status}: ${await res.text()}`);
  return new URL(res.headers.get("location")!);
}

/** Consent + code exchange: a user token for `email`. */
export async function userToken(base: string, email: string): Promise<TokenBody> {
  const { verifier, challenge } = pkcePair();
  const location = await consent(base, { email, challenge });
  const res = await postForm(`${base}/oauth/token`, {
    grant_type: "authorization_code",
    code: location.searchParams.get("code")!,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  if (res.status !== 200) throw new Error(`token exchange answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as TokenBody;
}

export async function accountToken(base: string): Promise<TokenBody> {
  const res = await postForm(`${base}/oauth/token`, { grant_type: "account_credentials", account_id: SANDBOX_DEFAULTS.accountId });
  return (await res.json()) as TokenBody;
}

export function api(base: string, token: string) {
  return async (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${base}/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
}

export const OWNER = "olivia.bennett@brightwave.test";
export const ADMIN = "marcus.reyes@brightwave.test";
export const MEMBER = "daniel.okafor@brightwave.test";
