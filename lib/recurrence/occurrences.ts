/**
 * Occurrences of a recurring meeting, computed the way Zoom schedules them: the wall-clock time
 * stays fixed in the meeting's time zone, so the UTC instant (and the time seen from other zones)
 * moves when daylight saving starts or ends. Pure functions; the form's live preview and the unit
 * tests use them, the server never does (Zoom's own `occurrences` are the truth once saved).
 */
import { DateTime } from "luxon";
import { MAX_OCCURRENCES, type RecurrenceInput } from "@/lib/schemas/recurrence";

export interface SeriesStart {
  /** `yyyy-MM-dd` in the meeting's time zone. */
  date: string;
  /** `HH:mm` in the meeting's time zone. */
  time: string;
  timezone: string;
}

export interface Occurrence {
  /** The instant, as an ISO string in UTC. */
  startUtc: string;
  /** The occurrence in the meeting's time zone. */
  local: DateTime;
  /** The requested wall time did not exist that day (clocks sprang forward); Zoom starts later. */
  skippedGap: boolean;
}

export interface Expansion {
  occurrences: Occurrence[];
  /** The pattern yields more than Zoom keeps (60); the rest are dropped. */
  truncated: boolean;
}

/** Luxon weekday (1 = Monday … 7 = Sunday) → Zoom weekday (1 = Sunday … 7 = Saturday). */
export const toZoomWeekday = (luxonWeekday: number) => (luxonWeekday % 7) + 1;

function parseTime(time: string): { hour: number; minute: number } {
  const [hour, minute] = time.split(":").map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

/** The dates (as local calendar days) the pattern produces, in order, from the start date on. */
function* candidateDays(first: DateTime, rule: RecurrenceInput): Generator<DateTime> {
  const interval = Math.max(1, rule.interval);
  if (rule.type === "daily") {
    for (let k = 0; ; k += interval) yield first.plus({ days: k });
  }
  if (rule.type === "weekly") {
    const days = [...new Set(rule.weeklyDays)].sort((a, b) => a - b);
    if (days.length === 0) return;
    // Zoom's weeks start on Sunday (weekday 1).
    const weekStart = first.minus({ days: toZoomWeekday(first.weekday) - 1 });
    for (let w = 0; ; w += interval) {
      for (const day of days) {
        const date = weekStart.plus({ weeks: w, days: day - 1 });
        if (date >= first) yield date;
      }
    }
  }
  const monthStart = first.startOf("month");
  // Bounded: a day-31 pattern every 12 months from April would otherwise never yield.
  for (let m = 0; m < 1200; m += interval) {
    const month = monthStart.plus({ months: m });
    const date = rule.monthlyMode === "day" ? dayOfMonth(month, rule.monthlyDay) : weekdayOfMonth(month, rule.monthlyWeek, rule.monthlyWeekDay);
    if (date && date >= first) yield date;
  }
}

/**
 * Day `day` of `month`; in months too short for it, the month's last day. Zoom does not document
 * this case; the sandbox does the same, so the preview matches what gets saved.
 */
function dayOfMonth(month: DateTime, day: number): DateTime {
  return month.set({ day: Math.min(day, month.daysInMonth ?? 28) });
}

/** The first…fourth (1–4) or last (-1) `zoomWeekday` of `month`. */
export function weekdayOfMonth(month: DateTime, week: number, zoomWeekday: number): DateTime {
  if (week === -1) {
    const last = month.endOf("month").startOf("day");
    const back = (toZoomWeekday(last.weekday) - zoomWeekday + 7) % 7;
    return last.minus({ days: back });
  }
  const first = month.startOf("month");
  const ahead = (zoomWeekday - toZoomWeekday(first.weekday) + 7) % 7;
  return first.plus({ days: ahead + (week - 1) * 7 });
}

/**
 * Expands `rule` from `start`. Ends after `endTimes` occurrences or on `endDate` (inclusive, in the
 * meeting's time zone), and never yields more than Zoom's 60.
 */
export function expandRecurrence(start: SeriesStart, rule: RecurrenceInput, cap = MAX_OCCURRENCES): Expansion {
  const first = DateTime.fromISO(start.date, { zone: start.timezone }).startOf("day");
  if (!first.isValid) return { occurrences: [], truncated: false };
  const { hour, minute } = parseTime(start.time);
  const endDay = rule.endMode === "date" && rule.endDate ? DateTime.fromISO(rule.endDate, { zone: start.timezone }).startOf("day") : null;
  const limit = rule.endMode === "count" ? Math.min(rule.endTimes, cap) : cap;

  const occurrences: Occurrence[] = [];
  let truncated = false;
  for (const day of candidateDays(first, rule)) {
    if (endDay && day > endDay) break;
    if (rule.endMode === "count" && occurrences.length >= limit) break;
    if (occurrences.length >= limit) {
      truncated = true;
      break;
    }
    const local = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: start.timezone });
    occurrences.push({ startUtc: local.toUTC().toISO({ suppressMilliseconds: true })!, local, skippedGap: local.hour !== hour || local.minute !== minute });
  }
  return { occurrences, truncated };
}
