/**
 * What changed in the database, as PostgreSQL tells every instance: one `LISTEN dashboard_changes`
 * connection per process, fed by the triggers of migration 20261201180000_change_notifications
 * ("<table>:<key>[:<key>]" on commit). The hot-path caches (lib/db/shared-cache.ts) drop entries on
 * these, so a revoked session, a removed member or a renewed token is seen by every instance within
 * milliseconds — and while the feed is down they cache nothing at all.
 *
 * Notifications arrive in commit order, which makes `syncChanges()` a barrier: once our own marker
 * comes back, every change committed before it has been applied here.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";

export const CHANNEL = "dashboard_changes";

/** One committed change: the table and the keys its trigger names (see the migration). */
export interface Change {
  table: string;
  keys: string[];
}

/** `"all"`: the feed (re)connected or went down — anything may have changed meanwhile. */
export type ChangeListener = (change: Change | "all") => void;

interface Feed {
  url: string;
  client: pg.Client | null;
  live: boolean;
  connecting: Promise<void> | null;
  lastAttemptAt: number;
  /** Failed attempts in a row: the next one waits 1 s, 2 s, 4 s … up to a minute. */
  failures: number;
  waiters: Map<string, () => void>;
}

/** Shared by every copy of this module in the process (Next bundles server code more than once). */
const state = globalThis as unknown as { __changeFeed?: Feed; __changeListeners?: Set<ChangeListener>; __changeFeedStopped?: boolean };
const listeners = (state.__changeListeners ??= new Set());

/** A failed connection is retried on demand, after 1 s, then twice as long each time, at most a minute. */
const retryAfterMs = (failures: number) => Math.min(60_000, 1_000 * 2 ** Math.max(0, failures - 1));

export function onChange(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(change: Change | "all") {
  for (const listener of listeners) {
    try {
      listener(change);
    } catch (error) {
      logger.error("change listener failed", { error: error instanceof Error ? error.message : String(error) });
    }
  }
}

export function parseChange(payload: string): Change | null {
  const [table, ...keys] = payload.split(":");
  return table ? { table, keys } : null;
}

function down(feed: Feed, reason: string) {
  if (state.__changeFeed !== feed) return;
  const wasLive = feed.live;
  feed.live = false;
  void feed.client?.end().catch(() => undefined);
  feed.client = null;
  feed.connecting = null;
  for (const release of feed.waiters.values()) release();
  feed.waiters.clear();
  emit("all");
  if (wasLive) logger.warn("database change feed lost; caching is off until it reconnects", { reason });
}

async function connect(feed: Feed): Promise<void> {
  feed.lastAttemptAt = Date.now();
  const client = new pg.Client({ connectionString: feed.url, application_name: "zoom-dashboard change feed" });
  client.on("error", (error) => down(feed, error.message));
  client.on("end", () => down(feed, "connection ended"));
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    if (message.payload.startsWith("sync:")) {
      feed.waiters.get(message.payload)?.();
      feed.waiters.delete(message.payload);
      return;
    }
    const change = parseChange(message.payload);
    if (change) emit(change);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    await proveDelivery(feed, client);
  } catch (error) {
    await client.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    feed.failures++;
    // The first failure says why; repeats of it would only fill the log.
    if (feed.failures === 1) logger.warn("database change feed unavailable; the hot path reads the database until it works", { reason });
    down(feed, reason);
    return;
  }
  if (state.__changeFeed !== feed) {
    await client.end().catch(() => undefined);
    return;
  }
  feed.client = client;
  feed.failures = 0;
  // Whatever was cached before this connection listened may be stale.
  emit("all");
  feed.live = true;
}

/**
 * A notification sent from another connection must arrive before the feed is trusted: behind a
 * transaction-mode pooler LISTEN "succeeds" but nothing is ever delivered, and caching on such a
 * feed would serve stale sessions. Then the feed stays down (no caching) and the log says why.
 */
