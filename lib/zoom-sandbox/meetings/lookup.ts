/**
 * Resolving `{meetingId}`: a numeric id, or a meeting-instance UUID (possibly double-encoded,
 * as Zoom requires for UUIDs that start with `/` or contain `//`).
 */
import { canActOnUser } from "../access";
import { ZoomSandboxError, type MeetingOrWebinar, type RouteContext, type SandboxMeeting, type SandboxState } from "../types";

/** Decodes a UUID that a client double-encoded; the router has already decoded it once. */
export function decodeUuidParam(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Finds a meeting by numeric id or by the UUID of its current or a past instance; no access check. Deleted meetings are skipped unless asked for. */
export function findMeetingIn(
  state: SandboxState,
  meetingId: string,
  opts: { includeDeleted?: boolean } = {},
): SandboxMeeting | undefined {
  const candidates = opts.includeDeleted ? state.meetings : state.meetings.filter((m) => !m.deleted_at);
  if (/^\d+$/.test(meetingId)) {
    const id = Number(meetingId);
    return candidates.find((m) => m.id === id);
  }
  const uuid = decodeUuidParam(meetingId);
  return candidates.find((m) => m.uuid === uuid || m.instances.some((i) => i.uuid === uuid));
}

/**
 * The meeting named by `meetingId`, if the caller may see it. Throws 404
 * `{"code":3001,"message":"Meeting does not exist: {meetingId}."}` otherwise (including for a
 * colleague's meeting seen through a member's user-level token).
 */
export function findMeeting(ctx: RouteContext, meetingId: string): SandboxMeeting {
  const meeting = findMeetingIn(ctx.state, meetingId);
  if (!meeting || !canActOnUser(ctx, meeting.host_id)) {
    throw new ZoomSandboxError(404, 3001, `Meeting does not exist: ${meetingId}.`);
  }
  return meeting;
}

/** A meeting or webinar is live while the control API (or a host) has started it. */
export function isLive(item: MeetingOrWebinar): boolean {
  return item.status === "started";
}
