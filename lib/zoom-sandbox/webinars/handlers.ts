/**
 * Webinar operations: list, create (201), get, update (204, per occurrence too), delete (204).
 * Hosts need a webinar licence (`webinar_enabled`), else Zoom's 400/200 "Webinar plan is missing…".
 */
import { isoZ } from "../clock";
import { json, noContent } from "../http";
import { newId, newUuid } from "../ids";
import { assertAlternativeHosts, assertCanHostWebinars } from "../meetings/host";
import { webinarInput, type RecurrenceInput } from "../meetings/input";
import { newPasscode } from "../meetings/links";
import { occurrencesOf, seriesStart, type Occurrence } from "../meetings/occurrences";
import { scheduleHost } from "../meetings/schedule-for";
import { defaultWebinarSettings, mergeSettings } from "../meetings/settings";
import { parseStartTime } from "../meetings/time";
import { normaliseRecurrence, resolveTiming } from "../meetings/timing";
import { paginate } from "../pagination";
import { templateFor } from "../templates/apply";
import { ZoomSandboxError, type RouteContext, type SandboxWebinar } from "../types";
import { findUser, resolveUser } from "../users/lookup";
import { parseBody, queryFlag, validationError } from "../validation";
import { findWebinar } from "./lookup";
import { webinarJson, webinarListItem } from "./serialize";

function occurrenceParam(w: SandboxWebinar, occurrenceId: string | null): Occurrence | undefined {
  if (!occurrenceId) return undefined;
  const found = occurrencesOf(w).find((o) => o.occurrence_id === occurrenceId);
  if (!found) throw new ZoomSandboxError(400, 3000, "Webinar occurrence does not exist.");
  return found;
}

export function listWebinars(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  assertCanHostWebinars(user);
  const type = ctx.query.get("type") || "scheduled";
  if (type !== "scheduled" && type !== "upcoming") throw validationError(["type"]);
  const nowMs = ctx.now().getTime();
  const rows = ctx.state.webinars
    .filter((w) => w.host_id === user.id && !w.deleted_at)
    .map((w) => ({ w, start: w.type === 6 ? undefined : seriesStart(w, nowMs) }))
    .filter(({ w, start }) => {
      if (type === "scheduled") return true;
      if (!start) return w.type === 6;
      return Date.parse(start) + w.duration * 60_000 > nowMs;
    })
    .sort((a, b) => (a.start ?? "~").localeCompare(b.start ?? "~") || a.w.id - b.w.id);
  const page = paginate(ctx, rows, { defaultSize: 30, maxSize: 300, key: `webinars:${user.id}:${type}` });
  return json(200, {
    page_count: page.page_count,
    page_number: page.page_number,
    page_size: page.page_size,
    total_records: page.total_records,
    next_page_token: page.next_page_token,
    webinars: page.items.map(({ w, start }) => webinarListItem(ctx, w, start)),
  });
}

export function createWebinar(ctx: RouteContext): Response {
  const pathUser = resolveUser(ctx, ctx.params.userId);
  const input = parseBody(webinarInput, ctx.body);
  const template = input.template_id ? templateFor(ctx, pathUser, input.template_id, "webinar").source : undefined;
  const type = (input.type ?? template?.type ?? 5) as SandboxWebinar["type"];
  const host = scheduleHost(ctx, pathUser, input.schedule_for, type);
  assertCanHostWebinars(host);
  assertAlternativeHosts(ctx.state, input.settings?.alternative_hosts);
  if (input.is_simulive) throw new ZoomSandboxError(400, 300, "Account hasn't enabled simulive webinar.");
  const now = ctx.now();
  const recurrence = input.recurrence ?? (template?.recurrence as RecurrenceInput | undefined);
  const timing = resolveTiming({ type, start_time: input.start_time, timezone: input.timezone, recurrence }, host.timezone, now);
  const webinar: SandboxWebinar = {
    id: newId(ctx),
    uuid: newUuid(ctx),
    host_id: host.id,
    host_email: host.email,
    topic: input.topic ?? "Zoom Webinar",
    type,
    status: "waiting",
    start_time: timing.start_time,
    duration: input.duration ?? template?.duration ?? 60,
    timezone: timing.timezone,
    agenda: input.agenda ?? template?.agenda ?? "",
    created_at: isoZ(now),
    password: input.password ?? (input.default_passcode === false ? "" : newPasscode(ctx)),
    recurrence: timing.recurrence,
    settings: mergeSettings(mergeSettings(defaultWebinarSettings(), template?.settings), input.settings),
    occurrenceOverrides: {},
    template_id: input.template_id,
    tracking_fields: input.tracking_fields?.map((f) => ({ field: f.field, value: f.value ?? "" })),
    instances: [],
    is_simulive: false,
    creation_source: "open_api",
  };
  ctx.state.webinars.push(webinar);
  return json(201, webinarJson(ctx, webinar));
}

