/**
 * A per-process cache of database reads that every instance keeps honest: entries are dropped when
 * the database reports a change to the rows behind them (lib/db/change-feed.ts), and live at most
 * `ttlMs` as a backstop. While the change feed is not listening nothing is cached — a request then
 * reads the database, as it would without the cache.
 */
import { feedIsLive, onChange, type Change } from "@/lib/db/change-feed";

export interface SharedCacheOptions<V> {
  /** Backstop: an entry is re-read after this long even when no change was reported. */
  ttlMs: number;
  /** Most entries kept; the oldest go first. */
  max: number;
  /** Whether `change` makes the entry for `key` stale. */
  staleOn: (change: Change, key: string, value: V) => boolean;
}

interface Entry<V> {
  value: V;
  until: number;
}

export interface SharedCache<V> {
  /** The cached value for `key`, or `load()`'s (stored when nothing changed while it ran). */
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Drops one entry (a write in this process knows its effect before the feed reports it). */
  drop(key: string): void;
  size(): number;
}

export function createSharedCache<V>({ ttlMs, max, staleOn }: SharedCacheOptions<V>): SharedCache<V> {
  const entries = new Map<string, Entry<V>>();
  // Bumped on every change: a load that overlapped one may have read the old row, so it is not kept.
  let generation = 0;

  onChange((change) => {
    generation++;
    if (change === "all") {
      entries.clear();
      return;
    }
    for (const [key, entry] of entries) if (staleOn(change, key, entry.value)) entries.delete(key);
  });

  return {
    async get(key, load) {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.until > now && feedIsLive()) return hit.value;
      if (hit) entries.delete(key);
      const started = generation;
      const value = await load();
      if (started === generation && feedIsLive()) {
        if (entries.size >= max) entries.delete(entries.keys().next().value!);
        entries.set(key, { value, until: now + ttlMs });
      }
      return value;
    },
    drop(key) {
      entries.delete(key);
    },
    size: () => entries.size,
  };
}
