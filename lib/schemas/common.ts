/** Small shapes shared by several resources' schemas (dates, times, time zones, Zoom ids). */
import { DateTime, IANAZone } from "luxon";
import { z } from "zod";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-31.").refine((value) => DateTime.fromISO(value).isValid, "That date does not exist.");

export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour time like 09:30.");

/** An IANA zone id that this runtime knows (luxon checks it through Intl). */
export const timeZone = z.string().min(1, "Pick a time zone.").refine((value) => IANAZone.isValidZone(value), "Pick a time zone from the list.");

/** Zoom meeting/webinar ids are int64 of 9–11 digits; kept as strings so nothing rounds them. */
export const meetingIdString = z.string().regex(/^\d{6,20}$/, "Zoom meeting ids are numbers (9–11 digits).");

/** A Zoom user id (letters, digits, `-`, `_`) or an email address, as Zoom's `userId` accepts. */
export const zoomIdOrEmail = z.union([z.email("Enter a valid email address."), z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, "Enter a Zoom user id or email address.")]);

/** The instant a local date + time in `zone` names (luxon moves a time in a DST gap forward). */
export function localToInstant(date: string, time: string, zone: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone });
}
