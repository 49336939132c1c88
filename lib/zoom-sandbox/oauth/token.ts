/**
 * `POST /oauth/token`: authorization_code (+PKCE), refresh_token (single-use, rotating),
 * account_credentials (Server-to-Server) and the device-code grant.
 */
import { bump } from "../counters";
import { isLoopback, type Peer } from "../peer";
import type { SandboxRuntime } from "../runtime";
import { pkceMatches } from "./authorize";
import { clientCredentials, oauthError, readParams, validClient } from "./params";
import { ACCESS_TOKEN_EXPIRES_IN, DEVICE_INTERVAL_S, issueTokens, newSecret, pruneStore, type TokenKind } from "./store";

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
/** What Zoom answers for a used, rotated-out or revoked refresh token (observed on the wire). */
const INVALID_REFRESH = () => oauthError(400, "invalid_grant", "Invalid Token!");

function tokenResponse(rt: SandboxRuntime, tokens: { access_token: string; refresh_token?: string }, scopes: string[]): Response {
  const body = {
    access_token: tokens.access_token,
    token_type: "bearer",
    ...(tokens.refresh_token ? { refresh_token: tokens.refresh_token } : {}),
    expires_in: ACCESS_TOKEN_EXPIRES_IN,
    scope: scopes.join(" "),
    api_url: rt.opts.baseUrl,
  };
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { "content-type": "application/json;charset=UTF-8", "cache-control": "no-store", pragma: "no-cache" },
  });
}

function issue(rt: SandboxRuntime, grantType: string, input: { kind: TokenKind; userId: string; clientId: string; scopes: string[]; grantId: string; withRefresh: boolean }): Response {
  const nowMs = rt.clock.now().getTime();
  pruneStore(rt.oauth, nowMs);
  const tokens = issueTokens(rt.oauth, input, nowMs, rt.opts.refreshTokenTtlSeconds);
  bump(rt.counters.grants, grantType);
  rt.changed();
  return tokenResponse(rt, tokens, input.scopes);
}

function activeUser(rt: SandboxRuntime, userId: string): boolean {
  return rt.state.users.some((u) => u.id === userId && u.status === "active");
}

function authorizationCode(rt: SandboxRuntime, params: URLSearchParams, clientId: string): Response {
  const code = params.get("code");
  if (!code) return oauthError(400, "invalid_request", "Missing code.");
  const record = Object.hasOwn(rt.oauth.codes, code) ? rt.oauth.codes[code] : undefined;
  if (!record || record.used || record.clientId !== clientId) {
    return oauthError(400, "invalid_request", "Invalid authorization code");
  }
  // Any redemption attempt spends the code: codes are single-use.
  record.used = true;
  rt.changed();
  if (record.expiresAt <= rt.clock.now().getTime()) return oauthError(400, "invalid_grant", "Authorization code is expired.");
  if ((params.get("redirect_uri") ?? "") !== record.redirectUri) return oauthError(400, "invalid_request", "Redirect URI mismatch.");
  if (record.codeChallenge) {
    const verifier = params.get("code_verifier");
    if (!verifier || !pkceMatches(record.codeChallenge, record.codeChallengeMethod ?? "plain", verifier)) {
      return oauthError(400, "invalid_grant", "Invalid code_verifier.");
    }
  }
  if (!activeUser(rt, record.userId)) return oauthError(400, "invalid_grant", "The owner of the token does not exist.");
  return issue(rt, "authorization_code", {
    kind: "user",
    userId: record.userId,
    clientId,
    scopes: record.scopes,
    grantId: record.grantId,
    withRefresh: true,
  });
}

