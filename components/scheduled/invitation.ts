/**
 * The text people paste into an email or calendar to invite someone, in the shape Zoom's own
 * "Copy invitation" uses. Built from the meeting we already have (no extra Zoom call).
 */
import { DateTime } from "luxon";
import { describeSeries } from "@/components/scheduled/describe-series";
import { formatMeetingId } from "@/components/scheduled/format";
import { fromZoomRecurrence } from "@/lib/schemas/recurrence";
import type { ZoomMeeting } from "@/lib/zoom/types/meeting";
import type { ZoomWebinar } from "@/lib/zoom/types/webinar";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export function invitationText(meeting: Omit<ZoomMeeting, "start_url"> | Omit<ZoomWebinar, "start_url">, hostName: string, noun: ScheduledKind = "meeting"): string {
  const zone = meeting.timezone || "UTC";
  const lines = [`${hostName} is inviting you to a scheduled Zoom ${noun}.`, "", `Topic: ${meeting.topic}`];
  if (meeting.start_time) {
    const start = DateTime.fromISO(meeting.start_time, { zone: "utc" }).setZone(zone);
    lines.push(`Time: ${start.toFormat("LLL d, yyyy hh:mm a")} ${start.offsetNameLong ?? zone} (${zone})`);
  }
  if (meeting.recurrence && (meeting.type === 8 || meeting.type === 9)) {
    const rule = fromZoomRecurrence(meeting.recurrence, (utc) => DateTime.fromISO(utc, { zone: "utc" }).setZone(zone).toFormat("yyyy-MM-dd"));
    lines.push(`        ${describeSeries(rule)}`);
  }
  lines.push("", `Join Zoom ${noun === "meeting" ? "Meeting" : "Webinar"}`, meeting.join_url ?? "", "", `${noun === "meeting" ? "Meeting" : "Webinar"} ID: ${formatMeetingId(meeting.id)}`);
  if (meeting.password) lines.push(`Passcode: ${meeting.password}`);
  if (meeting.registration_url) lines.push("", `Register in advance: ${meeting.registration_url}`);
  return lines.join("\n");
}
