/**
 * Reading `start_time` + `timezone` as Zoom does: `yyyy-MM-ddTHH:mm:ssZ` is UTC; a value without
 * an offset is wall-clock time in `timezone` (or the host's zone); a missing or past value means now.
 */
import { DateTime, IANAZone } from "luxon";
import { isoZ } from "../clock";
import { validationError } from "../validation";

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** Parses a client-supplied start time; throws 300 for unreadable values. */
export function parseStartTime(value: string, zone: string): Date {
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const dt = hasOffset ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromISO(value, { zone });
  if (!dt.isValid) throw validationError(["start_time"]);
  return new Date(Math.floor(dt.toMillis() / 1000) * 1000);
}

/** The stored start: the parsed value, or now when missing or in the past (Zoom's rule). */
export function resolveStart(value: string | undefined, zone: string, now: Date): string {
  const nowSec = new Date(Math.floor(now.getTime() / 1000) * 1000);
  if (!value) return isoZ(nowSec);
  const parsed = parseStartTime(value, zone);
  return isoZ(parsed.getTime() < nowSec.getTime() ? nowSec : parsed);
}

/** The calendar date (yyyy-MM-dd) of an instant in `zone`, for `from`/`to` filters. */
export function localDate(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setZone(zone).toISODate() ?? iso.slice(0, 10);
}
