/** The dashboard's WebinarInput → Zoom's webinar body (shared part: scheduled-body.ts; the way back: lib/schemas/scheduled-from-zoom.ts). */
import { ZOOM_TYPES } from "@/lib/schemas/scheduled";
import type { WebinarInput, WebinarUpdate } from "@/lib/schemas/webinar";
import { scheduledCreateBody, scheduledUpdateBody, type ScheduledBodyKind } from "@/lib/zoom/scheduled-body";
import type { WebinarSettings } from "@/lib/zoom/types/webinar";

const WEBINAR: ScheduledBodyKind<WebinarInput["settings"], WebinarSettings> = {
  types: ZOOM_TYPES.webinar,
  generatedPasscodeFlag: "default_passcode",
  alternativeHostsSeparator: ",",
  settingsBody: (s) => ({
    host_video: s.hostVideo,
    panelists_video: s.panelistsVideo,
    practice_session: s.practiceSession,
    hd_video: s.hdVideo,
    question_and_answer: { enable: s.questionAndAnswer },
    on_demand: s.onDemand,
    registrants_restrict_number: s.registrantsRestrictNumber,
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

