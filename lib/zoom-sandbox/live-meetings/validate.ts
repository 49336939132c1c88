/** Validation of `PATCH /live_meetings/{meetingId}/events` bodies, per method, as documented. */
import { type FieldError, invalid, isEmail, missing } from "../validation";

export const METHODS = [
  "recording.start",
  "recording.stop",
  "recording.pause",
  "recording.resume",
  "participant.invite",
  "participant.invite.callout",
  "participant.invite.room_system_callout",
  "waiting_room.update",
  "ai_companion.start",
  "ai_companion.stop",
  "ai_companion.disable",
] as const;

export type LiveMethod = (typeof METHODS)[number];

/** Zoom lets a host dial out (phone or room system) before the meeting is live; nothing else. */
export const ALLOWED_WHEN_NOT_LIVE = new Set<LiveMethod>(["participant.invite.callout", "participant.invite.room_system_callout"]);

const MAX_CONTACTS = 10;
const AI_MODES = ["questions", "summary", "all"];

type Params = Record<string, unknown>;

function isObject(value: unknown): value is Params {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringMax(value: unknown, max: number): boolean {
  return typeof value === "string" && value.length <= max;
}

function checkHeaders(headers: unknown, prefix: string, withSip: boolean, errors: FieldError[]): void {
  if (headers === undefined) return;
  if (!isObject(headers)) return void errors.push(invalid(prefix));
  for (const key of ["from_display_name", "to_display_name"]) {
    if (headers[key] !== undefined && !stringMax(headers[key], 64)) errors.push(invalid(`${prefix}.${key}`));
  }
  if (!withSip) return;
  const uri = headers.from_uri;
  if (uri !== undefined && !(stringMax(uri, 256) && /^sips?:/.test(uri as string))) errors.push(invalid(`${prefix}.from_uri`));
  const extra = headers.additional_headers;
  if (extra !== undefined) {
    const ok =
      Array.isArray(extra) &&
      extra.length >= 1 &&
      extra.length <= 10 &&
      extra.every((h) => isObject(h) && stringMax(h.key, 32) && /^X-/i.test(h.key as string) && stringMax(h.value, 256));
    if (!ok) errors.push(invalid(`${prefix}.additional_headers`));
  }
}

function checkParams(method: LiveMethod, params: Params, errors: FieldError[]): void {
  switch (method) {
    case "participant.invite": {
      const contacts = params.contacts;
      if (contacts === undefined) return void errors.push(missing("params.contacts"));
      const ok =
        Array.isArray(contacts) &&
        contacts.length >= 1 &&
        contacts.length <= MAX_CONTACTS &&
        contacts.every((c) => isObject(c) && (typeof c.id === "string" ? c.id.length > 0 : isEmail(c.email)));
      if (!ok) errors.push(invalid("params.contacts"));
      return;
    }
    case "participant.invite.callout": {
      if (params.phone_number === undefined) errors.push(missing("params.phone_number"));
      else if (typeof params.phone_number !== "string" || !/^\+?[\d\s()-]{3,}$/.test(params.phone_number)) errors.push(invalid("params.phone_number"));
      if (params.invitee_name !== undefined && typeof params.invitee_name !== "string") errors.push(invalid("params.invitee_name"));
      const options = params.invite_options;
      if (options !== undefined) {
        const ok =
          isObject(options) &&
          ["require_greeting", "require_pressing_one"].every((k) => options[k] === undefined || typeof options[k] === "boolean");
        if (!ok) errors.push(invalid("params.invite_options"));
      }
      return;
    }
    case "participant.invite.room_system_callout": {
      if (params.call_type === undefined) errors.push(missing("params.call_type"));
      else if (params.call_type !== "h323" && params.call_type !== "sip") errors.push(invalid("params.call_type"));
      if (params.device_ip === undefined) errors.push(missing("params.device_ip"));
      else if (typeof params.device_ip !== "string" || params.device_ip.length === 0) errors.push(invalid("params.device_ip"));
      checkHeaders(params.h323_headers, "params.h323_headers", false, errors);
      checkHeaders(params.sip_headers, "params.sip_headers", true, errors);
      return;
    }
    case "waiting_room.update": {
      const { waiting_room_title: title, waiting_room_description: description } = params;
      if (title === undefined && description === undefined) errors.push(missing("params.waiting_room_title"));
      if (title !== undefined && typeof title !== "string") errors.push(invalid("params.waiting_room_title"));
      if (description !== undefined && typeof description !== "string") errors.push(invalid("params.waiting_room_description"));
      return;
    }
    case "ai_companion.start":
    case "ai_companion.stop":
    case "ai_companion.disable": {
      if (params.ai_companion_mode !== undefined && !AI_MODES.includes(params.ai_companion_mode as string)) {
        errors.push(invalid("params.ai_companion_mode"));
      }
      for (const flag of ["retain_meeting_transcript", "delete_meeting_assets"]) {
        if (params[flag] !== undefined && typeof params[flag] !== "boolean") errors.push(invalid(`params.${flag}`));
      }
      return;
    }
    default:
      return; // recording.* take no parameters
  }
}

/** Field errors of a body; `method` is returned when it is valid. */
export function validateEvent(body: Params): { errors: FieldError[]; method?: LiveMethod; params: Params } {
  const errors: FieldError[] = [];
  const params = body.params === undefined ? {} : body.params;
  if (body.method === undefined) errors.push(missing("method"));
  else if (!(METHODS as readonly unknown[]).includes(body.method)) errors.push(invalid("method"));
  if (!isObject(params)) errors.push(invalid("params"));
  const method = errors.length === 0 ? (body.method as LiveMethod) : undefined;
  if (method) checkParams(method, params as Params, errors);
  return { errors, method, params: isObject(params) ? params : {} };
}
