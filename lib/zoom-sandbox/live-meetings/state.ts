/**
 * What an accepted in-meeting control changes, and the host settings it needs. Zoom documents the
 * prerequisites ("Cloud recording" on, AI Companion on) and the AI Companion's 403/2314 answers; it
 * does not document the answer for a recording control that does not fit the recording's state
 * (stop before start, resume while recording) nor the exact "cloud recording off" sentence, so the
 * sandbox answers those with Zoom's documented generic `400 {code: 300}` and its own sentence.
 */
import { ZoomSandboxError, type LiveSettings, type SandboxMeeting, type SandboxState } from "../types";
import type { LiveMethod } from "./validate";

const AI_COMPANION_OFF =
  "Not allowed to manage the AI Companion. To use this feature, enable either the **Allow users to ask AI Companion questions about the meeting** setting or the **Meeting summary with AI Companion** setting in the **Settings** page of the Zoom web portal.";

/** Basic (free) users have no cloud recording in Zoom; licensed ones have it on by default. */
export function liveSettingsOf(state: SandboxState, userId: string): LiveSettings {
  const user = state.users.find((u) => u.id === userId);
  return state.liveSettings[userId] ?? { cloud_recording: user?.type === 2, ai_companion: true };
}

const refuse = (message: string) => new ZoomSandboxError(400, 300, message);

/** Checks `method` against the host's settings and the recording's state, then applies it. */
export function applyLiveEvent(state: SandboxState, meeting: SandboxMeeting, method: LiveMethod): void {
  const settings = liveSettingsOf(state, meeting.host_id);
  if (method.startsWith("ai_companion.") && !settings.ai_companion) throw new ZoomSandboxError(403, 2314, AI_COMPANION_OFF);
  if (!method.startsWith("recording.")) return;
  if (!settings.cloud_recording) throw refuse("Cloud recording is disabled for this meeting's host. Turn on Cloud recording in the Zoom web portal's Settings.");
  const current = state.liveRecordings[meeting.uuid];
  switch (method) {
    case "recording.start":
      if (current) throw refuse("The meeting is already being recorded.");
      state.liveRecordings[meeting.uuid] = "recording";
      return;
    case "recording.pause":
      if (current !== "recording") throw refuse(current ? "The recording is already paused." : "The meeting is not being recorded.");
      state.liveRecordings[meeting.uuid] = "paused";
      return;
    case "recording.resume":
      if (current !== "paused") throw refuse("The recording is not paused.");
      state.liveRecordings[meeting.uuid] = "recording";
      return;
    case "recording.stop":
      if (!current) throw refuse("The meeting is not being recorded.");
      delete state.liveRecordings[meeting.uuid];
      return;
  }
}
