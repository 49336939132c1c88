/**
 * `GET /_sandbox/state/summary`: counts a test or a human can eyeball.
 */
import type { SandboxRuntime } from "../runtime";

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

export function stateSummary(rt: SandboxRuntime): Record<string, unknown> {
  const s = rt.state;
  const live = s.meetings.filter((m) => !m.deleted_at);
  const owner = s.users.find((u) => u.role_name === "Owner");
  return {
    accountId: s.accountId,
    now: rt.clock.now().toISOString(),
    clockOffsetMs: rt.clock.offset,
    plan: rt.config.rateLimits.plan,
    users: {
      total: s.users.length,
      byStatus: countBy(s.users, (u) => u.status),
      byRole: countBy(s.users, (u) => u.role_name),
      byType: countBy(s.users, (u) => String(u.type)),
    },
    meetings: {
      total: live.length,
      deleted: s.meetings.length - live.length,
      byType: countBy(live, (m) => String(m.type)),
      live: live.filter((m) => m.status === "started").map((m) => m.id),
      ownerHosted: owner ? live.filter((m) => m.host_id === owner.id).length : 0,
    },
    webinars: { total: s.webinars.filter((w) => !w.deleted_at).length, byType: countBy(s.webinars, (w) => String(w.type)) },
    templates: { meeting: s.meetingTemplates.length, webinar: s.webinarTemplates.length },
    registrants: s.registrants.length,
    recordings: s.recordings.length,
    captions: s.captions.length,
    mailboxes: Object.keys(s.mailboxes).length,
    oauth: {
      accessTokens: Object.keys(rt.oauth.accessTokens).length,
      refreshTokens: Object.keys(rt.oauth.refreshTokens).length,
    },
  };
}
