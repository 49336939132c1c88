/**
 * Zoom's OAuth endpoints as plain HTTP calls (../shared/zoom-api/NOTES.md §1): token grants, revoke, device codes and
 * "Get a user" for identifying whom a token belongs to. Results are typed values; a failure never
 * carries a token, code or Authorization header — only Zoom's short `error`/`reason`.
 */
import { zoomConfig } from "@/lib/env";

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface GrantedTokens {
  accessToken: string;
  /** Absent for account_credentials (S2S). */
  refreshToken?: string;
  expiresInSeconds: number;
  scopes: string[];
}

export type OAuthFailureKind =
  /** The refresh token / device code / authorization was used, revoked or replaced. */
  | "invalid_grant"
  /** Client id/secret or account id were refused. */
  | "invalid_client"
  | "authorization_pending"
  | "slow_down"
  | "expired_token"
  | "access_denied"
  /** Any other 4xx: Zoom understood and refused. */
  | "rejected"
  /** Network failure, timeout or 5xx: worth retrying later. */
  | "unavailable";

export interface OAuthFailure {
  kind: OAuthFailureKind;
  status: number;
  /** Zoom's own words (`reason`/`error`), sanitised; safe to show and log. */
  reason: string;
}

export type OAuthResult<T> = { ok: true; value: T } | { ok: false; failure: OAuthFailure };

const TIMEOUT_MS = 10_000;

function basic({ clientId, clientSecret }: ClientCredentials): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
}

/** Zoom's message with every secret we sent removed, kept short. */
function sanitise(text: string, secrets: string[]): string {
  let clean = text;
  for (const secret of secrets) if (secret) clean = clean.split(secret).join("[redacted]");
  return clean.replace(/\s+/g, " ").trim().slice(0, 200);
}

function classify(status: number, error: string | undefined): OAuthFailureKind {
  if (status === 0 || status >= 500) return "unavailable";
  switch (error) {
    case "invalid_grant":
    case "invalid_request_token":
      return "invalid_grant";
    case "invalid_client":
    case "unauthorized_client":
      return "invalid_client";
    case "authorization_pending":
    case "slow_down":
    case "expired_token":
    case "access_denied":
      return error;
    default:
      return status === 401 ? "invalid_client" : "rejected";
  }
}

