/**
 * The dashboard's MeetingInput (what the form edits) → Zoom's meeting body. What meetings share
 * with webinars lives in scheduled-body.ts; this file says only how they differ. The way back (for
 * the edit form) is meetingToInput in lib/schemas/scheduled-from-zoom.ts.
 */
import type { MeetingInput, MeetingUpdate } from "@/lib/schemas/meeting";
import { ZOOM_TYPES } from "@/lib/schemas/scheduled";
import { scheduledCreateBody, scheduledUpdateBody, type ScheduledBodyKind } from "@/lib/zoom/scheduled-body";
import type { MeetingSettings } from "@/lib/zoom/types/meeting";

const MEETING: ScheduledBodyKind<MeetingInput["settings"], MeetingSettings> = {
  types: ZOOM_TYPES.meeting,
  generatedPasscodeFlag: "default_password",
  alternativeHostsSeparator: ";",
  settingsBody: (s) => ({
    waiting_room: s.waitingRoom,
    join_before_host: s.joinBeforeHost,
    jbh_time: s.jbhTime,
    mute_upon_entry: s.muteUponEntry,
    host_video: s.hostVideo,
    participant_video: s.participantVideo,
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

