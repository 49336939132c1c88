/**
 * `GET /meetings/{meetingId}/token` and `GET /webinars/{webinarId}/token` with
 * `type=closed_caption_token` (the only, and default, type): the caption URL for a third-party
 * captioning service. The host must have both caption settings on (`captionSettings` in types.ts).
 */
import { ZoomSandboxError, type MeetingOrWebinar, type RouteContext, type RouteDef } from "../types";
import { findMeeting, isLive } from "../meetings/lookup";
import { findWebinar } from "../webinars/lookup";
import { json } from "../http";
import { assertValid, invalid } from "../validation";
import { captionUrl } from "./signing";

const CAPTIONS_DISABLED =
  "Closed captioning disabled. To enable this feature, enable the **Closed captioning** and **Allow use of caption API Token to integrate with 3rd-party Closed Captioning services** settings in the Zoom web portal's **Settings** interface.";

function checkType(ctx: RouteContext): void {
  const type = ctx.query.get("type");
  if (type && type !== "closed_caption_token") assertValid([invalid("type")]);
}

function captionsAllowed(ctx: RouteContext, parent: MeetingOrWebinar): boolean {
  const settings = ctx.state.captionSettings[parent.host_id];
  return Boolean(settings?.closed_caption && settings.third_party_captioning_service);
}

function meetingToken(ctx: RouteContext): Response {
  checkType(ctx);
  const meeting = findMeeting(ctx, ctx.params.meetingId);
  if (!captionsAllowed(ctx, meeting)) throw new ZoomSandboxError(400, 3000, CAPTIONS_DISABLED);
  return json(200, { token: captionUrl(ctx.baseUrl, meeting.id, ctx.now().getTime()) });
}

function webinarToken(ctx: RouteContext): Response {
  checkType(ctx);
  const webinar = findWebinar(ctx, ctx.params.webinarId);
  if (!captionsAllowed(ctx, webinar)) throw new ZoomSandboxError(400, 3000, CAPTIONS_DISABLED);
  // Only webinars document this: their caption URL exists once the webinar has started.
  if (!isLive(webinar)) throw new ZoomSandboxError(400, 3000, `Webinar ${webinar.id} has not started.`);
  return json(200, { token: captionUrl(ctx.baseUrl, webinar.id, ctx.now().getTime()) });
}

export const captionTokenRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/meetings/{meetingId}/token",
    operationId: "meetingToken",
    rateLimit: "LIGHT",
    scopes: ["meeting:read", "meeting:read:admin", "meeting:read:token", "meeting:read:token:admin"],
    handle: meetingToken,
  },
  {
    method: "GET",
    path: "/webinars/{webinarId}/token",
    operationId: "webinarToken",
    rateLimit: "LIGHT",
    scopes: ["webinar:read", "webinar:read:admin", "webinar:read:token", "webinar:read:token:admin"],
    handle: webinarToken,
  },
];