async function proveDelivery(feed: Feed, client: pg.Client): Promise<void> {
  const marker = `sync:${randomUUID()}`;
  const arrived = new Promise<boolean>((resolve) => {
    feed.waiters.set(marker, () => resolve(true));
    setTimeout(() => resolve(false), 3_000).unref();
  });
  const sender = new pg.Client({ connectionString: feed.url, application_name: "zoom-dashboard change feed check" });
  try {
    await sender.connect();
    await sender.query("SELECT pg_notify($1, $2)", [CHANNEL, marker]);
  } finally {
    await sender.end().catch(() => undefined);
  }
  const delivered = await arrived;
  feed.waiters.delete(marker);
  if (!delivered) {
    await client.end().catch(() => undefined);
    throw new Error("notifications sent by PostgreSQL do not arrive on this connection (a transaction-mode pooler?): set DATABASE_LISTEN_URL to a direct connection");
  }
}

function currentFeed(): Feed | null {
  const url = env.DATABASE_LISTEN_URL ?? env.DATABASE_URL;
  if (!url) return null;
  let feed = state.__changeFeed;
  if (feed && feed.url !== url) {
    // Another database (a test switching): close the old feed; the caches forget what it fed them.
    state.__changeFeed = undefined;
    feed.live = false;
    void feed.client?.end().catch(() => undefined);
    emit("all");
    feed = undefined;
  }
  return (state.__changeFeed ??= { url, client: null, live: false, connecting: null, lastAttemptAt: 0, failures: 0, waiters: new Map() });
}

/**
 * Whether caches may serve from memory right now. Starts (or restarts) the feed when it is not
 * running; until it is listening, the answer is no and callers read the database.
 */
export function feedIsLive(): boolean {
  if (state.__changeFeedStopped) return false;
  const feed = currentFeed();
  if (!feed) return false;
  if (feed.live) return true;
  if (!feed.connecting && Date.now() - feed.lastAttemptAt >= retryAfterMs(feed.failures)) {
    feed.connecting = connect(feed).finally(() => {
      feed.connecting = null;
    });
  }
  return false;
}

/** Waits until the feed listens (or failed to); for tests and for the first request of a process. */
export async function startChangeFeed(): Promise<boolean> {
  state.__changeFeedStopped = false;
  const feed = currentFeed();
  if (!feed) return false;
  feedIsLive();
  await feed.connecting;
  return feed.live;
}

/**
 * Resolves once every change committed before this call has reached this process's caches.
 * Our own writes call it before answering, so the next request — even in this process — sees them.
 */
export async function syncChanges(timeoutMs = 2_000): Promise<void> {
  const feed = state.__changeFeed;
  if (!feed?.live || !feed.client) return;
  const marker = `sync:${randomUUID()}`;
  const arrived = new Promise<void>((resolve) => {
    feed.waiters.set(marker, resolve);
    setTimeout(() => {
      // A marker that never comes back means the feed is not trustworthy: stop caching.
      if (feed.waiters.delete(marker)) down(feed, "sync marker did not arrive");
      resolve();
    }, timeoutMs).unref();
  });
  try {
    await feed.client.query("SELECT pg_notify($1, $2)", [CHANNEL, marker]);
  } catch {
    feed.waiters.delete(marker);
    return;
  }
  await arrived;
}

/** Closes the feed until `startChangeFeed()` (tests; process shutdown). Caches stop serving. */
export async function stopChangeFeed(): Promise<void> {
  state.__changeFeedStopped = true;
  await closeChangeFeed();
}

/** Closes the feed's connection; the next cache read opens it again (tests switching databases). */
export async function closeChangeFeed(): Promise<void> {
  const feed = state.__changeFeed;
  if (!feed) return;
  state.__changeFeed = undefined;
  feed.live = false;
  emit("all");
  await feed.connecting?.catch(() => undefined);
  await feed.client?.end().catch(() => undefined);
}
