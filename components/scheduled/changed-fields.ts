/**
 * The PATCH body from what the person touched in an edit form. Timing (date, time, zone,
 * recurrence) travels together or not at all — Zoom recomputes a series from it and would forget
 * per-occurrence edits if it were resent unchanged; settings go as one block.
 */
import { TIMING_KEYS } from "@/lib/schemas/scheduled";

type Dirty<T> = Partial<Record<keyof T, unknown>>;

export function changedFields<T extends { topic: string; agenda: string; duration: number; passcode: string; startDate: string; startTime: string; timezone: string; recurrence: unknown; settings: unknown }>(
  values: T,
  dirty: Dirty<T>,
): Partial<Pick<T, "topic" | "agenda" | "duration" | "passcode" | "startDate" | "startTime" | "timezone" | "recurrence" | "settings">> {
  const update: Record<string, unknown> = {};
  for (const key of ["topic", "agenda", "duration", "passcode"] as const) if (dirty[key]) update[key] = values[key];
  if (TIMING_KEYS.some((key) => dirty[key])) for (const key of TIMING_KEYS) update[key] = values[key];
  if (dirty.settings) update.settings = values.settings;
  return update as Partial<T>;
}
