/**
 * Zoom allows 100 meeting/webinar creates and updates per host per UTC day (Meetings API,
 * `meetingCreate`/`meetingUpdate` descriptions) and sends no header saying how many are left. The
 * dashboard counts the writes it made (in PostgreSQL, shared by every instance:
 * lib/services/write-budget.ts), so the form can warn before the limit bites, and remembers a 429
 * from Zoom so it can say plainly when the limit resets. Other apps on the account spend the same
 * budget unseen — hence "at least" in the UI. This module is the arithmetic only: no storage.
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

/** What is stored for one host and one day. */
export interface HostDay {
  used: number;
  exhaustedUntil: Date | null;
}

/** Zoom's day for `now`, as `YYYY-MM-DD`: Zoom's daily limits turn at 00:00 UTC. */
export const utcDay = (now: Date) => now.toISOString().slice(0, 10);

export const nextUtcMidnight = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)).toISOString();

/** When a host refused with the daily limit may write again: Zoom's `Retry-After`, else the next UTC midnight. */
export function limitResetsAt(retryAfter: string | null | undefined, now: Date): string {
  return retryAfter && Number.isFinite(Date.parse(retryAfter)) ? new Date(retryAfter).toISOString() : nextUtcMidnight(now);
}

/** The budget a host has left today, from today's stored row (null: nothing counted yet). */
export function writeBudgetFrom(day: HostDay | null, now = new Date()): WriteBudget {
  const exhausted = !!day?.exhaustedUntil && day.exhaustedUntil.getTime() > now.getTime();
  const used = exhausted ? HOST_DAILY_WRITES : Math.min(day?.used ?? 0, HOST_DAILY_WRITES);
  return {
    used,
    limit: HOST_DAILY_WRITES,
    remaining: HOST_DAILY_WRITES - used,
    exhausted,
    resetsAt: exhausted ? day!.exhaustedUntil!.toISOString() : nextUtcMidnight(now),
  };
}
