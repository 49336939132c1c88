/**
 * In-meeting controls, `PATCH /live_meetings/{meetingId}/events` → 202 with no body. The meeting
 * must be live (the core's control API starts it), except for the two dial-out invitations; only
 * the host, an alternative host, or an admin-level app may send them. Every accepted call is kept
 * and can be read back from `GET /_sandbox/live-events?meetingId=`.
 */
import { json, noContent } from "../http";
import { ZoomSandboxError, type ControlContext, type ControlRouteDef, type RouteContext, type RouteDef } from "../types";
import { findMeetingIn, isLive } from "../meetings/lookup";
import { hasAdminAccess } from "../access";
import { assertValid, objectBody } from "../validation";
import { ALLOWED_WHEN_NOT_LIVE, validateEvent } from "./validate";
import { applyLiveEvent, liveSettingsOf } from "./state";
import { findUser } from "../users/lookup";
import type { LiveSettings } from "../types";

function isAlternativeHost(ctx: RouteContext, alternatives: unknown): boolean {
  if (typeof alternatives !== "string" || !alternatives) return false;
  const me = ctx.state.users.find((u) => u.id === ctx.auth.userId);
  const list = alternatives.split(/[;,]/).map((s) => s.trim().toLowerCase());
  return Boolean(me && list.includes(me.email.toLowerCase()));
}

function sendEvent(ctx: RouteContext): Response {
  const meetingId = ctx.params.meetingId;
  const notFound = new ZoomSandboxError(404, 3001, `Meeting ${meetingId} is not found or has expired.`);
  const meeting = findMeetingIn(ctx.state, meetingId);
  if (!meeting) throw notFound;
  const isHost = meeting.host_id === ctx.auth.userId || isAlternativeHost(ctx, meeting.settings.alternative_hosts);
  if (!isHost && !hasAdminAccess(ctx)) throw new ZoomSandboxError(400, 300, "No permission.");

  const body = objectBody(ctx.body);
  const { errors, method, params } = validateEvent(body);
  assertValid(errors);
  if (!isLive(meeting) && !ALLOWED_WHEN_NOT_LIVE.has(method!)) throw notFound;
  applyLiveEvent(ctx.state, meeting, method!);

  ctx.state.liveEvents.push({
    meeting_id: meeting.id,
    method: method!,
    params: structuredClone(params),
    user_id: ctx.auth.userId,
    received_at: ctx.now().toISOString(),
  });
  return noContent(202);
}

export const liveEventRoutes: RouteDef[] = [
  {
    method: "PATCH",
    path: "/live_meetings/{meetingId}/events",
    operationId: "inMeetingControl",
    rateLimit: "MEDIUM",
    scopes: ["meeting:write", "meeting:write:admin", "meeting:master", "meeting:update:in_meeting_controls", "meeting:update:in_meeting_controls:admin"],
    handle: sendEvent,
  },
];

/** The events a meeting received, and its running instance's recording state (`null` when not recording). */
function listEvents(ctx: ControlContext): Response {
  const id = ctx.query.get("meetingId");
  if (!id || !/^\d+$/.test(id)) return json(400, { code: 300, message: "meetingId is required." });
  const meeting = findMeetingIn(ctx.state, id);
  const recording = meeting && isLive(meeting) ? (ctx.state.liveRecordings[meeting.uuid] ?? null) : null;
  return json(200, { events: ctx.state.liveEvents.filter((e) => e.meeting_id === Number(id)), recording });
}

function liveSettingsRoute(ctx: ControlContext): Response {
  const user = findUser(ctx.state, ctx.params.userId);
  if (!user) return json(404, { code: 1001, message: `User does not exist: ${ctx.params.userId}.` });
  if (ctx.req.method === "PUT") {
    const body = (ctx.body ?? {}) as Partial<Record<keyof LiveSettings, unknown>>;
    const next = { ...liveSettingsOf(ctx.state, user.id) };
    for (const key of ["cloud_recording", "ai_companion"] as const) {
      if (body[key] === undefined) continue;
      if (typeof body[key] !== "boolean") return json(400, { code: 300, message: `${key} must be a boolean.` });
      next[key] = body[key];
    }
    ctx.state.liveSettings[user.id] = next;
  }
  return json(200, liveSettingsOf(ctx.state, user.id));
}

export const liveEventControlRoutes: ControlRouteDef[] = [
  { method: "GET", path: "/live-events", handle: listEvents },
  { method: "GET", path: "/live-settings/{userId}", handle: liveSettingsRoute },
  { method: "PUT", path: "/live-settings/{userId}", handle: liveSettingsRoute },
];
