/**
 * SandboxWebinar → Zoom's webinar object and list entries.
 */
import { encryptedPasscode, joinUrl, numericPasscode, startUrl } from "../meetings/links";
import { currentOccurrences, occurrencesOf, seriesStart, type Occurrence } from "../meetings/occurrences";
import type { RouteContext, SandboxWebinar } from "../types";

export function webinarJson(
  ctx: RouteContext,
  w: SandboxWebinar,
  opts: { showPrevious?: boolean; occurrence?: Occurrence } = {},
): Record<string, unknown> {
  const nowMs = ctx.now().getTime();
  const host = ctx.state.users.find((u) => u.id === w.host_id);
  const out: Record<string, unknown> = {
    uuid: w.uuid,
    id: w.id,
    host_id: w.host_id,
    host_email: host?.email ?? w.host_email,
    topic: w.topic,
    type: w.type,
  };
  if (w.type !== 6) out.start_time = opts.occurrence?.start_time ?? seriesStart(w, nowMs) ?? w.start_time;
  out.duration = opts.occurrence?.duration ?? w.duration;
  out.timezone = w.timezone;
  out.agenda = w.agenda;
  out.created_at = w.created_at;
  out.start_url = startUrl(ctx.baseUrl, w.id, w.host_id);
  out.join_url = joinUrl(ctx.baseUrl, w.id, w.password, "webinar");
  if (w.settings.approval_type === 0 || w.settings.approval_type === 1) {
    out.registration_url = `${ctx.baseUrl}/webinar/register/WN_${w.uuid.replace(/[^A-Za-z0-9]/g, "").slice(0, 22)}`;
  }
  out.password = w.password;
  out.encrypted_passcode = w.password ? encryptedPasscode(w.id, w.password) : "";
  out.h323_passcode = numericPasscode(w.password);
  if (w.type === 9) {
    const list = opts.occurrence ? [opts.occurrence] : opts.showPrevious ? occurrencesOf(w) : currentOccurrences(w, nowMs);
    out.occurrences = list.map((o) => ({ occurrence_id: o.occurrence_id, start_time: o.start_time, duration: o.duration, status: o.status }));
  }
  if (w.recurrence && (w.type === 9 || w.type === 6)) out.recurrence = { ...w.recurrence };
  out.settings = { ...w.settings };
  if (w.template_id) out.template_id = w.template_id;
  if (w.tracking_fields?.length) out.tracking_fields = w.tracking_fields.map((f) => ({ ...f }));
  out.is_simulive = w.is_simulive;
  out.creation_source = w.creation_source ?? "open_api";
  return out;
}

export function webinarListItem(ctx: RouteContext, w: SandboxWebinar, startTime: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    uuid: w.uuid,
    id: w.id,
    host_id: w.host_id,
    topic: w.topic,
    type: w.type,
  };
  if (startTime) out.start_time = startTime;
  out.duration = w.duration;
  out.timezone = w.timezone;
  if (w.agenda) out.agenda = w.agenda.slice(0, 250);
  out.created_at = w.created_at;
  out.join_url = joinUrl(ctx.baseUrl, w.id, w.password, "webinar");
  out.is_simulive = w.is_simulive;
  return out;
}
