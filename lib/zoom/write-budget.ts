/**
 * Zoom allows 100 meeting/webinar creates and updates per host per UTC day (Meetings API,
 * `meetingCreate`/`meetingUpdate` descriptions) and sends no header saying how many are left. This
 * counts the writes this dashboard process made, so the form can warn before the limit bites, and
 * remembers a 429 from Zoom so it can say plainly when the limit resets. Other apps on the account
 * spend the same budget unseen — hence "at least" in the UI — and a restart forgets the count.
 */

export const HOST_DAILY_WRITES = 100;

export interface WriteBudget {
  /** Writes counted today (by this dashboard), or the limit once Zoom refused one. */
  used: number;
  limit: number;
  remaining: number;
  /** Zoom refused a write today (429): nothing more until `resetsAt`. */
  exhausted: boolean;
  /** The next 00:00 UTC, or Zoom's `Retry-After` when it gave one. */
  resetsAt: string;
}

interface Entry {
  day: string;
  count: number;
  exhaustedUntil?: string;
}

const entries = new Map<string, Entry>();

const utcDay = (now: Date) => now.toISOString().slice(0, 10);
const nextUtcMidnight = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)).toISOString();

function entryFor(hostKey: string, now: Date): Entry {
  const day = utcDay(now);
  let entry = entries.get(hostKey);
  if (!entry || entry.day !== day) {
    entry = { day, count: 0 };
    entries.set(hostKey, entry);
  }
  return entry;
}

/** A create or update for `hostKey` succeeded. */
export function recordWrite(hostKey: string | null, now = new Date()): void {
  if (hostKey) entryFor(hostKey, now).count += 1;
}

/** Zoom answered a write for `hostKey` with its daily-limit 429. */
export function recordLimitHit(hostKey: string | null, resetsAt: string | null, now = new Date()): void {
  if (!hostKey) return;
  const entry = entryFor(hostKey, now);
  entry.exhaustedUntil = resetsAt ?? nextUtcMidnight(now);
}

export function writeBudget(hostKey: string | null, now = new Date()): WriteBudget {
  const entry = hostKey ? entryFor(hostKey, now) : { day: utcDay(now), count: 0 };
  const exhausted = !!entry.exhaustedUntil && Date.parse(entry.exhaustedUntil) > now.getTime();
  const used = exhausted ? HOST_DAILY_WRITES : Math.min(entry.count, HOST_DAILY_WRITES);
  return {
    used,
    limit: HOST_DAILY_WRITES,
    remaining: HOST_DAILY_WRITES - used,
    exhausted,
    resetsAt: exhausted ? entry.exhaustedUntil! : nextUtcMidnight(now),
  };
}

/** For tests. */
export function resetWriteBudgets(): void {
  entries.clear();
}
