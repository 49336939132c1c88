/**
 * SandboxUser → Zoom's user objects (Get a user, List users entries).
 */
import { isoZ } from "../clock";
import type { RouteContext, SandboxUser } from "../types";

/** Zoom reports a pending user's `created_at` as the time of the call. */
function createdAt(ctx: RouteContext, user: SandboxUser): string {
  return user.status === "pending" ? isoZ(ctx.now()) : user.created_at;
}

function hostKey(user: SandboxUser): string {
  return String(100000 + (Math.abs(user.pmi) % 900000));
}

export function userListItem(ctx: RouteContext, user: SandboxUser, include: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    display_name: user.display_name,
    email: user.email,
    type: user.type,
    pmi: user.pmi,
    timezone: user.timezone,
    verified: user.verified,
    dept: user.dept,
    created_at: createdAt(ctx, user),
    user_created_at: user.user_created_at,
    language: user.language,
    status: user.status,
    role_id: user.role_id,
    employee_unique_id: "",
    group_ids: [],
  };
  if (user.last_login_time) {
    out.last_login_time = user.last_login_time;
    out.last_client_version = "6.4.6.53970(mac)";
  }
  if (include.has("host_key")) out.host_key = hostKey(user);
  if (include.has("custom_attributes")) out.custom_attributes = [];
  return out;
}

export function userJson(ctx: RouteContext, user: SandboxUser): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    display_name: user.display_name,
    email: user.email,
    type: user.type,
    role_name: user.role_name,
    pmi: user.pmi,
    use_pmi: false,
    personal_meeting_url: `${ctx.baseUrl}/j/${user.pmi}`,
    timezone: user.timezone,
    verified: user.verified,
    dept: user.dept,
    created_at: createdAt(ctx, user),
    user_created_at: user.user_created_at,
  };
  if (user.last_login_time) {
    out.last_login_time = user.last_login_time;
    out.last_client_version = "6.4.6.53970(mac)";
  }
  Object.assign(out, {
    pic_url: `${ctx.baseUrl}/p/${encodeURIComponent(user.id)}`,
    cms_user_id: "",
    jid: `${user.id.toLowerCase().replace(/[^a-z0-9]/g, "")}@xmpp.zoom.us`,
    group_ids: [],
    im_group_ids: [],
    account_id: ctx.state.accountId,
    language: user.language,
    phone_country: user.phone_number ? "US" : "",
    phone_number: user.phone_number ?? "",
    status: user.status,
    job_title: user.job_title ?? "",
    location: user.location ?? "",
    login_types: user.created_via === "ssoCreate" ? [101] : [100],
    role_id: user.role_id,
    account_number: 10000001,
    cluster: "us05",
    user_created_at: user.user_created_at,
  });
  return out;
}
