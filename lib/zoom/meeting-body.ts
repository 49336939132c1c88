/**
 * Between the dashboard's MeetingInput (what the form edits) and Zoom's meeting body/object.
 * Pure and shared: the server builds Zoom bodies with it, the edit form builds its defaults with it.
 */
import type { MeetingInput, MeetingUpdate } from "@/lib/schemas/meeting";
import { splitHosts, timingBody, timingFromZoom } from "@/lib/zoom/schedule-body";
import type { MeetingSettings, ZoomMeeting, ZoomOccurrence } from "@/lib/zoom/types/meeting";

const MEETING_TYPES = { single: 2, recurring: 8 };

function settingsBody(s: MeetingInput["settings"], recurring: boolean): MeetingSettings {
  return {
    waiting_room: s.waitingRoom,
    join_before_host: s.joinBeforeHost,
    jbh_time: s.jbhTime,
    mute_upon_entry: s.muteUponEntry,
    host_video: s.hostVideo,
    participant_video: s.participantVideo,
    auto_recording: s.autoRecording,
    approval_type: s.approvalType,
    // Zoom only reads registration_type for recurring meetings with fixed times (type 8).
    ...(recurring && s.approvalType !== 2 ? { registration_type: s.registrationType } : {}),
    alternative_hosts: s.alternativeHosts.join(";"),
  };
}

/**
 * `POST /users/{userId}/meetings` body. With a template, settings (and an empty agenda) are left
 * out: Zoom applies the template's, and anything sent explicitly would override them — the API
 * cannot read a template's settings, so the form cannot show them either.
 */
export function meetingCreateBody(input: MeetingInput): Record<string, unknown> {
  const fromTemplate = !!input.templateId;
  return {
    topic: input.topic,
    ...(fromTemplate && !input.agenda ? {} : { agenda: input.agenda }),
    ...timingBody(input, MEETING_TYPES),
    duration: input.duration,
    ...(fromTemplate ? {} : { settings: settingsBody(input.settings, !!input.recurrence) }),
    // No passcode typed: let Zoom generate one when the account requires it.
    ...(input.passcode ? { password: input.passcode } : { default_password: true }),
    ...(input.templateId ? { template_id: input.templateId } : {}),
  };
}

/** Whole-series `PATCH /meetings/{id}` body: only the fields present in `update`. */
export function meetingUpdateBody(update: MeetingUpdate): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (update.topic !== undefined) body.topic = update.topic;
  if (update.agenda !== undefined) body.agenda = update.agenda;
  if (update.duration !== undefined) body.duration = update.duration;
  if (update.passcode !== undefined) body.password = update.passcode;
  const { startDate, startTime, timezone, recurrence } = update;
  if (startDate !== undefined && startTime !== undefined && timezone !== undefined && recurrence !== undefined) {
    Object.assign(body, timingBody({ startDate, startTime, timezone, recurrence }, MEETING_TYPES));
  }
  if (update.settings) body.settings = settingsBody(update.settings, !!update.recurrence);
  return body;
}

/** The edit form's values for a meeting (or for one of its occurrences). */
export function meetingToInput(meeting: ZoomMeeting | Omit<ZoomMeeting, "start_url">, fallbackZone: string, occurrence?: ZoomOccurrence): MeetingInput {
  const s = meeting.settings ?? {};
  return {
    topic: meeting.topic ?? "",
    agenda: meeting.agenda ?? "",
    ...timingFromZoom(meeting, meeting.type === 8, fallbackZone, occurrence),
    passcode: meeting.password ?? "",
    settings: {
      waitingRoom: s.waiting_room ?? false,
      joinBeforeHost: s.join_before_host ?? false,
      jbhTime: s.jbh_time ?? 0,
      muteUponEntry: s.mute_upon_entry ?? false,
      hostVideo: s.host_video ?? false,
      participantVideo: s.participant_video ?? false,
      autoRecording: s.auto_recording ?? "none",
      approvalType: s.approval_type ?? 2,
      registrationType: s.registration_type ?? 1,
      alternativeHosts: splitHosts(s.alternative_hosts),
    },
    scheduleFor: "",
    templateId: meeting.template_id ?? "",
  };
}
