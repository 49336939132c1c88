/**
 * Control API for captions (tests and demo tooling; not Zoom):
 * - `GET /_sandbox/captions?meetingId=` → `{captions:[{meeting_id, seq, lang, text, received_at}]}` by seq;
 * - `GET|PUT /_sandbox/caption-settings/{userId}` reads/sets a host's two caption settings;
 * - `POST /_sandbox/webinars/{webinarId}/live` `{action: "start"|"end"}`: the webinar twin of the
 *   core's meeting control, because a webinar's caption URL exists only once it has started.
 */
import { json } from "../http";
import type { ControlContext, ControlRouteDef, CaptionSettings } from "../types";
import { findUser } from "../users/lookup";
import { findWebinarIn } from "../webinars/lookup";

function listCaptions(ctx: ControlContext): Response {
  const id = ctx.query.get("meetingId");
  if (!id || !/^\d+$/.test(id)) return json(400, { code: 300, message: "meetingId is required." });
  const captions = ctx.state.captions.filter((c) => c.meeting_id === Number(id)).sort((a, b) => a.seq - b.seq);
  return json(200, { captions });
}

function settingsOf(ctx: ControlContext, userId: string): CaptionSettings {
  return ctx.state.captionSettings[userId] ?? { closed_caption: false, third_party_captioning_service: false };
}

function getSettings(ctx: ControlContext): Response {
  const user = findUser(ctx.state, ctx.params.userId);
  if (!user) return json(404, { code: 1001, message: `User does not exist: ${ctx.params.userId}.` });
  return json(200, settingsOf(ctx, user.id));
}

function putSettings(ctx: ControlContext): Response {
  const user = findUser(ctx.state, ctx.params.userId);
  if (!user) return json(404, { code: 1001, message: `User does not exist: ${ctx.params.userId}.` });
  const body = (ctx.body ?? {}) as Partial<CaptionSettings>;
  const next = { ...settingsOf(ctx, user.id) };
  for (const key of ["closed_caption", "third_party_captioning_service"] as const) {
    if (body[key] !== undefined) {
      if (typeof body[key] !== "boolean") return json(400, { code: 300, message: `${key} must be a boolean.` });
      next[key] = body[key];
    }
  }
  ctx.state.captionSettings[user.id] = next;
  return json(200, next);
}

function webinarLive(ctx: ControlContext): Response {
  const webinar = findWebinarIn(ctx.state, ctx.params.webinarId);
  if (!webinar) return json(404, { error: `Webinar ${ctx.params.webinarId} not found.` });
  const action = (ctx.body as { action?: unknown } | undefined)?.action;
  if (action !== "start" && action !== "end") return json(400, { error: 'action must be "start" or "end".' });
  webinar.status = action === "start" ? "started" : "finished";
  return json(200, { id: webinar.id, uuid: webinar.uuid, status: webinar.status });
}

export const captionControlRoutes: ControlRouteDef[] = [
  { method: "GET", path: "/captions", handle: listCaptions },
  { method: "GET", path: "/caption-settings/{userId}", handle: getSettings },
  { method: "PUT", path: "/caption-settings/{userId}", handle: putSettings },
  { method: "POST", path: "/webinars/{webinarId}/live", handle: webinarLive },
];
