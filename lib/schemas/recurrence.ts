/**
 * A recurring meeting's pattern, as the form edits it and the API accepts it. Converted to Zoom's
 * `recurrence` object by `toZoomRecurrence` (lib/zoom/meetings.ts uses it), and back for editing.
 * Zoom's limits (Meetings API, `recurrence`): every ≤ 99 days / 50 weeks / 10 months; end after
 * ≤ 60 occurrences; weekdays are 1 = Sunday … 7 = Saturday.
 */
import { z } from "zod";
import { isoDate } from "@/lib/schemas/common";
import type { ZoomRecurrence } from "@/lib/zoom/types/meeting";

/** How far apart occurrences may be, as Zoom documents each kind's `recurrence.repeat_interval`. */
export const MAX_INTERVAL_FOR = {
  meeting: { daily: 99, weekly: 50, monthly: 10 },
  webinar: { daily: 90, weekly: 12, monthly: 3 },
} as const;
export const MAX_INTERVAL = MAX_INTERVAL_FOR.meeting;

/** A webinar's stricter limit (the pattern's own schema checks the meeting's); null when within it. */
export function intervalIssue(kind: keyof typeof MAX_INTERVAL_FOR, recurrence: { type: "daily" | "weekly" | "monthly"; interval: number } | null | undefined): string | null {
  if (!recurrence) return null;
  const max = MAX_INTERVAL_FOR[kind][recurrence.type];
  if (recurrence.interval <= max) return null;
  const unit = recurrence.type === "daily" ? "days" : recurrence.type === "weekly" ? "weeks" : "months";
  return `Zoom repeats a ${kind} at most every ${max} ${unit}.`;
}
export const MAX_OCCURRENCES = 60;

export const ZOOM_WEEKDAYS = [
  { value: 1, short: "Sun", long: "Sunday" },
  { value: 2, short: "Mon", long: "Monday" },
  { value: 3, short: "Tue", long: "Tuesday" },
  { value: 4, short: "Wed", long: "Wednesday" },
  { value: 5, short: "Thu", long: "Thursday" },
  { value: 6, short: "Fri", long: "Friday" },
  { value: 7, short: "Sat", long: "Saturday" },
] as const;

export const MONTHLY_WEEKS = [
  { value: 1, label: "first" },
  { value: 2, label: "second" },
  { value: 3, label: "third" },
  { value: 4, label: "fourth" },
  { value: -1, label: "last" },
] as const;

export const recurrenceSchema = z
  .object({
    type: z.enum(["daily", "weekly", "monthly"]),
    interval: z.number({ error: "Enter a number." }).int("Use a whole number.").min(1, "Repeat at least every 1."),
    weeklyDays: z.array(z.number().int().min(1).max(7)),
    monthlyMode: z.enum(["day", "weekday"]),
    monthlyDay: z.number({ error: "Enter a day of the month." }).int().min(1, "Days run from 1 to 31.").max(31, "Days run from 1 to 31."),
    monthlyWeek: z.union([z.literal(-1), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    monthlyWeekDay: z.number().int().min(1).max(7),
    endMode: z.enum(["count", "date"]),
    endTimes: z
      .number({ error: "Enter how many times." })
      .int("Use a whole number.")
      .min(1, "At least 1 occurrence.")
      .max(MAX_OCCURRENCES, `Zoom allows at most ${MAX_OCCURRENCES} occurrences.`),
    endDate: z.union([isoDate, z.literal("")]),
  })
  .superRefine((value, ctx) => {
    const max = MAX_INTERVAL[value.type];
    if (value.interval > max) {
      const unit = value.type === "daily" ? "days" : value.type === "weekly" ? "weeks" : "months";
      ctx.addIssue({ code: "custom", path: ["interval"], message: `Zoom repeats at most every ${max} ${unit}.` });
    }
    if (value.type === "weekly" && value.weeklyDays.length === 0) {
      ctx.addIssue({ code: "custom", path: ["weeklyDays"], message: "Pick at least one day of the week." });
    }
    if (value.endMode === "date" && !value.endDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "Pick the last date, or end after a number of occurrences." });
    }
  });

export type RecurrenceInput = z.infer<typeof recurrenceSchema>;

/** A sensible starting pattern: weekly on the start date's weekday, 10 times. */
export function defaultRecurrence(zoomWeekday = 2): RecurrenceInput {
  return {
    type: "weekly",
    interval: 1,
    weeklyDays: [zoomWeekday],
    monthlyMode: "day",
    monthlyDay: 1,
    monthlyWeek: 1,
    monthlyWeekDay: zoomWeekday,
    endMode: "count",
    endTimes: 10,
    endDate: "",
  };
}

/**
 * Zoom's `recurrence` object. `end_date_time` is UTC; the end date counts as inclusive in the
 * meeting's time zone, so it becomes the end of that day there (`endOfDayUtc` is supplied by the
 * caller, which knows the time zone).
 */
export function toZoomRecurrence(input: RecurrenceInput, endOfDayUtc: (isoDate: string) => string): ZoomRecurrence {
  const type = input.type === "daily" ? 1 : input.type === "weekly" ? 2 : 3;
  const out: ZoomRecurrence = { type, repeat_interval: input.interval };
  if (input.type === "weekly") out.weekly_days = [...input.weeklyDays].sort((a, b) => a - b).join(",");
  if (input.type === "monthly" && input.monthlyMode === "day") out.monthly_day = input.monthlyDay;
  if (input.type === "monthly" && input.monthlyMode === "weekday") {
    out.monthly_week = input.monthlyWeek;
    out.monthly_week_day = input.monthlyWeekDay as ZoomRecurrence["monthly_week_day"];
  }
  if (input.endMode === "count") out.end_times = input.endTimes;
  else out.end_date_time = endOfDayUtc(input.endDate);
  return out;
}

/** Back from Zoom's object to the form's shape; `endDateLocal` turns Zoom's UTC end into a local date. */
export function fromZoomRecurrence(zoom: ZoomRecurrence, endDateLocal: (utc: string) => string): RecurrenceInput {
  const base = defaultRecurrence();
  const type = zoom.type === 1 ? "daily" : zoom.type === 2 ? "weekly" : "monthly";
  return {
    ...base,
    type,
    interval: zoom.repeat_interval ?? 1,
    weeklyDays: zoom.weekly_days ? zoom.weekly_days.split(",").map(Number).filter((d) => d >= 1 && d <= 7) : base.weeklyDays,
    monthlyMode: zoom.monthly_week ? "weekday" : "day",
    monthlyDay: zoom.monthly_day ?? base.monthlyDay,
    monthlyWeek: zoom.monthly_week ?? base.monthlyWeek,
    monthlyWeekDay: zoom.monthly_week_day ?? base.monthlyWeekDay,
    endMode: zoom.end_date_time ? "date" : "count",
    endTimes: zoom.end_times || base.endTimes,
    endDate: zoom.end_date_time ? endDateLocal(zoom.end_date_time) : "",
  };
}
