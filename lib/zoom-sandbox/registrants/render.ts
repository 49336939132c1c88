/** Registrant objects as Zoom's registrant endpoints return them. */
import type { SandboxRegistrant } from "../types";

/** The optional profile fields Zoom stores (and echoes back, as "" when unset). */
export const PROFILE_FIELDS = [
  "address",
  "city",
  "state",
  "zip",
  "country",
  "phone",
  "comments",
  "industry",
  "job_title",
  "no_of_employees",
  "org",
  "purchasing_time_frame",
  "role_in_purchase_process",
] as const;

/**
 * Join URLs are stored relative (`/w/{id}?tk=…`) because seeded state has no host yet; the sandbox
 * base URL is prefixed when rendering, so the same state works on any port or mount path.
 */
export function absoluteJoinUrl(baseUrl: string, joinUrl: string): string {
  return joinUrl.startsWith("/") ? `${baseUrl}${joinUrl}` : joinUrl;
}

/** Zoom's registrant lists know three statuses; a cancelled registration is listed as denied. */
export function publicStatus(status: SandboxRegistrant["status"]): "approved" | "pending" | "denied" {
  return status === "cancelled" ? "denied" : status;
}

export function renderRegistrant(r: SandboxRegistrant, baseUrl: string): Record<string, unknown> {
  const profile = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, typeof r.fields[f] === "string" ? r.fields[f] : ""]));
  return {
    id: r.id,
    email: r.email,
    first_name: r.first_name,
    last_name: r.last_name,
    ...profile,
    custom_questions: Array.isArray(r.fields.custom_questions) ? r.fields.custom_questions : [],
    status: publicStatus(r.status),
    create_time: r.create_time,
    join_url: absoluteJoinUrl(baseUrl, r.join_url),
    ...(typeof r.fields.participant_pin_code === "number" ? { participant_pin_code: r.fields.participant_pin_code } : {}),
  };
}
