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
  waiters: Map<string, () => void>;
}

/** Shared by every copy of this module in the process (Next bundles server code more than once). */
const state = globalThis as unknown as { __changeFeed?: Feed; __changeListeners?: Set<ChangeListener>; __changeFeedStopped?: boolean };
const listeners = (state.__changeListeners ??= new Set());

/** A failed connection is retried on demand, at most this often. */
const RETRY_MS = 1_000;

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
  } catch (error) {
    await client.end().catch(() => undefined);
    down(feed, error instanceof Error ? error.message : String(error));
    return;
  }
  if (state.__changeFeed !== feed) {
    await client.end().catch(() => undefined);
    return;
  }
  feed.client = client;
  // Whatever was cached before this connection listened may be stale.
  emit("all");
  feed.live = true;
}

function currentFeed(): Feed | null {
  const url = env.DATABASE_URL;
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
  return (state.__changeFeed ??= { url, client: null, live: false, connecting: null, lastAttemptAt: 0, waiters: new Map() });
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
  if (!feed.connecting && Date.now() - feed.lastAttemptAt >= RETRY_MS) {
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
