/**
 * Slices the extra modules need beyond those declared in types.ts (live events, registration
 * questions, caption settings). They live on the same plain-data state object, so reset and
 * demo-mode persistence carry them like any other slice; `extraState` creates them on first use,
 * which keeps states saved before these slices existed loadable.
 */
import type { SandboxState } from "../types";

/** One `PATCH /live_meetings/{meetingId}/events` call as the sandbox received it. */
export interface SandboxLiveEvent {
  meeting_id: number;
  method: string;
  params: Record<string, unknown>;
  /** The Zoom user whose token sent it. */
  user_id: string;
  received_at: string;
}

/** The body of `GET …/registrants/questions`, as Zoom returns it. */
export interface RegistrationQuestions {
  questions: { field_name: string; required: boolean }[];
  custom_questions: { title: string; type: string; required: boolean; answers?: string[] }[];
}

/**
 * The two user settings Zoom checks before handing out a caption URL ("Closed captioning" and
 * "Allow use of caption API Token…", `in_meeting.closed_caption` and
 * `closed_captioning.third_party_captioning_service` in the user settings API).
 */
export interface CaptionSettings {
  closed_caption: boolean;
  third_party_captioning_service: boolean;
}

export interface ExtraSlices {
  liveEvents: SandboxLiveEvent[];
  /** Keyed by `meeting:<id>` or `webinar:<id>`. */
  registrationQuestions: Record<string, RegistrationQuestions>;
  /** Keyed by user id; a user without an entry has Zoom's defaults (both off). */
  captionSettings: Record<string, CaptionSettings>;
}

export function extraState(state: SandboxState): ExtraSlices {
  const s = state as SandboxState & Partial<ExtraSlices>;
  s.liveEvents ??= [];
  s.registrationQuestions ??= {};
  s.captionSettings ??= {};
  return s as SandboxState & ExtraSlices;
}
