/**
 * Zoom's in-meeting operations (Meetings API: `inMeetingControl`, `meetingToken`, `webinarToken`)
 * and the host settings they depend on (Users API: `userSettings`). One function per operation; no
 * viewers, roles or HTTP here. Posting captions to the caption URL is lib/zoom/captions.ts.
 */
import { zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/**
 * `PATCH /live_meetings/{meetingId}/events` → 202 with no body. A PATCH is never repeated by the
 * client (a recording.start that timed out may have happened), so a lost answer surfaces as such.
 */
export async function sendLiveEvent(ctx: ZoomContext, meetingId: string, body: { method: string; params?: Record<string, unknown> }): Promise<{ status: number; trackingId: string | null }> {
  const res = await zoomFetch<void>(ctx, `/live_meetings/${encodeURIComponent(meetingId)}/events`, { method: "PATCH", operation: "inMeetingControl", body });
  return { status: res.status, trackingId: res.trackingId };
}

/** `GET /{meetings|webinars}/{id}/token?type=closed_caption_token`: the caption URL (a secret-bearing URL). */
export async function getCaptionUrl(ctx: ZoomContext, kind: ScheduledKind, id: string): Promise<string> {
  const { data } = await zoomFetch<{ token?: string }>(ctx, `/${kind}s/${encodeURIComponent(id)}/token`, {
    operation: kind === "meeting" ? "meetingToken" : "webinarToken",
    query: { type: "closed_caption_token" },
  });
  if (!data?.token) throw new Error("Zoom answered the caption token call without a token.");
  return data.token;
}

/** The few user settings the live panel reads; Zoom answers many more groups. */
export interface ZoomLiveSettings {
  recording?: { cloud_recording?: boolean };
  /**
   * Zoom's schema keeps the caption settings inside `in_meeting`: `closed_caption` (captions on),
   * `closed_captioning.{enable, third_party_captioning_service}` and the older
   * `manual_captioning.{manual_captions, third_party_captioning_service}`.
   */
  in_meeting?: {
    closed_caption?: boolean;
    closed_captioning?: { enable?: boolean; third_party_captioning_service?: boolean };
    manual_captioning?: { manual_captions?: boolean; third_party_captioning_service?: boolean };
  };
}

/** Whether the host may send captions through a caption API token; null when the settings say nothing either way. */
export function thirdPartyCaptionsAllowed(settings: ZoomLiveSettings): boolean | null {
  const m = settings.in_meeting;
  const token = m?.closed_captioning?.third_party_captioning_service ?? m?.manual_captioning?.third_party_captioning_service;
  const on = m?.closed_caption ?? m?.closed_captioning?.enable ?? m?.manual_captioning?.manual_captions;
  if (token === undefined && on === undefined) return null;
  return Boolean(token && on);
}

/** `GET /users/{userId}/settings` (`userSettings`). */
export async function getUserSettings(ctx: ZoomContext, userId: string): Promise<ZoomLiveSettings> {
  const { data } = await zoomFetch<ZoomLiveSettings>(ctx, `/users/${encodeURIComponent(userId)}/settings`, { operation: "userSettings" });
  return data ?? {};
}
