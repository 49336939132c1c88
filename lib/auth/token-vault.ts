/**
 * The token vault: the only door to Zoom tokens and secrets. It seals what it stores
 * (AES-256-GCM, lib/crypto/aes-gcm.ts), hands out valid access tokens, renews them once across
 * all instances (vault/renew.ts), and revokes them at Zoom on disconnect.
 * Nothing outside this file and lib/auth/vault/ reads or writes a `*Enc` column
 * (enforced by lib/auth/vault-boundary.test.ts).
 */
import { expiresAtFrom } from "@/lib/auth/expiry";
import { clientFor } from "@/lib/auth/vault/credentials";
import { createRenewer, type StoredToken } from "@/lib/auth/vault/renew";
import { openOptional, sealColumn, sealOptional } from "@/lib/auth/vault/sealed-columns";
import { revokeToken, type ClientCredentials, type GrantedTokens, type OAuthFailure, type ZoomUserProfile } from "@/lib/auth/zoom-oauth";
import { needsResealing } from "@/lib/crypto/aes-gcm";
import { db, type Db } from "@/lib/db/client";
import { syncChanges } from "@/lib/db/change-feed";
import { createSharedCache } from "@/lib/db/shared-cache";
import { appSecrets } from "@/lib/server/secrets";
import type { TokenSource } from "@/lib/zoom/context";

/**
 * Each connection's opened access token stays in this process's memory between requests (it is in
 * memory for every Zoom call anyway), until the row changes — a renewal here or on another
 * instance, a new sign-in, a disconnect — or a minute passes.
 */
const renewer = createRenewer({
  db,
  tokens: createSharedCache<StoredToken>({
    ttlMs: 60_000,
    max: 10_000,
    staleOn: (change, connectionId) => change.table === "ZoomConnection" && change.keys[1] === connectionId,
  }),
});

export const userSlot = (userId: string) => `user:${userId}`;
export const ACCOUNT_SLOT = "account";

/** Tokens for one connection, renewed ahead of expiry and once on Zoom's 401/124 (see TokenSource). */
export function tokenSource(connectionId: string): TokenSource {
  return {
    get: () => renewer.current(connectionId),
    renew: (rejected) => renewer.renew(connectionId, rejected),
  };
}

function tokenColumns(tokens: GrantedTokens, requestedAtMs: number) {
  return {
    accessTokenEnc: sealColumn("ZoomConnection.accessTokenEnc", tokens.accessToken),
    refreshTokenEnc: sealOptional("ZoomConnection.refreshTokenEnc", tokens.refreshToken),
    scopes: tokens.scopes,
    expiresAt: expiresAtFrom(requestedAtMs, tokens.expiresInSeconds),
    lastRefreshedAt: new Date(),
    status: "active" as const,
    lastError: null,
    lastErrorAt: null,
  };
}

export interface UserConnectionInput {
  workspaceId: string;
  userId: string;
  kind: "oauth" | "device";
  profile: ZoomUserProfile;
  tokens: GrantedTokens;
  /** When the token request was sent (expiry counts from there). */
  requestedAtMs: number;
}

/**
 * Stores a person's tokens after they authorized (sign-in or device approval). Always overwrites:
 * a new authorization makes Zoom invalidate the previous tokens (error 4741, next-auth #5924), so
 * the newest pair is the only live one. Bumping tokenVersion makes any renewal in flight stand down.
 */
export async function storeUserConnection(input: UserConnectionInput): Promise<{ connectionId: string }> {
  const identity = {
    kind: input.kind,
    zoomUserId: input.profile.id,
    zoomAccountId: input.profile.accountId,
    zoomEmail: input.profile.email,
    zoomName: input.profile.name,
    ...tokenColumns(input.tokens, input.requestedAtMs),
  };
  const row = await db().zoomConnection.upsert({
    where: { workspaceId_slot: { workspaceId: input.workspaceId, slot: userSlot(input.userId) } },
    create: { workspaceId: input.workspaceId, slot: userSlot(input.userId), userId: input.userId, ...identity },
    update: { ...identity, tokenVersion: { increment: 1 } },
    select: { id: true },
  });
  await syncChanges();
  return { connectionId: row.id };
}

export interface AccountConnectionInput {
  workspaceId: string;
  accountId: string;
  /** Credentials entered in the UI; null when they come from configuration. */
  credentials: ClientCredentials | null;
  owner: ZoomUserProfile;
  tokens: GrantedTokens;
  requestedAtMs: number;
}

/** Stores the workspace's Server-to-Server connection (one per workspace), replacing any earlier one. */
export async function storeAccountConnection(input: AccountConnectionInput): Promise<{ connectionId: string }> {
  const fields = {
    kind: "s2s" as const,
    zoomAccountId: input.accountId,
    zoomUserId: input.owner.id,
    zoomEmail: input.owner.email,
    zoomName: input.owner.name,
    clientId: input.credentials?.clientId ?? null,
    clientSecretEnc: input.credentials ? sealColumn("ZoomConnection.clientSecretEnc", input.credentials.clientSecret) : null,
    ...tokenColumns(input.tokens, input.requestedAtMs),
    refreshTokenEnc: null,
  };
  const row = await db().zoomConnection.upsert({
    where: { workspaceId_slot: { workspaceId: input.workspaceId, slot: ACCOUNT_SLOT } },
    create: { workspaceId: input.workspaceId, slot: ACCOUNT_SLOT, userId: null, ...fields },
    update: { ...fields, tokenVersion: { increment: 1 } },
    select: { id: true },
  });
  await syncChanges();
  return { connectionId: row.id };
}

