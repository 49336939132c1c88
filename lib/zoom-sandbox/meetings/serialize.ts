/**
 * SandboxMeeting → the JSON Zoom returns (Get/Create meeting, list items, upcoming items).
 * Every field stays inside the API Hub response schema (e.g. `status` is only waiting|started,
 * `pmi` is a string).
 */
import type { RouteContext, SandboxMeeting, SandboxUser } from "../types";
import { encryptedPasscode, joinUrl, numericPasscode, startUrl } from "./links";
import { currentOccurrences, hasFixedOccurrences, occurrencesOf, seriesStart, type Occurrence } from "./occurrences";

function hostOf(ctx: RouteContext, hostId: string): SandboxUser | undefined {
  return ctx.state.users.find((u) => u.id === hostId);
}

function usesPmi(m: SandboxMeeting): boolean {
  return m.is_pmi === true || m.settings.use_pmi === true;
}

function occurrenceJson(o: Occurrence) {
  return { occurrence_id: o.occurrence_id, start_time: o.start_time, duration: o.duration, status: o.status };
}

export interface MeetingViewOptions {
  /** Include occurrences that already ended (`show_previous_occurrences=true`). */
  showPrevious?: boolean;
  /** Show one occurrence (`occurrence_id`): its start and duration replace the series'. */
  occurrence?: Occurrence;
}

/** The full meeting object of Get/Create meeting. */
export function meetingJson(ctx: RouteContext, m: SandboxMeeting, opts: MeetingViewOptions = {}): Record<string, unknown> {
  const nowMs = ctx.now().getTime();
  const host = hostOf(ctx, m.host_id);
  const out: Record<string, unknown> = {
    uuid: m.uuid,
    id: m.id,
    host_id: m.host_id,
    host_email: host?.email ?? m.host_email,
    assistant_id: "",
    topic: m.topic,
    type: m.type,
    status: m.status === "started" ? "started" : "waiting",
  };
  if (m.type !== 3) out.start_time = opts.occurrence?.start_time ?? seriesStart(m, nowMs) ?? m.start_time;
  out.duration = opts.occurrence?.duration ?? m.duration;
  out.timezone = m.timezone;
  out.agenda = m.agenda;
  out.created_at = m.created_at;
  out.start_url = startUrl(ctx.baseUrl, m.id, m.host_id);
  out.join_url = joinUrl(ctx.baseUrl, m.id, m.password);
  if (m.settings.approval_type === 0 || m.settings.approval_type === 1) {
    out.registration_url = `${ctx.baseUrl}/meeting/register/${m.id}`;
  }
  out.password = m.password;
  out.h323_password = numericPasscode(m.password);
  out.pstn_password = numericPasscode(m.password);
  out.encrypted_password = m.password ? encryptedPasscode(m.id, m.password) : "";
  if (usesPmi(m) && host) out.pmi = String(host.pmi);
  if (hasFixedOccurrences(m.type)) {
    const list = opts.occurrence ? [opts.occurrence] : opts.showPrevious ? occurrencesOf(m) : currentOccurrences(m, nowMs);
    out.occurrences = list.map(occurrenceJson);
  }
  if (m.recurrence && (m.type === 8 || m.type === 3)) out.recurrence = { ...m.recurrence };
  out.settings = { ...m.settings };
  out.pre_schedule = m.pre_schedule ?? false;
  if (m.template_id) out.template_id = m.template_id;
  if (m.tracking_fields?.length) out.tracking_fields = m.tracking_fields.map((f) => ({ ...f, visible: true }));
  out.creation_source = m.creation_source ?? "open_api";
  return out;
}

/** An entry of List meetings: Zoom truncates the agenda to 250 characters there. */
export function meetingListItem(ctx: RouteContext, m: SandboxMeeting, view: { start_time?: string; uuid?: string }): Record<string, unknown> {
  const host = hostOf(ctx, m.host_id);
  const out: Record<string, unknown> = {
    uuid: view.uuid ?? m.uuid,
    id: m.id,
    host_id: m.host_id,
    topic: m.topic,
    type: m.type,
  };
  if (view.start_time) out.start_time = view.start_time;
  out.duration = m.duration;
  out.timezone = m.timezone;
  if (m.agenda) out.agenda = m.agenda.slice(0, 250);
  out.created_at = m.created_at;
  out.join_url = joinUrl(ctx.baseUrl, m.id, m.password);
  if (usesPmi(m) && host) out.pmi = String(host.pmi);
  return out;
}
