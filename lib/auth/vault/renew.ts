/**
 * Renewing a connection's access token, once, across every process of the dashboard.
 *
 * Zoom refresh tokens are single-use and rotate: two instances refreshing together means one of
 * them spends a dead token and the user "has to reinstall". So a renewal runs
 *   1. within a process, as one shared promise per connection (createSingleFlight), and
 *   2. across processes, under a PostgreSQL transaction-scoped advisory lock on the connection;
 * after taking the lock it re-reads the row, and does nothing when another instance already renewed.
 * The new pair is written (guarded by tokenVersion) and committed before any caller sees the token.
 * On failure the row is re-read first; only a real `invalid_grant` (or refused S2S credentials)
 * marks the connection "needs reconnect".
 */
import { ApiError } from "@/lib/errors/api-error";
import { expiresAtFrom, isRenewalDue, isUsable } from "@/lib/auth/expiry";
import { createSingleFlight } from "@/lib/auth/single-flight";
import { clientFor } from "@/lib/auth/vault/credentials";
import { openColumn, openOptional, sealColumn, sealOptional } from "@/lib/auth/vault/sealed-columns";
import { accountCredentialsGrant, refreshGrant, type GrantedTokens, type OAuthFailure, type OAuthResult } from "@/lib/auth/zoom-oauth";
import type { Db } from "@/lib/db/client";
import { syncChanges } from "@/lib/db/change-feed";
import type { SharedCache } from "@/lib/db/shared-cache";
import { logger } from "@/lib/server/logger";

/** First key of the two-key advisory lock: "ZOOM", so our locks never collide with anyone else's. */
const LOCK_CLASS = 0x5a4f4f4d;

const secretColumns = {
  id: true,
  kind: true,
  status: true,
  zoomAccountId: true,
  accessTokenEnc: true,
  refreshTokenEnc: true,
  clientId: true,
  clientSecretEnc: true,
  expiresAt: true,
  tokenVersion: true,
} as const;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Row = NonNullable<Awaited<ReturnType<typeof readRow>>>;
type Outcome = { ok: true; token: string } | { ok: false; error: ApiError };

/** What `current()` needs of a row, decrypted once and cached per connection when a cache is given. */
export interface StoredToken {
  row: Row | null;
  token: string | null;
}

export interface RenewerOptions {
  db: () => Db;
  now?: () => number;
  /** Keeps each connection's opened token between requests; it must drop entries when the row changes. */
  tokens?: SharedCache<StoredToken>;
}

export interface Renewer {
  /** A currently valid access token: the stored one, or a renewed one when it is due. */
  current(connectionId: string): Promise<string>;
  /** Zoom refused `rejected`: renew unless the stored token already differs from it. */
  renew(connectionId: string, rejected?: string): Promise<string>;
}

function readRow(client: Tx | Db, id: string) {
  return client.zoomConnection.findUnique({ where: { id }, select: secretColumns });
}

const reconnectMessage = "Your Zoom connection has to be renewed: reconnect it in Settings → Connections.";

function notUsable(row: Row | null): ApiError | null {
  if (!row) return new ApiError("needs_reconnect", "This Zoom connection was disconnected. Connect Zoom again in Settings → Connections.");
  if (row.status !== "active") return new ApiError("needs_reconnect", reconnectMessage);
  return null;
}

function grantFor(row: Row): Promise<OAuthResult<GrantedTokens>> {
  const client = clientFor(row);
  if (row.kind === "s2s") return accountCredentialsGrant(row.zoomAccountId, client);
  const refreshToken = openOptional("ZoomConnection.refreshTokenEnc", row.refreshTokenEnc);
  if (!refreshToken) {
    return Promise.resolve({ ok: false, failure: { kind: "invalid_grant", status: 0, reason: "No refresh token is stored." } });
  }
  return refreshGrant(refreshToken, client);
}

/** Failures that can never succeed by retrying: the user has to reconnect. */
function isPermanent(row: Row, failure: OAuthFailure): boolean {
  return failure.kind === "invalid_grant" || (row.kind === "s2s" && failure.kind === "invalid_client");
}