export function getWebinar(ctx: RouteContext): Response {
  const webinar = findWebinar(ctx, ctx.params.webinarId);
  const occurrence = occurrenceParam(webinar, ctx.query.get("occurrence_id"));
  return json(200, webinarJson(ctx, webinar, { occurrence, showPrevious: queryFlag(ctx.query, "show_previous_occurrences") }));
}

export function updateWebinar(ctx: RouteContext): Response {
  const webinar = findWebinar(ctx, ctx.params.webinarId);
  const input = parseBody(webinarInput, ctx.body);
  const occurrence = occurrenceParam(webinar, ctx.query.get("occurrence_id"));
  if (occurrence) {
    const override = { ...webinar.occurrenceOverrides[occurrence.occurrence_id] };
    if (input.start_time) override.start_time = isoZ(parseStartTime(input.start_time, input.timezone || webinar.timezone));
    if (input.duration !== undefined) override.duration = input.duration;
    webinar.occurrenceOverrides[occurrence.occurrence_id] = override;
    return noContent();
  }
  // Refused before anything changes: Zoom applies an update whole or not at all.
  assertAlternativeHosts(ctx.state, input.settings?.alternative_hosts);
  const currentHost = findUser(ctx.state, webinar.host_id);
  if (input.schedule_for && currentHost) {
    const host = scheduleHost(ctx, currentHost, input.schedule_for, webinar.type);
    assertCanHostWebinars(host);
    webinar.host_id = host.id;
    webinar.host_email = host.email;
  }
  if (input.topic !== undefined) webinar.topic = input.topic;
  if (input.agenda !== undefined) webinar.agenda = input.agenda;
  if (input.duration !== undefined) webinar.duration = input.duration;
  if (input.password !== undefined) webinar.password = input.password;
  if (input.tracking_fields) webinar.tracking_fields = input.tracking_fields.map((f) => ({ field: f.field, value: f.value ?? "" }));
  if (input.settings) webinar.settings = mergeSettings(webinar.settings, input.settings);
  if (input.type !== undefined || input.start_time !== undefined || input.timezone !== undefined || input.recurrence !== undefined) {
    const type = (input.type ?? webinar.type) as SandboxWebinar["type"];
    const recurrence = input.recurrence ?? (webinar.recurrence as RecurrenceInput | undefined);
    const timing = resolveTiming(
      { type, start_time: input.start_time ?? webinar.start_time, timezone: input.timezone ?? webinar.timezone, recurrence: type === 5 ? undefined : recurrence },
      webinar.timezone,
      ctx.now(),
    );
    webinar.type = type;
    webinar.start_time = timing.start_time;
    webinar.timezone = timing.timezone;
    webinar.recurrence = timing.recurrence ?? (type === 6 && recurrence ? normaliseRecurrence(recurrence) : undefined);
    webinar.occurrenceOverrides = {};
  }
  return noContent();
}

export function deleteWebinar(ctx: RouteContext): Response {
  const webinar = findWebinar(ctx, ctx.params.webinarId);
  const occurrence = occurrenceParam(webinar, ctx.query.get("occurrence_id"));
  if (occurrence) {
    webinar.occurrenceOverrides[occurrence.occurrence_id] = { ...webinar.occurrenceOverrides[occurrence.occurrence_id], deleted: true };
  } else {
    webinar.deleted_at = isoZ(ctx.now());
  }
  return noContent();
}
