/**
 * `POST /users/{userId}/meetings` → 201 with the full meeting object.
 */
import { isoZ } from "../clock";
import { json } from "../http";
import { newId, newUuid } from "../ids";
import { templateFor } from "../templates/apply";
import { ZoomSandboxError, type RouteContext, type SandboxMeeting } from "../types";
import { resolveUser } from "../users/lookup";
import { parseBody } from "../validation";
import { assertAlternativeHosts, assertCanHost } from "./host";
import { meetingInput, type RecurrenceInput } from "./input";
import { newPasscode } from "./links";
import { scheduleHost } from "./schedule-for";
import { meetingJson } from "./serialize";
import { defaultMeetingSettings, mergeSettings } from "./settings";
import { resolveTiming } from "./timing";

export function createMeeting(ctx: RouteContext): Response {
  const pathUser = resolveUser(ctx, ctx.params.userId);
  const input = parseBody(meetingInput, ctx.body);
  const template = input.template_id ? templateFor(ctx, pathUser, input.template_id, "meeting").source : undefined;
  const type = (input.type ?? (template?.type as SandboxMeeting["type"] | undefined) ?? 2) as SandboxMeeting["type"];
  const host = scheduleHost(ctx, pathUser, input.schedule_for, type);
  assertCanHost(host);
  assertAlternativeHosts(ctx.state, input.settings?.alternative_hosts);
  if (input.pre_schedule && type !== 2 && type !== 3) {
    throw new ZoomSandboxError(400, 3000, "Prescheduling is only available for scheduled meetings (type 2) and recurring meetings with no fixed time (type 3).");
  }

  const now = ctx.now();
  const recurrence = input.recurrence ?? (template?.recurrence as RecurrenceInput | undefined);
  const timing = resolveTiming({ type, start_time: input.start_time, timezone: input.timezone, recurrence }, host.timezone, now);
  const password = input.password ?? (input.default_password === false ? "" : newPasscode(ctx));
  const settings = mergeSettings(mergeSettings(defaultMeetingSettings(), template?.settings), input.settings);

  const meeting: SandboxMeeting = {
    id: newId(ctx),
    uuid: newUuid(ctx),
    host_id: host.id,
    host_email: host.email,
    topic: input.topic ?? "Zoom Meeting",
    type,
    status: "waiting",
    start_time: timing.start_time,
    duration: input.duration ?? template?.duration ?? 60,
    timezone: timing.timezone,
    agenda: input.agenda ?? template?.agenda ?? "",
    created_at: isoZ(now),
    password,
    recurrence: timing.recurrence,
    settings,
    occurrenceOverrides: {},
    template_id: input.template_id,
    tracking_fields: input.tracking_fields?.map((f) => ({ field: f.field, value: f.value ?? "" })),
    pre_schedule: input.pre_schedule ?? false,
    instances: [],
    creation_source: "open_api",
  };
  ctx.state.meetings.push(meeting);
  return json(201, meetingJson(ctx, meeting));
}
