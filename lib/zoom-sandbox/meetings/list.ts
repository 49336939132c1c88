/**
 * `GET /users/{userId}/meetings` and `GET /users/{userId}/upcoming_meetings`.
 * One entry per meeting (a series appears once, at its next occurrence); instant meetings are
 * never listed; "scheduled" hides expired meetings the way Zoom's meeting-ID expiry does.
 */
import { isoZ } from "../clock";
import { json } from "../http";
import { paginate } from "../pagination";
import { ZoomSandboxError, type RouteContext, type SandboxMeeting } from "../types";
import { resolveUser } from "../users/lookup";
import { validationError } from "../validation";
import { joinUrl } from "./links";
import { meetingListItem } from "./serialize";
import { lastScheduledStart, occurrencesOf, seriesStart } from "./occurrences";
import { isValidZone, localDate } from "./time";

const DAY = 24 * 3600 * 1000;
const SIX_MONTHS = 183 * DAY;
const LIST_TYPES = ["scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings"] as const;
type ListType = (typeof LIST_TYPES)[number];

/** Zoom's expiry: 30 days after the last (scheduled or actual) start for one-off meetings, 365 for series. */
function unexpired(m: SandboxMeeting, nowMs: number): boolean {
  if (m.status === "started") return true;
  const lastInstance = m.instances.length ? Date.parse(m.instances[m.instances.length - 1].start_time) : 0;
  const scheduled = lastScheduledStart(m) ?? Date.parse(m.created_at);
  const last = Math.max(lastInstance, scheduled);
  const ttl = m.type === 2 || m.type === 10 ? 30 * DAY : 365 * DAY;
  return last + ttl > nowMs;
}

function nextStart(m: SandboxMeeting, nowMs: number): number | undefined {
  if (m.type === 8) {
    const next = occurrencesOf(m).find((o) => o.status === "available" && o.startMs + o.duration * 60_000 > nowMs);
    return next?.startMs;
  }
  if (!m.start_time) return undefined;
  const start = Date.parse(m.start_time);
  return start + m.duration * 60_000 > nowMs ? start : undefined;
}

interface Entry {
  meeting: SandboxMeeting;
  start_time?: string;
  uuid?: string;
}

function entryFor(m: SandboxMeeting, type: ListType, nowMs: number): Entry | undefined {
  switch (type) {
    case "live":
      return m.status === "started" ? { meeting: m, start_time: m.live_started_at ?? seriesStart(m, nowMs) } : undefined;
    case "scheduled":
      return unexpired(m, nowMs) ? { meeting: m, start_time: m.type === 3 ? undefined : seriesStart(m, nowMs) } : undefined;
    case "upcoming":
    case "upcoming_meetings": {
      if (m.type === 3) return unexpired(m, nowMs) ? { meeting: m } : undefined;
      if (m.status === "started") return { meeting: m, start_time: seriesStart(m, nowMs) };
      const next = nextStart(m, nowMs);
      return next !== undefined && next - nowMs <= SIX_MONTHS ? { meeting: m, start_time: isoZ(next) } : undefined;
    }
    case "previous_meetings": {
      const instance = m.instances[m.instances.length - 1];
      if (instance && nowMs - Date.parse(instance.start_time) <= SIX_MONTHS) {
        return { meeting: m, start_time: instance.start_time, uuid: instance.uuid };
      }
      const last = lastScheduledStart(m);
      if (m.type !== 3 && last !== undefined && last + m.duration * 60_000 <= nowMs && nowMs - last <= SIX_MONTHS) {
        return { meeting: m, start_time: isoZ(last) };
      }
      return undefined;
    }
  }
}

function dateParam(ctx: RouteContext, name: string): string | undefined {
  const value = ctx.query.get(name);
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw validationError([name]);
  return value;
}

export function listMeetings(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  const type = (ctx.query.get("type") || "scheduled") as ListType;
  if (!LIST_TYPES.includes(type)) throw new ZoomSandboxError(400, 300, `Invalid field.`, [{ field: "type", message: "Invalid field." }]);
  const from = dateParam(ctx, "from");
  const to = dateParam(ctx, "to");
  const zone = ctx.query.get("timezone") || user.timezone;
  if (!isValidZone(zone)) throw validationError(["timezone"]);
  const nowMs = ctx.now().getTime();

  const entries = ctx.state.meetings
    .filter((m) => m.host_id === user.id && !m.deleted_at && m.type !== 1 && !m.is_pmi)
    .map((m) => entryFor(m, type, nowMs))
    .filter((e): e is Entry => e !== undefined)
    .filter((e) => {
      if (!from && !to) return true;
      if (!e.start_time) return false;
      const day = localDate(e.start_time, zone);
      return (!from || day >= from) && (!to || day <= to);
    })
    .sort((a, b) => {
      if (a.start_time && b.start_time && a.start_time !== b.start_time) return a.start_time < b.start_time ? -1 : 1;
      if (!a.start_time !== !b.start_time) return a.start_time ? -1 : 1;
      return a.meeting.id - b.meeting.id;
    });

  const page = paginate(ctx, entries, { defaultSize: 30, maxSize: 300, key: `meetings:${user.id}:${type}:${from}:${to}:${zone}` });
  const body: Record<string, unknown> = {
    page_size: page.page_size,
    total_records: page.total_records,
    next_page_token: page.next_page_token,
  };
  if (ctx.query.has("page_number")) {
    body.page_count = page.page_count;
    body.page_number = page.page_number;
  }
  body.meetings = page.items.map((e) => meetingListItem(ctx, e.meeting, e));
  return json(200, body);
}

function invited(m: SandboxMeeting, email: string): boolean {
  const lower = email.toLowerCase();
  const alternatives = String(m.settings.alternative_hosts ?? "").toLowerCase().split(/[;,]/).map((s) => s.trim());
  const invitees = (m.settings.meeting_invitees as { email?: string }[] | undefined) ?? [];
  return alternatives.includes(lower) || invitees.some((i) => i.email?.toLowerCase() === lower);
}

/** Meetings the user hosts or is invited to that start within the next 24 hours (or are live). */
export function listUpcomingMeetings(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  const nowMs = ctx.now().getTime();
  const rows = ctx.state.meetings
    .filter((m) => !m.deleted_at && m.type !== 3 && !m.is_pmi && (m.host_id === user.id || invited(m, user.email)))
    .map((m) => ({ m, start: m.status === "started" ? Date.parse(m.live_started_at ?? m.start_time ?? m.created_at) : nextStart(m, nowMs) }))
    .filter((r): r is { m: SandboxMeeting; start: number } => r.start !== undefined && r.start - nowMs <= DAY)
    .sort((a, b) => a.start - b.start);
  return json(200, {
    total_records: rows.length,
    meetings: rows.map(({ m, start }) => ({
      id: m.id,
      topic: m.topic,
      type: m.type === 10 ? 2 : m.type,
      start_time: isoZ(start),
      duration: m.duration,
      timezone: m.timezone,
      created_at: m.created_at,
      join_url: joinUrl(ctx.baseUrl, m.id, m.password),
      passcode: m.password,
      use_pmi: m.is_pmi === true || m.settings.use_pmi === true,
      is_host: m.host_id === user.id,
      is_all_day: false,
    })),
  });
}
