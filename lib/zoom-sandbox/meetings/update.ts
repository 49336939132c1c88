/**
 * `PATCH /meetings/{meetingId}` → 204. With `occurrence_id` only that occurrence's start time and
 * duration change (its id stays the original start, as in Zoom); other fields apply to the series.
 */
import { isoZ } from "../clock";
import { noContent } from "../http";
import { templateFor } from "../templates/apply";
import type { RouteContext, SandboxMeeting } from "../types";
import { findUser } from "../users/lookup";
import { parseBody } from "../validation";
import { occurrenceParam } from "./detail";
import { assertAlternativeHosts, assertCanHost } from "./host";
import { meetingInput, type RecurrenceInput } from "./input";
import { findMeeting } from "./lookup";
import { scheduleHost } from "./schedule-for";
import { mergeSettings } from "./settings";
import { parseStartTime } from "./time";
import { normaliseRecurrence, resolveTiming } from "./timing";

export function updateMeeting(ctx: RouteContext): Response {
  const meeting = findMeeting(ctx, ctx.params.meetingId);
  const input = parseBody(meetingInput, ctx.body);
  const occurrence = occurrenceParam(meeting, ctx.query.get("occurrence_id"));

  if (occurrence) {
    const override = { ...meeting.occurrenceOverrides[occurrence.occurrence_id] };
    if (input.start_time) override.start_time = isoZ(parseStartTime(input.start_time, input.timezone || meeting.timezone));
    if (input.duration !== undefined) override.duration = input.duration;
    meeting.occurrenceOverrides[occurrence.occurrence_id] = override;
    return noContent();
  }

  // Refused before anything changes: Zoom applies an update whole or not at all.
  assertAlternativeHosts(ctx.state, input.settings?.alternative_hosts);
  const currentHost = findUser(ctx.state, meeting.host_id);
  if (input.schedule_for && currentHost) {
    const host = scheduleHost(ctx, currentHost, input.schedule_for, meeting.type);
    assertCanHost(host);
    meeting.host_id = host.id;
    meeting.host_email = host.email;
  }
  if (input.template_id && currentHost) {
    const { source } = templateFor(ctx, currentHost, input.template_id, "meeting");
    meeting.settings = mergeSettings(meeting.settings, source.settings);
    meeting.template_id = input.template_id;
  }
  if (input.topic !== undefined) meeting.topic = input.topic;
  if (input.agenda !== undefined) meeting.agenda = input.agenda;
  if (input.duration !== undefined) meeting.duration = input.duration;
  if (input.password !== undefined) meeting.password = input.password;
  if (input.pre_schedule !== undefined) meeting.pre_schedule = input.pre_schedule;
  if (input.tracking_fields) meeting.tracking_fields = input.tracking_fields.map((f) => ({ field: f.field, value: f.value ?? "" }));
  if (input.settings) meeting.settings = mergeSettings(meeting.settings, input.settings);

  const timingChanged =
    input.type !== undefined || input.start_time !== undefined || input.timezone !== undefined || input.recurrence !== undefined;
  if (timingChanged) {
    const type = (input.type ?? meeting.type) as SandboxMeeting["type"];
    const recurrence = input.recurrence ?? (meeting.recurrence as RecurrenceInput | undefined);
    const timing = resolveTiming(
      {
        type,
        // Keep the current start when only the zone or recurrence changes; a past start becomes now.
        start_time: input.start_time ?? meeting.start_time,
        timezone: input.timezone ?? meeting.timezone,
        recurrence: type === 8 || type === 3 ? recurrence : undefined,
      },
      meeting.timezone,
      ctx.now(),
    );
    meeting.type = type;
    meeting.start_time = timing.start_time;
    meeting.timezone = timing.timezone;
    meeting.recurrence = timing.recurrence ?? (type === 3 && recurrence ? normaliseRecurrence(recurrence) : undefined);
    // New dates mean new occurrence ids; edits of the old ones no longer apply.
    meeting.occurrenceOverrides = {};
  }
  return noContent();
}