async function post(path: string, params: Record<string, string>, client: ClientCredentials): Promise<OAuthResult<Record<string, unknown>>> {
  const secrets = [...Object.values(params), client.clientSecret];
  let response: Response;
  try {
    response = await fetch(`${zoomConfig().oauthServerBaseUrl}${path}`, {
      method: "POST",
      headers: { authorization: basic(client), "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams(params),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === "TimeoutError" ? "Zoom did not answer in time." : "Zoom could not be reached.";
    return { ok: false, failure: { kind: "unavailable", status: 0, reason } };
  }
  const text = await response.text().catch(() => "");
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // Non-JSON answers (HTML error pages) are described by their status alone.
  }
  if (response.ok) return { ok: true, value: body };
  const error = typeof body.error === "string" ? body.error : undefined;
  const words = [body.reason, body.error_description, body.message, error].find((value) => typeof value === "string") as string | undefined;
  return {
    ok: false,
    failure: { kind: classify(response.status, error), status: response.status, reason: sanitise(words ?? `HTTP ${response.status}`, secrets) },
  };
}

function toTokens(body: Record<string, unknown>): OAuthResult<GrantedTokens> {
  if (typeof body.access_token !== "string" || !body.access_token) {
    return { ok: false, failure: { kind: "unavailable", status: 200, reason: "Zoom answered without an access token." } };
  }
  const expiresIn = Number(body.expires_in);
  return {
    ok: true,
    value: {
      accessToken: body.access_token,
      refreshToken: typeof body.refresh_token === "string" && body.refresh_token ? body.refresh_token : undefined,
      expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3599,
      scopes: typeof body.scope === "string" ? body.scope.split(/[\s,]+/).filter(Boolean) : [],
    },
  };
}

async function grant(params: Record<string, string>, client: ClientCredentials): Promise<OAuthResult<GrantedTokens>> {
  const result = await post("/oauth/token", params, client);
  return result.ok ? toTokens(result.value) : result;
}

/** Zoom refresh tokens are single-use: the caller must persist the returned pair before using it. */
export function refreshGrant(refreshToken: string, client: ClientCredentials) {
  return grant({ grant_type: "refresh_token", refresh_token: refreshToken }, client);
}

/** Server-to-Server OAuth: a fresh token per call, no refresh token. */
export function accountCredentialsGrant(accountId: string, client: ClientCredentials) {
  return grant({ grant_type: "account_credentials", account_id: accountId }, client);
}

export function deviceCodeGrant(deviceCode: string, client: ClientCredentials) {
  return grant({ grant_type: "urn:ietf:params:oauth:grant-type:device_code", device_code: deviceCode }, client);
}

export interface DeviceCode {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresInSeconds: number;
  intervalSeconds: number;
}

export async function requestDeviceCode(client: ClientCredentials): Promise<OAuthResult<DeviceCode>> {
  const result = await post("/oauth/devicecode", { client_id: client.clientId }, client);
  if (!result.ok) return result;
  const body = result.value;
  if (typeof body.device_code !== "string" || typeof body.user_code !== "string" || typeof body.verification_uri !== "string") {
    return { ok: false, failure: { kind: "unavailable", status: 200, reason: "Zoom answered without a device code." } };
  }
  return {
    ok: true,
    value: {
      deviceCode: body.device_code,
      userCode: body.user_code,
      verificationUri: body.verification_uri,
      verificationUriComplete: typeof body.verification_uri_complete === "string" ? body.verification_uri_complete : undefined,
      expiresInSeconds: Number(body.expires_in) > 0 ? Number(body.expires_in) : 900,
      intervalSeconds: Number(body.interval) > 0 ? Number(body.interval) : 5,
    },
  };
}

export async function revokeToken(token: string, client: ClientCredentials): Promise<OAuthResult<null>> {
  const result = await post("/oauth/revoke", { token }, client);
  return result.ok ? { ok: true, value: null } : result;
}

export interface ZoomUserProfile {
  id: string;
  accountId: string;
  email: string;
  name: string;
  image: string | null;
  timezone: string | null;
  company: string | null;
}

/** Whether a raw `GET /users/me` body has what sign-in needs. */
export function toZoomUserProfile(body: Record<string, unknown>): ZoomUserProfile | null {
  if (typeof body.id !== "string" || typeof body.account_id !== "string" || typeof body.email !== "string") return null;
  const first = typeof body.first_name === "string" ? body.first_name : "";
  const last = typeof body.last_name === "string" ? body.last_name : "";
  const display = typeof body.display_name === "string" ? body.display_name : "";
  return {
    id: body.id,
    accountId: body.account_id,
    email: body.email.toLowerCase(),
    name: `${first} ${last}`.trim() || display || body.email,
    image: typeof body.pic_url === "string" && body.pic_url ? body.pic_url : null,
    timezone: typeof body.timezone === "string" && body.timezone ? body.timezone : null,
    company: typeof body.company === "string" && body.company ? body.company : null,
  };
}

/** "Get a user" (`GET /users/me`) with a fresh token, to learn whose token it is. */
export async function fetchZoomMe(accessToken: string): Promise<OAuthResult<ZoomUserProfile>> {
  let response: Response;
  try {
    response = await fetch(`${zoomConfig().apiBaseUrl}/users/me`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
  } catch {
    return { ok: false, failure: { kind: "unavailable", status: 0, reason: "Zoom could not be reached." } };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const message = typeof body.message === "string" ? body.message : `HTTP ${response.status}`;
    const kind: OAuthFailureKind = response.status >= 500 ? "unavailable" : "rejected";
    return { ok: false, failure: { kind, status: response.status, reason: sanitise(message, [accessToken]) } };
  }
  const profile = toZoomUserProfile(body);
  return profile ? { ok: true, value: profile } : { ok: false, failure: { kind: "rejected", status: 200, reason: "Zoom's user profile had no id, account or email." } };
}
