/**
 * `GET /users/{userId}/settings` (`userSettings`), reduced to the settings the sandbox models: the
 * caption pair (`captionSettings`) and cloud recording (`liveSettings`). Zoom answers several dozen
 * groups; a client reads the fields it needs, and these are the ones the dashboard reads. `option`
 * values (meeting_authentication, …) answer the same groups, which Zoom's schema also allows.
 */
import { json } from "../http";
import type { RouteContext, RouteDef } from "../types";
import { liveSettingsOf } from "../live-meetings/state";
import { resolveUser } from "./lookup";

function getSettings(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  const captions = ctx.state.captionSettings[user.id] ?? { closed_caption: false, third_party_captioning_service: false };
  const live = liveSettingsOf(ctx.state, user.id);
  // Where Zoom's schema has them: every caption setting sits inside `in_meeting`.
  return json(200, {
    in_meeting: {
      closed_caption: captions.closed_caption,
      closed_captioning: { enable: captions.closed_caption, third_party_captioning_service: captions.third_party_captioning_service },
    },
    recording: { cloud_recording: live.cloud_recording },
  });
}

export const userSettingsRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/users/{userId}/settings",
    operationId: "userSettings",
    rateLimit: "MEDIUM",
    scopes: ["user:read", "user:write", "user:read:admin", "user:write:admin", "user:read:settings", "user:read:settings:admin"],
    handle: getSettings,
  },
];
