/**
 * Small display helpers shared by meeting and webinar views. The list pages load this module, so it
 * stays on Intl alone: no luxon, no zod (a series' pattern in words is in describe-series.ts).
 */
import { formatDate, formatShortDate, formatTime, zoneAbbreviation } from "@/components/ui/time";

/** Zoom writes meeting ids in groups: 123 4567 8901 (11 digits), 123 456 7890 (10), 123 456 789 (9). */
export function formatMeetingId(id: number | string): string {
  const digits = String(id);
  if (digits.length === 11) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (digits.length === 10 || digits.length === 9) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return digits;
}

export type ScheduleKind = "single" | "recurring" | "recurring-no-time";

/** Meeting types 8/9 recur at fixed times, 3/6 have no fixed time, the rest happen once. */
export function scheduleKind(type: number): ScheduleKind {
  if (type === 8 || type === 9) return "recurring";
  if (type === 3 || type === 6) return "recurring-no-time";
  return "single";
}

export const scheduleKindLabel: Record<ScheduleKind, string> = {
  single: "One-time",
  recurring: "Recurring",
  "recurring-no-time": "No fixed time",
};

export type ItemStatus = "live" | "ended" | "scheduled" | "anytime";

export function itemStatus(item: { start_time?: string; duration?: number; type: number }, live: boolean, now: number): ItemStatus {
  if (live) return "live";
  if (!item.start_time) return "anytime";
  const end = Date.parse(item.start_time) + (item.duration ?? 60) * 60_000;
  return end < now ? "ended" : "scheduled";
}

export const statusLabel: Record<ItemStatus, string> = { live: "Live", ended: "Ended", scheduled: "Scheduled", anytime: "Open" };

/** Does `query` match a topic or a meeting id (ignoring the spaces people paste)? */
export function matchesSearch(item: { topic: string; id: number }, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const digits = q.replace(/[\s-]/g, "");
  if (/^\d+$/.test(digits) && String(item.id).includes(digits)) return true;
  return item.topic.toLowerCase().includes(q);
}

/** One start time, read the same way in every view (form summary, preview, detail, occurrences). */
export interface WhenReading {
  /** "Wed, Jun 30, 2027", in the meeting's zone. */
  date: string;
  /** "9:00 AM CEST", in the meeting's zone. */
  time: string;
  /** "3:00 AM your time (EDT)", with the viewer's date when it differs; null when the viewer's wall clock agrees. */
  viewer: string | null;
}

/**
 * The one formatter for a meeting's times: the meeting's own zone first (that is where Zoom keeps
 * the time, and where daylight-saving shifts happen), then the viewer's reading when it differs.
 */
export function readWhen(iso: string, meetingZone: string, viewerZone: string | null): WhenReading {
  const date = formatDate(iso, meetingZone);
  const time = `${formatTime(iso, meetingZone)} ${zoneAbbreviation(iso, meetingZone)}`;
  if (!viewerZone || viewerZone === meetingZone || formatDate(iso, viewerZone) + formatTime(iso, viewerZone) === date + formatTime(iso, meetingZone)) {
    return { date, time, viewer: null };
  }
  const otherDay = formatDate(iso, viewerZone) !== date ? `${formatShortDate(iso, viewerZone)}, ` : "";
  return { date, time, viewer: `${otherDay}${formatTime(iso, viewerZone)} your time (${zoneAbbreviation(iso, viewerZone)})` };
}
