/**
 * Occurrences of a recurring meeting or webinar (types 8 and 9) with per-occurrence edits and
 * deletions applied. Occurrence ids are the epoch-ms of the originally scheduled start, like
 * Zoom's, and stay stable when a single occurrence is moved.
 */
import { isoZ } from "../clock";
import type { SandboxMeeting, SandboxWebinar } from "../types";
import { expandRecurrence, type Recurrence } from "./recurrence";

export interface Occurrence {
  occurrence_id: string;
  start_time: string;
  startMs: number;
  duration: number;
  status: "available" | "deleted";
}

type Scheduled = Pick<SandboxMeeting, "start_time" | "timezone" | "recurrence" | "duration" | "occurrenceOverrides"> & {
  type: SandboxMeeting["type"] | SandboxWebinar["type"];
};

const cache = new Map<string, number[]>();

function expandCached(start: string, zone: string, rec: Recurrence): number[] {
  const key = `${start}|${zone}|${JSON.stringify(rec)}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size > 5000) cache.clear();
    hit = expandRecurrence(start, zone, rec);
    cache.set(key, hit);
  }
  return hit;
}

/** True for the types whose recurrence yields dated occurrences. */
export function hasFixedOccurrences(type: number): boolean {
  return type === 8 || type === 9;
}

/** All occurrences, deleted ones included (status "deleted"), sorted by start. */
export function occurrencesOf(item: Scheduled): Occurrence[] {
  if (!hasFixedOccurrences(item.type) || !item.recurrence || !item.start_time) return [];
  const starts = expandCached(item.start_time, item.timezone, item.recurrence as unknown as Recurrence);
  return starts
    .map((ms) => {
      const id = String(ms);
      const override = item.occurrenceOverrides[id] ?? {};
      const startMs = override.start_time ? Date.parse(override.start_time) : ms;
      return {
        occurrence_id: id,
        start_time: isoZ(startMs),
        startMs,
        duration: override.duration ?? item.duration,
        status: override.deleted ? ("deleted" as const) : ("available" as const),
      };
    })
    .sort((a, b) => a.startMs - b.startMs);
}

/** Occurrences that have not ended yet (Zoom hides past ones unless show_previous_occurrences). */
export function currentOccurrences(item: Scheduled, nowMs: number): Occurrence[] {
  return occurrencesOf(item).filter((o) => o.startMs + o.duration * 60_000 > nowMs);
}

/**
 * The start time to report for the whole series: the next available occurrence that has not
 * ended, else the last available one, else the stored start.
 */
export function seriesStart(item: Scheduled, nowMs: number): string | undefined {
  const available = occurrencesOf(item).filter((o) => o.status === "available");
  if (!available.length) return item.start_time;
  const next = available.find((o) => o.startMs + o.duration * 60_000 > nowMs);
  return (next ?? available[available.length - 1]).start_time;
}

/** Start of the last scheduled time (last available occurrence or the single start), for expiry and "previous". */
export function lastScheduledStart(item: Scheduled): number | undefined {
  const available = occurrencesOf(item).filter((o) => o.status === "available");
  if (available.length) return available[available.length - 1].startMs;
  return item.start_time ? Date.parse(item.start_time) : undefined;
}

/** Occurrences still on the calendar (deleted ones dropped), in the shape registrant responses use. */
export function availableOccurrences(item: Scheduled): Pick<Occurrence, "occurrence_id" | "start_time" | "duration" | "status">[] {
  return occurrencesOf(item)
    .filter((o) => o.status === "available")
    .map(({ occurrence_id, start_time, duration, status }) => ({ occurrence_id, start_time, duration, status }));
}
