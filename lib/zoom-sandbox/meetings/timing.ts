/**
 * When a meeting or webinar happens: start time, zone and recurrence, normalised the way Zoom
 * stores them (a fixed-time series starts at its first occurrence; no-fixed-time series and
 * instant meetings have no schedulable start).
 */
import { DateTime } from "luxon";
import { isoZ } from "../clock";
import { validationError } from "../validation";
import { expandRecurrence, type Recurrence } from "./recurrence";
import type { RecurrenceInput } from "./input";
import { isValidZone, resolveStart } from "./time";

export interface Timing {
  start_time?: string;
  timezone: string;
  recurrence?: Record<string, unknown>;
}

const FIXED_RECURRING = new Set([8, 9]);
const NO_FIXED_TIME = new Set([3, 6]);

/** Zoom echoes only the recurrence fields that apply, with end_times defaulting to 1. */
export function normaliseRecurrence(rec: RecurrenceInput): Record<string, unknown> {
  const out: Record<string, unknown> = { type: rec.type, repeat_interval: rec.repeat_interval ?? 1 };
  if (rec.type === 2) out.weekly_days = rec.weekly_days?.replace(/\s+/g, "") ?? undefined;
  if (rec.type === 3) {
    if (rec.monthly_week !== undefined) {
      out.monthly_week = rec.monthly_week;
      out.monthly_week_day = rec.monthly_week_day;
    } else {
      out.monthly_day = rec.monthly_day ?? 1;
    }
  }
  if (rec.end_date_time) out.end_date_time = isoZ(new Date(rec.end_date_time));
  else out.end_times = rec.end_times ?? 1;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

export function resolveTiming(
  input: { type: number; start_time?: string; timezone?: string; recurrence?: RecurrenceInput },
  fallbackZone: string,
  now: Date,
): Timing {
  const timezone = input.timezone || fallbackZone;
  if (!isValidZone(timezone)) throw validationError(["timezone"]);
  if (input.type === 1) return { start_time: isoZ(new Date(Math.floor(now.getTime() / 1000) * 1000)), timezone };
  if (NO_FIXED_TIME.has(input.type)) {
    return { timezone, recurrence: input.recurrence ? normaliseRecurrence(input.recurrence) : undefined };
  }
  const start = resolveStart(input.start_time, timezone, now);
  if (!FIXED_RECURRING.has(input.type)) return { start_time: start, timezone };
  if (!input.recurrence) throw validationError(["recurrence"]);
  const recurrence = normaliseRecurrence(input.recurrence);
  if (recurrence.type === 2 && !recurrence.weekly_days) {
    // weekly_days is required by Zoom's docs; default to the start's weekday rather than fail.
    recurrence.weekly_days = String((DateTime.fromISO(start, { zone: "utc" }).setZone(timezone).weekday % 7) + 1);
  }
  const occurrences = expandRecurrence(start, timezone, recurrence as unknown as Recurrence);
  if (!occurrences.length) throw validationError(["recurrence.end_date_time"]);
  return { start_time: isoZ(occurrences[0]), timezone, recurrence };
}
