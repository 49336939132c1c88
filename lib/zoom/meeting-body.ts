/**
 * Between the dashboard's MeetingInput (what the form edits) and Zoom's meeting body/object.
 * Pure and shared: the server builds Zoom bodies with it, the edit form builds its defaults with it.
 * What meetings share with webinars lives in scheduled-body.ts; this file says only how they differ.
 */
import type { MeetingInput, MeetingUpdate } from "@/lib/schemas/meeting";
import { scheduledCreateBody, scheduledToInput, scheduledUpdateBody, type ScheduledKind } from "@/lib/zoom/scheduled-body";
import type { MeetingSettings, ZoomMeeting, ZoomOccurrence } from "@/lib/zoom/types/meeting";

const MEETING: ScheduledKind<MeetingInput["settings"], MeetingSettings> = {
  types: { single: 2, recurring: 8 },
  generatedPasscodeFlag: "default_password",
  settingsBody: (s) => ({
    waiting_room: s.waitingRoom,
    join_before_host: s.joinBeforeHost,
    jbh_time: s.jbhTime,
    mute_upon_entry: s.muteUponEntry,
    host_video: s.hostVideo,
    participant_video: s.participantVideo,
  }),
  settingsFromZoom: (s) => ({
    waitingRoom: s.waiting_room ?? false,
    joinBeforeHost: s.join_before_host ?? false,
    jbhTime: s.jbh_time ?? 0,
    muteUponEntry: s.mute_upon_entry ?? false,
    hostVideo: s.host_video ?? false,
    participantVideo: s.participant_video ?? false,
  }),
  zoomNames: { waitingRoom: "waiting_room", joinBeforeHost: "join_before_host", jbhTime: "jbh_time", muteUponEntry: "mute_upon_entry", hostVideo: "host_video", participantVideo: "participant_video" },
};

/** `POST /users/{userId}/meetings` body (see scheduledCreateBody for how templates apply). */
export function meetingCreateBody(input: MeetingInput): Record<string, unknown> {
  return scheduledCreateBody(input, MEETING);
}

/** Whole-series `PATCH /meetings/{id}` body: only the fields present in `update`. */
export function meetingUpdateBody(update: MeetingUpdate): Record<string, unknown> {
  return scheduledUpdateBody(update, MEETING);
}

/** The edit form's values for a meeting (or for one of its occurrences). */
export function meetingToInput(meeting: ZoomMeeting | Omit<ZoomMeeting, "start_url">, fallbackZone: string, occurrence?: ZoomOccurrence): MeetingInput {
  return scheduledToInput(meeting, MEETING, fallbackZone, occurrence);
}
