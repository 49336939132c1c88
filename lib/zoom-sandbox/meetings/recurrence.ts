/**
 * Expanding a Zoom recurrence into occurrence start times. Pure functions, no state.
 *
 * Zoom keeps the local wall-clock time of the first occurrence in the meeting's time zone, so a
 * 09:00 New York weekly meeting is 14:00Z in winter and 13:00Z in summer; luxon does the zone math.
 * Weekdays use Zoom's numbering: 1 = Sunday … 7 = Saturday.
 */
import { DateTime } from "luxon";

export interface Recurrence {
  /** 1 daily, 2 weekly, 3 monthly */
  type: 1 | 2 | 3;
  repeat_interval?: number;
  /** Comma-separated Zoom weekdays, e.g. "2,4" for Monday and Wednesday. */
  weekly_days?: string;
  monthly_day?: number;
  /** 1–4, or -1 for the last week of the month. */
  monthly_week?: number;
  monthly_week_day?: number;
  end_times?: number;
  end_date_time?: string;
}

/** Zoom's cap on occurrences in one series. */
export const MAX_OCCURRENCES = 60;
/** Guard against recurrences that never produce a date (e.g. a bad weekday list). */
const MAX_STEPS = 5000;

function zoomWeekday(dt: DateTime): number {
  return (dt.weekday % 7) + 1;
}

function atWallClock(date: DateTime, time: DateTime, zone: string): DateTime {
  // DateTime.fromObject in a zone resolves DST gaps by moving forward, as calendars do.
  return DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute, second: time.second },
    { zone },
  );
}

function nthWeekdayOfMonth(year: number, month: number, week: number, weekday: number, zone: string): DateTime | undefined {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone });
  if (week === -1) {
    let d = first.endOf("month").startOf("day");
    while (zoomWeekday(d) !== weekday) d = d.minus({ days: 1 });
    return d;
  }
  let d = first;
  while (zoomWeekday(d) !== weekday) d = d.plus({ days: 1 });
  d = d.plus({ weeks: week - 1 });
  return d.month === month ? d : undefined;
}

/** Local calendar dates of the series (midnight in `zone`), in order, starting on/after the start date. */
function* candidateDates(start: DateTime, rec: Recurrence, zone: string): Generator<DateTime> {
  const interval = Math.max(1, rec.repeat_interval ?? 1);
  const startDay = start.startOf("day");
  if (rec.type === 1) {
    for (let k = 0; k < MAX_STEPS; k++) yield startDay.plus({ days: k * interval });
    return;
  }
  if (rec.type === 2) {
    const days = [...new Set((rec.weekly_days ?? String(zoomWeekday(start))).split(",").map((d) => Number(d.trim())))]
      .filter((d) => d >= 1 && d <= 7)
      .sort((a, b) => a - b);
    if (!days.length) return;
    const weekStart = startDay.minus({ days: zoomWeekday(startDay) - 1 });
    for (let w = 0; w < MAX_STEPS; w += interval) {
      for (const d of days) {
        const date = weekStart.plus({ weeks: w, days: d - 1 });
        if (date >= startDay) yield date;
      }
    }
    return;
  }
  const firstMonth = DateTime.fromObject({ year: start.year, month: start.month, day: 1 }, { zone });
  for (let k = 0; k < MAX_STEPS; k++) {
    const month = firstMonth.plus({ months: k * interval });
    let date: DateTime | undefined;
    if (rec.monthly_week !== undefined && rec.monthly_week_day !== undefined) {
      date = nthWeekdayOfMonth(month.year, month.month, rec.monthly_week, rec.monthly_week_day, zone);
    } else {
      // Day 31 in a 30-day month falls on the month's last day (UNCONFIRMED how Zoom treats it).
      const day = Math.min(rec.monthly_day ?? start.day, month.daysInMonth ?? 28);
      date = month.set({ day });
    }
    if (date && date >= startDay) yield date;
  }
}

/**
 * Occurrence start times (UTC ms) of a type-8 series whose first scheduled time is `startUtc`.
 * Ends after `end_times` occurrences (default 1, as in Zoom's schema) or at `end_date_time`,
 * never more than 60.
 */
export function expandRecurrence(startUtc: string, zone: string, rec: Recurrence): number[] {
  const start = DateTime.fromISO(startUtc, { zone: "utc" }).setZone(zone);
  const until = rec.end_date_time ? DateTime.fromISO(rec.end_date_time, { zone: "utc" }).toMillis() : undefined;
  const limit = until === undefined ? Math.min(rec.end_times || 1, MAX_OCCURRENCES) : MAX_OCCURRENCES;
  const out: number[] = [];
  for (const date of candidateDates(start, rec, zone)) {
    const at = atWallClock(date, start, zone).toMillis();
    if (at < start.toMillis()) continue;
    if (until !== undefined && at > until) break;
    out.push(at);
    if (out.length >= limit) break;
  }
  return out;
}