function refreshToken(rt: SandboxRuntime, params: URLSearchParams, clientId: string): Response {
  const token = params.get("refresh_token");
  if (!token) return oauthError(400, "invalid_request", "Missing refresh_token.");
  const record = Object.hasOwn(rt.oauth.refreshTokens, token) ? rt.oauth.refreshTokens[token] : undefined;
  const nowMs = rt.clock.now().getTime();
  if (
    !record ||
    record.used ||
    record.revoked ||
    rt.oauth.revokedGrants[record.grantId] ||
    record.clientId !== clientId ||
    record.expiresAt <= nowMs ||
    !activeUser(rt, record.userId)
  ) {
    return INVALID_REFRESH();
  }
  // Single use, no grace window: the first refresh wins, concurrent losers get invalid_grant.
  record.used = true;
  return issue(rt, "refresh_token", {
    kind: "user",
    userId: record.userId,
    clientId,
    scopes: record.scopes,
    grantId: record.grantId,
    withRefresh: true,
  });
}

function accountCredentials(rt: SandboxRuntime, params: URLSearchParams, clientId: string, peer: Peer): Response {
  if (rt.opts.accountCredentials === "loopback" && !isLoopback(peer.remoteAddress)) {
    // RFC 6749 §5.2: the client is valid but not allowed this grant from where it calls.
    return oauthError(400, "unauthorized_client", "account_credentials is only accepted from this server itself.");
  }
  const accountId = params.get("account_id");
  if (!accountId) return oauthError(400, "invalid_request", "Missing account_id.");
  if (accountId !== rt.state.accountId) return oauthError(400, "invalid_request", `Invalid account_id: ${accountId}`);
  const owner = rt.state.users.find((u) => u.role_name === "Owner") ?? rt.state.users[0];
  return issue(rt, "account_credentials", {
    kind: "account",
    userId: owner.id,
    clientId,
    scopes: [...rt.config.grantedScopes],
    grantId: newSecret(12),
    withRefresh: false,
  });
}

function deviceCode(rt: SandboxRuntime, params: URLSearchParams, clientId: string): Response {
  const code = params.get("device_code");
  const record = code && Object.hasOwn(rt.oauth.deviceCodes, code) ? rt.oauth.deviceCodes[code] : undefined;
  if (!record || record.clientId !== clientId) return oauthError(400, "invalid_grant", "Invalid device code.");
  const nowMs = rt.clock.now().getTime();
  if (record.status === "consumed") return oauthError(400, "invalid_grant", "Device code has already been used.");
  if (record.expiresAt <= nowMs) return oauthError(400, "expired_token", "Device code is expired.");
  if (record.status === "denied") return oauthError(400, "access_denied", "The user denied the authorization request.");
  if (record.status === "pending") {
    const tooSoon = record.lastPollAt !== undefined && nowMs - record.lastPollAt < record.interval * 1000;
    record.lastPollAt = nowMs;
    if (tooSoon) {
      // RFC 8628 §3.5: the client must add 5 seconds to its interval from now on.
      record.interval += DEVICE_INTERVAL_S;
      return oauthError(400, "slow_down", "Polling too frequently.");
    }
    return oauthError(400, "authorization_pending", "The user has not yet approved the request.");
  }
  record.status = "consumed";
  return issue(rt, DEVICE_GRANT, {
    kind: "user",
    userId: record.userId!,
    clientId,
    scopes: record.scopes,
    grantId: record.grantId!,
    withRefresh: true,
  });
}

export async function token(rt: SandboxRuntime, req: Request, url: URL, peer: Peer = {}): Promise<Response> {
  const params = await readParams(req, url);
  const creds = clientCredentials(req, params);
  if (!creds.clientId || !creds.clientSecret) return oauthError(401, "invalid_client", "Client ID or client secret is missing.");
  if (!validClient(rt, creds)) return oauthError(401, "invalid_client", "Invalid client_id or client_secret");
  const grantType = params.get("grant_type");
  switch (grantType) {
    case "authorization_code":
      return authorizationCode(rt, params, creds.clientId);
    case "refresh_token":
      return refreshToken(rt, params, creds.clientId);
    case "account_credentials":
      return accountCredentials(rt, params, creds.clientId, peer);
    case DEVICE_GRANT:
      return deviceCode(rt, params, creds.clientId);
    case null:
    case "":
      return oauthError(400, "invalid_request", "Missing grant type.");
    default:
      return oauthError(400, "unsupported_grant_type", "Grant type is not supported from token endpoint.");
  }
}
