/**
 * OAuth bookkeeping: authorization codes, device codes, access and refresh tokens.
 * Plain JSON data so demo mode can persist it next to the state (a restart must not sign
 * everyone out). Every token belongs to a "grant" (one authorization); rotation keeps the grant,
 * a new authorization of the same user+app revokes the older grants (Zoom error 4741 semantics).
 */
import { opaqueSecret } from "../ids";

export type TokenKind = "user" | "account";

export interface AccessTokenRecord {
  kind: TokenKind;
  userId: string;
  clientId: string;
  scopes: string[];
  grantId: string;
  issuedAt: number;
  expiresAt: number;
  revoked?: boolean;
}

export interface RefreshTokenRecord {
  userId: string;
  clientId: string;
  scopes: string[];
  grantId: string;
  issuedAt: number;
  expiresAt: number;
  /** Refresh tokens are single-use: set when exchanged. */
  used?: boolean;
  revoked?: boolean;
}

export interface AuthCodeRecord {
  clientId: string;
  userId: string;
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: "S256" | "plain";
  scopes: string[];
  grantId: string;
  expiresAt: number;
  used?: boolean;
}

export interface DeviceCodeRecord {
  userCode: string;
  clientId: string;
  scopes: string[];
  expiresAt: number;
  interval: number;
  lastPollAt?: number;
  status: "pending" | "approved" | "denied" | "consumed";
  userId?: string;
  grantId?: string;
}

export interface OAuthStore {
  accessTokens: Record<string, AccessTokenRecord>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  codes: Record<string, AuthCodeRecord>;
  deviceCodes: Record<string, DeviceCodeRecord>;
  /** grantId → revoked; a revoked grant's tokens no longer work. */
  revokedGrants: Record<string, true>;
}

export const ACCESS_TOKEN_TTL_S = 3600;
/** Zoom reports one second less than the real lifetime. */
export const ACCESS_TOKEN_EXPIRES_IN = 3599;
export const CODE_TTL_S = 5 * 60;
export const DEVICE_CODE_TTL_S = 900;
export const DEVICE_INTERVAL_S = 5;

export function emptyOAuthStore(): OAuthStore {
  return { accessTokens: {}, refreshTokens: {}, codes: {}, deviceCodes: {}, revokedGrants: {} };
}

/** A fresh opaque secret that never looks like a JWT. */
export function newSecret(bytes = 32): string {
  let value = opaqueSecret(bytes);
  while (value.startsWith("eyJ")) value = opaqueSecret(bytes);
  return value;
}

export interface IssuedTokens {
  access_token: string;
  refresh_token?: string;
}

/** Issues an access token (and for user grants a refresh token) inside `grantId`. */
export function issueTokens(
  store: OAuthStore,
  input: { kind: TokenKind; userId: string; clientId: string; scopes: string[]; grantId: string; withRefresh: boolean },
  nowMs: number,
  refreshTtlSeconds: number,
): IssuedTokens {
  const access = newSecret();
  store.accessTokens[access] = {
    kind: input.kind,
    userId: input.userId,
    clientId: input.clientId,
    scopes: input.scopes,
    grantId: input.grantId,
    issuedAt: nowMs,
    expiresAt: nowMs + ACCESS_TOKEN_TTL_S * 1000,
  };
  if (!input.withRefresh) return { access_token: access };
  const refresh = newSecret(48);
  store.refreshTokens[refresh] = {
    userId: input.userId,
    clientId: input.clientId,
    scopes: input.scopes,
    grantId: input.grantId,
    issuedAt: nowMs,
    expiresAt: nowMs + refreshTtlSeconds * 1000,
  };
  return { access_token: access, refresh_token: refresh };
}

/** The live access-token record for `token`, or undefined when unknown, expired or revoked. */
export function liveAccessToken(store: OAuthStore, token: string, nowMs: number): AccessTokenRecord | undefined {
  const record = Object.hasOwn(store.accessTokens, token) ? store.accessTokens[token] : undefined;
  if (!record || record.revoked || store.revokedGrants[record.grantId]) return undefined;
  if (record.expiresAt <= nowMs) return undefined;
  return record;
}

/** Revokes every earlier user grant of `userId` for `clientId` (a new authorization replaces them). */
export function revokeUserGrants(store: OAuthStore, userId: string, clientId: string): void {
  for (const record of Object.values(store.accessTokens)) {
    if (record.kind === "user" && record.userId === userId && record.clientId === clientId) {
      store.revokedGrants[record.grantId] = true;
    }
  }
  for (const record of Object.values(store.refreshTokens)) {
    if (record.userId === userId && record.clientId === clientId) store.revokedGrants[record.grantId] = true;
  }
}

/** Drops records that can no longer matter, so the persisted file does not grow forever. */
export function pruneStore(store: OAuthStore, nowMs: number): void {
  const dayMs = 24 * 3600 * 1000;
  for (const [k, v] of Object.entries(store.accessTokens)) if (v.expiresAt + dayMs < nowMs) delete store.accessTokens[k];
  for (const [k, v] of Object.entries(store.codes)) if (v.expiresAt + dayMs < nowMs) delete store.codes[k];
  for (const [k, v] of Object.entries(store.deviceCodes)) if (v.expiresAt + dayMs < nowMs) delete store.deviceCodes[k];
  for (const [k, v] of Object.entries(store.refreshTokens)) {
    if (v.expiresAt < nowMs || ((v.used || store.revokedGrants[v.grantId]) && v.issuedAt + 30 * dayMs < nowMs)) {
      delete store.refreshTokens[k];
    }
  }
}
