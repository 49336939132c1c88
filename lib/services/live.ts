/**
 * The live panel for a viewer: whether a meeting or webinar is running now, which in-meeting
 * controls can work and why not, and sending one control. Members act only on what they host
 * (checked on the item Zoom returns, before any control is sent); admins through the account.
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { ApiError } from "@/lib/errors/api-error";
import { DIAL_OUT_METHODS, type LiveEvent } from "@/lib/schemas/live";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import { ensureHosts, itemContext } from "@/lib/services/access";
import type { ZoomContext } from "@/lib/zoom/context";
import { getUserSettings, sendLiveEvent, thirdPartyCaptionsAllowed, type ZoomLiveSettings } from "@/lib/zoom/live";
import { getMeeting } from "@/lib/zoom/meetings";
import { getWebinar } from "@/lib/zoom/webinars";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import type { LiveControlId, LiveStatusView } from "@/lib/zoom/types/live";

export interface LiveItem {
  ctx: ZoomContext;
  item: { id: number; host_id: string; topic: string; status?: string; start_time?: string; host_email?: string };
}

/** The meeting or webinar as Zoom has it, after checking the viewer may act on it. */
export async function openLiveItem(viewer: Viewer, ref: ScheduledRef): Promise<LiveItem> {
  const ctx = await itemContext(viewer);
  const item = ref.kind === "meeting" ? await getMeeting(ctx, ref.id) : await getWebinar(ctx, ref.id);
  ensureHosts(viewer, ctx, item, ref.kind);
  return { ctx, item: item as LiveItem["item"] };
}

/** The host's settings, or null when Zoom will not say (a missing scope): then nothing is disabled on a guess. */
async function hostSettings(ctx: ZoomContext, hostId: string): Promise<ZoomLiveSettings | null> {
  try {
    return await getUserSettings(ctx, ctx.zoomUserId === hostId ? "me" : hostId);
  } catch (error) {
    if (error instanceof ZoomApiError && error.status !== 0 && error.status !== 429) return null;
    throw error;
  }
}

const allowed = { enabled: true, reason: null };
const off = (reason: string) => ({ enabled: false, reason });

export async function liveStatusFor(viewer: Viewer, ref: ScheduledRef): Promise<LiveStatusView> {
  const { ctx, item } = await openLiveItem(viewer, ref);
  // Zoom reports a meeting's status, but a webinar's object has none: for webinars it is unknown.
  const live = ref.kind === "meeting" ? item.status === "started" : null;
  const settings = await hostSettings(ctx, item.host_id);
  const cloudRecording = settings?.recording?.cloud_recording ?? null;
  const captionsOn = settings ? thirdPartyCaptionsAllowed(settings) : null;
  const notLive = off(`The ${ref.kind} is not running. Controls work while it is live.`);
  const liveOr = (ok: { enabled: boolean; reason: string | null }) => (live === false ? notLive : ok);
  const controls: Record<LiveControlId, { enabled: boolean; reason: string | null }> = {
    recording: liveOr(cloudRecording === false ? off("Cloud recording is off for this host. Turn on Cloud recording in the Zoom web portal (Settings → Recording).") : allowed),
    invite: liveOr(allowed),
    dialOut: allowed,
    waitingRoom: liveOr(allowed),
    aiCompanion: liveOr(allowed),
    captions:
      captionsOn === false
        ? off("Closed captioning with a caption API token is off for this host. Turn on Closed captioning and “Allow use of caption API token” in the Zoom web portal.")
        : liveOr(allowed),
  };
  if (ref.kind === "webinar") {
    for (const id of ["recording", "invite", "dialOut", "waitingRoom", "aiCompanion"] as const) controls[id] = off("In-meeting controls are for meetings; webinars get captions here.");
  }
  return {
    kind: ref.kind,
    id: ref.id,
    topic: item.topic,
    hostId: item.host_id,
    hostEmail: item.host_email ?? null,
    live,
    status: item.status ?? (live === null ? "unknown" : "waiting"),
    cloudRecording,
    captionsEnabled: captionsOn,
    controls,
  };
}

/** Sends one in-meeting control. Zoom needs a live meeting for everything but the two dial-outs. */
export async function sendLiveEventFor(viewer: Viewer, meetingId: string, event: LiveEvent): Promise<{ method: string; status: number; trackingId: string | null; at: string }> {
  const { ctx, item } = await openLiveItem(viewer, { kind: "meeting", id: meetingId });
  if (item.status !== "started" && !DIAL_OUT_METHODS.includes(event.method)) {
    throw new ApiError("conflict", "The meeting is not live. Start it in Zoom first; only phone and room-system dial-outs work before it starts.");
  }
  const body = event.params === undefined ? { method: event.method } : { method: event.method, params: event.params as Record<string, unknown> };
  const res = await sendLiveEvent(ctx, meetingId, body);
  return { method: event.method, status: res.status, trackingId: res.trackingId, at: new Date().toISOString() };
}
