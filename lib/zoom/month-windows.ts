/**
 * Zoom answers `GET /users/{userId}/recordings` for at most one month between `from` and `to`
 * (Meetings API, `recordingsList`). A longer range is asked as consecutive windows of at most one
 * calendar month, newest first, which together cover the range exactly once. Pure.
 */
import { DateTime } from "luxon";

export interface DateWindow {
  from: string;
  to: string;
}

/** `from`/`to` are `yyyy-MM-dd` (inclusive). */
export function monthWindows(from: string, to: string): DateWindow[] {
  const start = DateTime.fromISO(from, { zone: "utc" });
  let end: DateTime = DateTime.fromISO(to, { zone: "utc" });
  if (!start.isValid || !end.isValid || end < start) return [];
  const windows: DateWindow[] = [];
  while (end >= start) {
    const windowStart: DateTime = DateTime.max(start, end.minus({ months: 1 }).plus({ days: 1 }));
    windows.push({ from: windowStart.toISODate()!, to: end.toISODate()! });
    end = windowStart.minus({ days: 1 });
  }
  return windows;
}
