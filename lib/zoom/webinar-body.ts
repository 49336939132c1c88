/** Between the dashboard's WebinarInput and Zoom's webinar body/object (shared part: scheduled-body.ts). */
import type { WebinarInput, WebinarUpdate } from "@/lib/schemas/webinar";
import { scheduledCreateBody, scheduledToInput, scheduledUpdateBody, type ScheduledKind } from "@/lib/zoom/scheduled-body";
import type { ZoomOccurrence } from "@/lib/zoom/types/meeting";
import type { WebinarSettings, ZoomWebinar } from "@/lib/zoom/types/webinar";

const WEBINAR: ScheduledKind<WebinarInput["settings"], WebinarSettings> = {
  types: { single: 5, recurring: 9 },
  generatedPasscodeFlag: "default_passcode",
  settingsBody: (s) => ({
    host_video: s.hostVideo,
    panelists_video: s.panelistsVideo,
    practice_session: s.practiceSession,
    hd_video: s.hdVideo,
    question_and_answer: { enable: s.questionAndAnswer },
    on_demand: s.onDemand,
    registrants_restrict_number: s.registrantsRestrictNumber,
  }),
  settingsFromZoom: (s) => ({
    hostVideo: s.host_video ?? false,
    panelistsVideo: s.panelists_video ?? false,
    practiceSession: s.practice_session ?? false,
    hdVideo: s.hd_video ?? false,
    questionAndAnswer: s.question_and_answer?.enable ?? false,
    onDemand: s.on_demand ?? false,
    registrantsRestrictNumber: s.registrants_restrict_number ?? 0,
  }),
  zoomNames: {
    hostVideo: "host_video",
    panelistsVideo: "panelists_video",
    practiceSession: "practice_session",
    hdVideo: "hd_video",
    questionAndAnswer: "question_and_answer",
    onDemand: "on_demand",
    registrantsRestrictNumber: "registrants_restrict_number",
  },
};

/** `POST /users/{userId}/webinars` body; with a template, its settings apply (see scheduledCreateBody). */
export function webinarCreateBody(input: WebinarInput): Record<string, unknown> {
  return scheduledCreateBody(input, WEBINAR);
}

/** Whole-series `PATCH /webinars/{id}` body: only the fields present in `update`. */
export function webinarUpdateBody(update: WebinarUpdate): Record<string, unknown> {
  return scheduledUpdateBody(update, WEBINAR);
}

/** The edit form's values for a webinar (or for one of its occurrences). */
export function webinarToInput(webinar: ZoomWebinar | Omit<ZoomWebinar, "start_url">, fallbackZone: string, occurrence?: ZoomOccurrence): WebinarInput {
  return scheduledToInput(webinar, WEBINAR, fallbackZone, occurrence);
}