/**
 * Reconnects a Server-to-Server connection: it needs no person, only credentials Zoom accepts,
 * so clear the mark and renew now. Refused credentials mark it again and throw needs_reconnect.
 */
export async function retryAccountConnection(connectionId: string): Promise<void> {
  await db().zoomConnection.updateMany({ where: { id: connectionId, kind: "s2s" }, data: { status: "active", expiresAt: new Date(0) } });
  await syncChanges();
  await renewer.current(connectionId);
}

export type DisconnectOutcome = { ok: true; revokedAtZoom: boolean } | { ok: false; failure: OAuthFailure };

/**
 * Revokes the connection's tokens at Zoom (`/oauth/revoke`), then deletes the row. When Zoom cannot
 * be reached nothing is deleted, so the user can retry instead of leaving a live token behind.
 * Zoom refusing the token (already revoked or expired) counts as revoked.
 */
export async function revokeAndDelete(connectionId: string): Promise<DisconnectOutcome> {
  const row = await db().zoomConnection.findUnique({
    where: { id: connectionId },
    select: { id: true, kind: true, clientId: true, clientSecretEnc: true, accessTokenEnc: true, refreshTokenEnc: true },
  });
  if (!row) return { ok: true, revokedAtZoom: false };
  const client = clientFor(row);
  const tokens = [openOptional("ZoomConnection.accessTokenEnc", row.accessTokenEnc), openOptional("ZoomConnection.refreshTokenEnc", row.refreshTokenEnc)];
  let revokedAtZoom = false;
  for (const token of tokens) {
    if (!token) continue;
    const result = await revokeToken(token, client);
    if (!result.ok && result.failure.kind === "unavailable") return { ok: false, failure: result.failure };
    revokedAtZoom ||= result.ok;
  }
  await db().zoomConnection.deleteMany({ where: { id: row.id } });
  await syncChanges();
  return { ok: true, revokedAtZoom };
}

/**
 * Re-seals every stored secret with the first configured key (after rotation), so the old key
 * can then be removed from TOKEN_ENCRYPTION_KEYS. Rows are updated only if unchanged meanwhile.
 */
export async function resealAll(client: Db = db()): Promise<{ connections: number; deviceCodes: number; remaining: number }> {
  const keys = appSecrets().encryptionKeys;
  const stale = (value: string | null) => value !== null && needsResealing(value, keys);
  let connections = 0;
  const rows = await client.zoomConnection.findMany({ select: { id: true, tokenVersion: true, accessTokenEnc: true, refreshTokenEnc: true, clientSecretEnc: true } });
  for (const row of rows) {
    if (!stale(row.accessTokenEnc) && !stale(row.refreshTokenEnc) && !stale(row.clientSecretEnc)) continue;
    const reseal = (column: "accessTokenEnc" | "refreshTokenEnc" | "clientSecretEnc") =>
      sealOptional(`ZoomConnection.${column}`, openOptional(`ZoomConnection.${column}`, row[column]));
    const done = await client.zoomConnection.updateMany({
      where: { id: row.id, tokenVersion: row.tokenVersion },
      data: { accessTokenEnc: reseal("accessTokenEnc"), refreshTokenEnc: reseal("refreshTokenEnc"), clientSecretEnc: reseal("clientSecretEnc") },
    });
    connections += done.count;
  }
  let deviceCodes = 0;
  const pending = await client.deviceAuthorization.findMany({ select: { id: true, deviceCodeEnc: true } });
  for (const row of pending) {
    if (!stale(row.deviceCodeEnc)) continue;
    const value = openOptional("DeviceAuthorization.deviceCodeEnc", row.deviceCodeEnc)!;
    const done = await client.deviceAuthorization.updateMany({
      where: { id: row.id, deviceCodeEnc: row.deviceCodeEnc },
      data: { deviceCodeEnc: sealColumn("DeviceAuthorization.deviceCodeEnc", value) },
    });
    deviceCodes += done.count;
  }
  // Values a concurrent renewal wrote meanwhile are sealed with the current key already; count what is left.
  const after = await client.zoomConnection.findMany({ select: { accessTokenEnc: true, refreshTokenEnc: true, clientSecretEnc: true } });
  const devices = await client.deviceAuthorization.findMany({ select: { deviceCodeEnc: true } });
  const remaining =
    after.reduce((sum, row) => sum + [row.accessTokenEnc, row.refreshTokenEnc, row.clientSecretEnc].filter(stale).length, 0) +
    devices.filter((row) => stale(row.deviceCodeEnc)).length;
  return { connections, deviceCodes, remaining };
}
