/** Between the dashboard's WebinarInput and Zoom's webinar body/object (see meeting-body.ts). */
import type { WebinarInput, WebinarUpdate } from "@/lib/schemas/webinar";
import { splitHosts, timingBody, timingFromZoom } from "@/lib/zoom/schedule-body";
import type { ZoomOccurrence } from "@/lib/zoom/types/meeting";
import type { WebinarSettings, ZoomWebinar } from "@/lib/zoom/types/webinar";

const WEBINAR_TYPES = { single: 5, recurring: 9 };

function settingsBody(s: WebinarInput["settings"], recurring: boolean): WebinarSettings {
  return {
    host_video: s.hostVideo,
    panelists_video: s.panelistsVideo,
    practice_session: s.practiceSession,
    hd_video: s.hdVideo,
    question_and_answer: { enable: s.questionAndAnswer },
    on_demand: s.onDemand,
    auto_recording: s.autoRecording,
    approval_type: s.approvalType,
    ...(recurring && s.approvalType !== 2 ? { registration_type: s.registrationType } : {}),
    registrants_restrict_number: s.registrantsRestrictNumber,
    alternative_hosts: s.alternativeHosts.join(";"),
  };
}

/** `POST /users/{userId}/webinars` body; with a template, its settings apply (see meetingCreateBody). */
export function webinarCreateBody(input: WebinarInput): Record<string, unknown> {
  const fromTemplate = !!input.templateId;
  return {
    topic: input.topic,
    ...(fromTemplate && !input.agenda ? {} : { agenda: input.agenda }),
    ...timingBody(input, WEBINAR_TYPES),
    duration: input.duration,
    ...(fromTemplate ? {} : { settings: settingsBody(input.settings, !!input.recurrence) }),
    ...(input.passcode ? { password: input.passcode } : { default_passcode: true }),
    ...(input.templateId ? { template_id: input.templateId } : {}),
  };
}

export function webinarUpdateBody(update: WebinarUpdate): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (update.topic !== undefined) body.topic = update.topic;
  if (update.agenda !== undefined) body.agenda = update.agenda;
  if (update.duration !== undefined) body.duration = update.duration;
  if (update.passcode !== undefined) body.password = update.passcode;
  const { startDate, startTime, timezone, recurrence } = update;
  if (startDate !== undefined && startTime !== undefined && timezone !== undefined && recurrence !== undefined) {
    Object.assign(body, timingBody({ startDate, startTime, timezone, recurrence }, WEBINAR_TYPES));
  }
  if (update.settings) body.settings = settingsBody(update.settings, !!update.recurrence);
  return body;
}

export function webinarToInput(webinar: ZoomWebinar | Omit<ZoomWebinar, "start_url">, fallbackZone: string, occurrence?: ZoomOccurrence): WebinarInput {
  const s = webinar.settings ?? {};
  return {
    topic: webinar.topic ?? "",
    agenda: webinar.agenda ?? "",
    ...timingFromZoom(webinar, webinar.type === 9, fallbackZone, occurrence),
    passcode: webinar.password ?? "",
    settings: {
      hostVideo: s.host_video ?? false,
      panelistsVideo: s.panelists_video ?? false,
      practiceSession: s.practice_session ?? false,
      hdVideo: s.hd_video ?? false,
      questionAndAnswer: s.question_and_answer?.enable ?? false,
      onDemand: s.on_demand ?? false,
      autoRecording: s.auto_recording ?? "none",
      approvalType: s.approval_type ?? 2,
      registrationType: s.registration_type ?? 1,
      registrantsRestrictNumber: s.registrants_restrict_number ?? 0,
      alternativeHosts: splitHosts(s.alternative_hosts),
    },
    scheduleFor: "",
    templateId: webinar.template_id ?? "",
  };
}
