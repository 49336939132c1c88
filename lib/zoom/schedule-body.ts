/**
 * The timing part of Zoom meeting and webinar bodies, both ways. Times go to Zoom as local
 * `yyyy-MM-ddTHH:mm:ss` plus `timezone` (Zoom's documented form), so a 09:00 meeting stays 09:00
 * in its zone whatever the server's own zone is.
 */
import { DateTime } from "luxon";
import { fromZoomRecurrence, toZoomRecurrence, type RecurrenceInput } from "@/lib/schemas/recurrence";
import type { ZoomOccurrence, ZoomRecurrence } from "@/lib/zoom/types/meeting";

export interface TimingInput {
  startDate: string;
  startTime: string;
  timezone: string;
  recurrence: RecurrenceInput | null;
}

/** The end date (inclusive, in the zone) as Zoom's UTC `end_date_time`. */
export function endOfDayUtc(date: string, zone: string): string {
  return DateTime.fromISO(date, { zone }).endOf("day").set({ millisecond: 0 }).toUTC().toISO({ suppressMilliseconds: true })!;
}

/** `type`, `start_time`, `timezone`, `recurrence`; `types` says which Zoom type means one-off / recurring. */
export function timingBody(input: TimingInput, types: { single: number; recurring: number }): Record<string, unknown> {
  return {
    type: input.recurrence ? types.recurring : types.single,
    start_time: `${input.startDate}T${input.startTime}:00`,
    timezone: input.timezone,
    ...(input.recurrence ? { recurrence: toZoomRecurrence(input.recurrence, (date) => endOfDayUtc(date, input.timezone)) } : {}),
  };
}

/** Editing one occurrence: Zoom moves only that occurrence's start and length. */
export function occurrenceBody(input: Omit<TimingInput, "recurrence"> & { duration: number }): Record<string, unknown> {
  return { start_time: `${input.startDate}T${input.startTime}:00`, timezone: input.timezone, duration: input.duration };
}

export interface ScheduledItem {
  start_time?: string;
  timezone?: string;
  duration?: number;
  recurrence?: ZoomRecurrence;
}

/** The form's timing values for a meeting/webinar, or for one of its occurrences. */
export function timingFromZoom(
  item: ScheduledItem,
  recurring: boolean,
  fallbackZone: string,
  occurrence?: ZoomOccurrence,
): TimingInput & { duration: number } {
  const zone = item.timezone && DateTime.local().setZone(item.timezone).isValid ? item.timezone : fallbackZone;
  const startIso = occurrence?.start_time ?? item.start_time;
  const start = startIso ? DateTime.fromISO(startIso, { zone: "utc" }).setZone(zone) : DateTime.now().setZone(zone).plus({ hours: 1 }).startOf("hour");
  return {
    startDate: start.toFormat("yyyy-MM-dd"),
    startTime: start.toFormat("HH:mm"),
    timezone: zone,
    duration: occurrence?.duration ?? item.duration ?? 60,
    recurrence:
      recurring && item.recurrence
        ? fromZoomRecurrence(item.recurrence, (utc) => DateTime.fromISO(utc, { zone: "utc" }).setZone(zone).toFormat("yyyy-MM-dd"))
        : null,
  };
}

/** `a;b, c` → `["a","b","c"]` (Zoom stores alternative hosts semicolon-separated). */
export function splitHosts(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
