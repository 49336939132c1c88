/**
 * Daylight-saving notices for a series. Zoom keeps each occurrence at the same wall-clock time in
 * the meeting's time zone, so when clocks change:
 * - a wall time that does not exist that day (spring forward) starts an hour later;
 * - the meeting moves in UTC, i.e. for everyone in a zone that does not change on the same date;
 * - seen from the viewer's own zone (when it differs), the local time of the meeting moves.
 */
import { DateTime } from "luxon";
import type { Occurrence } from "@/lib/recurrence/occurrences";

export interface DstNotice {
  kind: "gap" | "utc-shift" | "viewer-shift";
  /** Index of the first occurrence affected. */
  index: number;
  message: string;
}

const dayFormat: Intl.DateTimeFormatOptions = { weekday: "short", month: "short", day: "numeric", year: "numeric" };
const timeFormat: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };

const day = (dt: DateTime) => dt.toLocaleString(dayFormat, { locale: "en-US" });
const time = (dt: DateTime) => dt.toLocaleString(timeFormat, { locale: "en-US" });
const utcTime = (dt: DateTime) => dt.toUTC().toFormat("HH:mm");
/** "America/New_York" → "America/New York", as people read it. */
const zoneName = (zone: string) => zone.replaceAll("_", " ");

/** The first calendar day in (`from`, `to`] on which `zone`'s UTC offset differs from `from`'s. */
export function transitionDay(from: DateTime, to: DateTime, zone: string): DateTime | null {
  const start = from.setZone(zone);
  const offset = start.offset;
  for (let d = start.startOf("day").plus({ days: 1 }); d <= to.setZone(zone).endOf("day"); d = d.plus({ days: 1 })) {
    if (d.endOf("day").offset !== offset) return d;
  }
  return null;
}

function zoneChanged(a: DateTime, b: DateTime, zone: string): boolean {
  return a.setZone(zone).offset !== b.setZone(zone).offset;
}

export function dstNotices(occurrences: Occurrence[], meetingZone: string, viewerZone: string): DstNotice[] {
  const notices: DstNotice[] = [];
  const sameZone = DateTime.now().setZone(meetingZone).zoneName === DateTime.now().setZone(viewerZone).zoneName;

  // Compare against the last occurrence that kept its wall time, so a gap day does not read as two shifts.
  let reference: Occurrence | null = null;
  occurrences.forEach((occurrence, index) => {
    if (occurrence.skippedGap) {
      notices.push({
        kind: "gap",
        index,
        message: `On ${day(occurrence.local)} the clocks in ${zoneName(meetingZone)} spring forward past the start time, so Zoom starts this occurrence at ${time(occurrence.local)}.`,
      });
    }
    if (occurrence.skippedGap) return;
    const previous = reference;
    reference = occurrence;
    if (!previous) return;
    const prev = previous.local;
    const cur = occurrence.local;

    if (!sameZone) {
      const before = prev.setZone(viewerZone);
      const after = cur.setZone(viewerZone);
      if (before.toFormat("HH:mm") !== after.toFormat("HH:mm")) {
        const changedZone = zoneChanged(prev, cur, meetingZone) ? meetingZone : viewerZone;
        const when = transitionDay(prev, cur, changedZone);
        notices.push({
          kind: "viewer-shift",
          index,
          message: `From ${day(cur)} this meeting starts at ${time(after)} instead of ${time(before)} in your time zone (${zoneName(viewerZone)}), because the clocks change in ${zoneName(changedZone)}${when ? ` on ${day(when)}` : ""}.`,
        });
      }
      return;
    }
    if (zoneChanged(prev, cur, meetingZone)) {
      const when = transitionDay(prev, cur, meetingZone);
      notices.push({
        kind: "utc-shift",
        index,
        message: `Clocks change in ${zoneName(meetingZone)}${when ? ` on ${day(when)}` : ""}: the meeting stays at ${time(cur)} local time, but moves from ${utcTime(prev)} to ${utcTime(cur)} UTC for people in other time zones.`,
      });
    }
  });
  return notices;
}
