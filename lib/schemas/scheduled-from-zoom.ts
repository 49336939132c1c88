/**
 * A scheduled item as Zoom returns it → the edit form's values (MeetingInput / WebinarInput). Pure,
 * so the edit forms in the browser build their defaults with it; the other direction (form → Zoom
 * body) is server code in lib/zoom/scheduled-body.ts.
 */
import { DateTime } from "luxon";
import type { MeetingInput } from "@/lib/schemas/meeting";
import { fromZoomRecurrence, type RecurrenceInput } from "@/lib/schemas/recurrence";
import { ZOOM_TYPES, type ScheduledInput, type SharedSettingsInput } from "@/lib/schemas/scheduled";
import type { WebinarInput } from "@/lib/schemas/webinar";
import type { MeetingSettings, ZoomMeeting, ZoomOccurrence, ZoomRecurrence } from "@/lib/zoom/types/meeting";
import type { WebinarSettings, ZoomWebinar } from "@/lib/zoom/types/webinar";

/** The fields both kinds of Zoom object have, as far as the form needs them. */
interface ZoomScheduled<Z> {
  type: number;
  topic?: string;
  agenda?: string;
  password?: string;
  template_id?: string;
  start_time?: string;
  timezone?: string;
  duration?: number;
  recurrence?: ZoomRecurrence;
  occurrences?: ZoomOccurrence[];
  settings?: Z & SharedZoomSettings;
}

interface SharedZoomSettings {
  auto_recording?: "local" | "cloud" | "none";
  approval_type?: 0 | 1 | 2;
  registration_type?: 1 | 2 | 3;
  alternative_hosts?: string;
}

/** `a;b, c` → `["a","b","c"]` (Zoom stores alternative hosts semicolon-separated). */
export function splitHosts(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * "After N occurrences" for a series that has partly run. Zoom gives the next occurrence as the
 * series' `start_time` and lists only the occurrences still to come; a saved change of time or
 * pattern counts `end_times` from that start. Shown the original total, a weekly series of 10 with 6
 * behind it would run 10 more weeks once re-timed; the form starts from the occurrences left. Only
 * when the start is the first listed occurrence — otherwise nothing has run yet, or the answer is not
 * shaped this way, and the total stands.
 */
function remainingTimes(item: ZoomScheduled<unknown>, total: number): number {
  const upcoming = item.occurrences ?? [];
  const first = upcoming[0]?.start_time;
  if (!first || !item.start_time || Date.parse(first) !== Date.parse(item.start_time)) return total;
  return upcoming.length > 0 && upcoming.length < total ? upcoming.length : total;
}

/** The form's timing values for an item, or for one of its occurrences. */
function timingFromZoom(item: ZoomScheduled<unknown>, recurring: boolean, fallbackZone: string, occurrence?: ZoomOccurrence) {
  const zone = item.timezone && DateTime.local().setZone(item.timezone).isValid ? item.timezone : fallbackZone;
  const startIso = occurrence?.start_time ?? item.start_time;
  const start = startIso ? DateTime.fromISO(startIso, { zone: "utc" }).setZone(zone) : DateTime.now().setZone(zone).plus({ hours: 1 }).startOf("hour");
  const recurrence: RecurrenceInput | null =
    recurring && item.recurrence ? fromZoomRecurrence(item.recurrence, (utc) => DateTime.fromISO(utc, { zone: "utc" }).setZone(zone).toFormat("yyyy-MM-dd")) : null;
  if (recurrence && !occurrence) recurrence.endTimes = remainingTimes(item, recurrence.endTimes);
  return {
    startDate: start.toFormat("yyyy-MM-dd"),
    startTime: start.toFormat("HH:mm"),
    timezone: zone,
    duration: occurrence?.duration ?? item.duration ?? 60,
    recurrence,
  };
}

/** The shared fields and settings, plus the kind's own settings. */
function scheduledToInput<Z, S>(item: ZoomScheduled<Z>, recurringType: number, ownSettings: (settings: Partial<Z>) => S, fallbackZone: string, occurrence?: ZoomOccurrence) {
  const s: Partial<Z> & SharedZoomSettings = item.settings ?? {};
  const shared: SharedSettingsInput = {
    autoRecording: s.auto_recording ?? "none",
    approvalType: s.approval_type ?? 2,
    registrationType: s.registration_type ?? 1,
    alternativeHosts: splitHosts(s.alternative_hosts),
  };
  const input: ScheduledInput & { settings: S & SharedSettingsInput } = {
    topic: item.topic ?? "",
    agenda: item.agenda ?? "",
    ...timingFromZoom(item, item.type === recurringType, fallbackZone, occurrence),
    passcode: item.password ?? "",
    settings: { ...ownSettings(s), ...shared },
    scheduleFor: "",
    templateId: item.template_id ?? "",
  };
  return input;
}

/** The edit form's values for a meeting (or for one of its occurrences). */
export function meetingToInput(meeting: Omit<ZoomMeeting, "start_url">, fallbackZone: string, occurrence?: ZoomOccurrence): MeetingInput {
  const own = (s: Partial<MeetingSettings>) => ({
    waitingRoom: s.waiting_room ?? false,
    joinBeforeHost: s.join_before_host ?? false,
    jbhTime: s.jbh_time ?? 0,
    muteUponEntry: s.mute_upon_entry ?? false,
    hostVideo: s.host_video ?? false,
    participantVideo: s.participant_video ?? false,
  });
  return scheduledToInput(meeting, ZOOM_TYPES.meeting.recurring, own, fallbackZone, occurrence);
}

/** The edit form's values for a webinar (or for one of its occurrences). */
export function webinarToInput(webinar: Omit<ZoomWebinar, "start_url">, fallbackZone: string, occurrence?: ZoomOccurrence): WebinarInput {
  const own = (s: Partial<WebinarSettings>) => ({
    hostVideo: s.host_video ?? false,
    panelistsVideo: s.panelists_video ?? false,
    practiceSession: s.practice_session ?? false,
    hdVideo: s.hd_video ?? false,
    questionAndAnswer: s.question_and_answer?.enable ?? false,
    onDemand: s.on_demand ?? false,
    registrantsRestrictNumber: s.registrants_restrict_number ?? 0,
  });
  return scheduledToInput(webinar, ZOOM_TYPES.webinar.recurring, own, fallbackZone, occurrence);
}