export function createRenewer({ db, now = Date.now, tokens }: RenewerOptions): Renewer {
  const flight = createSingleFlight<string>();

  async function onFailure(tx: Tx, row: Row, failure: OAuthFailure, stored: string | null, rejected?: string): Promise<Outcome> {
    // Another instance or a fresh sign-in may have written newer tokens while we were asking Zoom.
    const again = await readRow(tx, row.id);
    if (again && again.tokenVersion !== row.tokenVersion && again.status === "active" && again.accessTokenEnc) {
      return { ok: true, token: openColumn("ZoomConnection.accessTokenEnc", again.accessTokenEnc) };
    }
    const at = new Date(now());
    if (isPermanent(row, failure)) {
      const lastError =
        row.kind === "s2s"
          ? `Zoom refused the Server-to-Server credentials (${failure.reason}). Check the app in Zoom's App Marketplace, then reconnect.`
          : `Zoom no longer accepts this connection's refresh token (${failure.reason}): it was used, revoked or replaced. Reconnect to continue.`;
      await tx.zoomConnection.updateMany({
        where: { id: row.id, tokenVersion: row.tokenVersion },
        data: { status: "needs_reconnect", lastError, lastErrorAt: at },
      });
      logger.warn("zoom connection needs reconnect", { connectionId: row.id, kind: row.kind, zoomError: failure.kind, status: failure.status });
      return { ok: false, error: new ApiError("needs_reconnect", reconnectMessage) };
    }
    const lastError = `Renewing the token failed: ${failure.reason} (HTTP ${failure.status || "no answer"}). It will be retried.`;
    await tx.zoomConnection.updateMany({ where: { id: row.id, tokenVersion: row.tokenVersion }, data: { lastError, lastErrorAt: at } });
    logger.warn("zoom token renewal failed", { connectionId: row.id, kind: row.kind, zoomError: failure.kind, status: failure.status });
    // The stored token may still have minutes left; better to use it than to fail the request.
    if (stored && stored !== rejected && isUsable(row.expiresAt, now())) return { ok: true, token: stored };
    return { ok: false, error: new ApiError("zoom_unavailable", "Zoom could not renew the connection just now. Try again in a minute.") };
  }

  async function locked(connectionId: string, rejected?: string): Promise<Outcome> {
    return db().$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::integer, hashtext(${connectionId}))`;
        const row = await readRow(tx, connectionId);
        const unusable = notUsable(row);
        if (unusable || !row) return { ok: false, error: unusable! };
        const stored = openOptional("ZoomConnection.accessTokenEnc", row.accessTokenEnc);
        const alreadyRenewed = rejected !== undefined ? stored !== rejected : !isRenewalDue(row.expiresAt, now());
        if (stored && alreadyRenewed) return { ok: true, token: stored };

        const requestedAt = now();
        const result = await grantFor(row);
        if (!result.ok) return onFailure(tx, row, result.failure, stored, rejected);
        const tokens = result.value;
        const written = await tx.zoomConnection.updateMany({
          where: { id: row.id, tokenVersion: row.tokenVersion },
          data: {
            accessTokenEnc: sealColumn("ZoomConnection.accessTokenEnc", tokens.accessToken),
            // Rotated refresh token: persisted in this transaction, before anyone uses the new access token.
            ...(row.kind === "s2s" ? {} : { refreshTokenEnc: sealOptional("ZoomConnection.refreshTokenEnc", tokens.refreshToken) ?? row.refreshTokenEnc }),
            ...(tokens.scopes.length ? { scopes: tokens.scopes } : {}),
            expiresAt: expiresAtFrom(requestedAt, tokens.expiresInSeconds),
            lastRefreshedAt: new Date(now()),
            status: "active",
            lastError: null,
            lastErrorAt: null,
            tokenVersion: { increment: 1 },
          },
        });
        if (written.count === 1) {
          logger.info("zoom token renewed", { connectionId: row.id, kind: row.kind });
          return { ok: true, token: tokens.accessToken };
        }
        // A sign-in replaced the tokens while we renewed; theirs are newer.
        const newer = await readRow(tx, row.id);
        const unusableNow = notUsable(newer);
        if (unusableNow || !newer?.accessTokenEnc) return { ok: false, error: unusableNow ?? new ApiError("needs_reconnect", reconnectMessage) };
        return { ok: true, token: openColumn("ZoomConnection.accessTokenEnc", newer.accessTokenEnc) };
      },
      // The lock is held across one Zoom call (10 s timeout); waiters queue behind it.
      { maxWait: 15_000, timeout: 30_000 },
    );
  }

  async function renew(connectionId: string, rejected?: string): Promise<string> {
    return flight.run(connectionId, async () => {
      const outcome = await locked(connectionId, rejected);
      // Committed: let this process's token cache hear of it before the new token is used here.
      await syncChanges();
      return settle(outcome);
    });
  }

  function settle(outcome: Outcome): string {
    if (!outcome.ok) throw outcome.error;
    return outcome.token;
  }

  return {
    renew,
    async current(connectionId) {
      const open = async (): Promise<StoredToken> => {
        const row = await readRow(db(), connectionId);
        return { row, token: row ? openOptional("ZoomConnection.accessTokenEnc", row.accessTokenEnc) : null };
      };
      const { row, token: stored } = tokens ? await tokens.get(connectionId, open) : await open();
      const unusable = notUsable(row);
      if (unusable) throw unusable;
      if (stored && !isRenewalDue(row!.expiresAt, now())) return stored;
      return renew(connectionId);
    },
  };
}
