/**
 * Seeded meetings. The owner hosts well over 300 listable meetings (a dashboard must page past
 * 300), with every type represented: upcoming and past one-offs, fixed-time series (daily,
 * weekly, bi-weekly, monthly by day and by weekday, one crossing the next DST switch), series
 * with no fixed time, instant meetings, a PMI room and a live meeting. Everyone else who can host
 * gets a smaller, similar mix.
 */
import { isoZ } from "../clock";
import { pick, randomInt } from "../random";
import type { SandboxMeeting, SandboxUser } from "../types";
import { addInstance, awkwardUuid, localTime, nextOffsetChange, seedMeeting, shiftMinutes, zoomWeekdayAt, type SeedContext } from "./build";
import { MEETING_TOPICS } from "./people";

const OWNER_UPCOMING = 250;
const OWNER_PAST = 40;

function canHost(u: SandboxUser): boolean {
  return u.type === 1 || u.type === 2;
}

function finishPast(ctx: SeedContext, m: SandboxMeeting, uuid?: string): void {
  if (!m.start_time) return;
  addInstance(ctx, m, m.start_time, m.duration + randomInt(ctx.random, -10, 10), uuid);
  m.status = "finished";
}

function oneOffs(ctx: SeedContext, host: SandboxUser, upcoming: number, past: number, out: SandboxMeeting[]): void {
  for (let i = 0; i < upcoming; i++) {
    const day = 1 + Math.floor((i * 90) / Math.max(upcoming, 1));
    const start = localTime(ctx, host.timezone, day, 9 + ((i * 5) % 8), pick(ctx.random, [0, 0, 30]));
    out.push(seedMeeting(ctx, host, { topic: pick(ctx.random, MEETING_TOPICS), type: 2, start_time: start }));
  }
  for (let i = 0; i < past; i++) {
    const day = -1 - Math.floor((i * 25) / Math.max(past, 1));
    const m = seedMeeting(ctx, host, {
      topic: pick(ctx.random, MEETING_TOPICS),
      type: 2,
      start_time: localTime(ctx, host.timezone, day, 10 + (i % 6)),
      created_days_ago: 40,
    });
    finishPast(ctx, m);
    out.push(m);
  }
}

function ownerExtras(ctx: SeedContext, owner: SandboxUser, colleagues: SandboxUser[], out: SandboxMeeting[]): void {
  const zone = owner.timezone;
  const at = (hours: number) => isoZ(ctx.anchor.getTime() + hours * 3600_000);
  // Soon, so "upcoming within 24 hours" has content; one invites a member, one names an alternative host.
  const soon = [
    seedMeeting(ctx, owner, { topic: "Leadership sync", type: 2, start_time: at(2), duration: 30 }),
    seedMeeting(ctx, owner, { topic: "Customer onboarding call", type: 2, start_time: at(5), duration: 45 }),
    seedMeeting(ctx, owner, { topic: "Planning with Sales", type: 2, start_time: at(20), duration: 60 }),
  ];
  soon[1].settings.meeting_invitees = [{ email: colleagues[3].email }];
  soon[2].settings.alternative_hosts = colleagues[0].email;
  out.push(...soon);

  const live = seedMeeting(ctx, owner, { topic: "Live: Quarterly business review", type: 2, start_time: at(-0.25), duration: 90 });
  live.status = "started";
  live.live_started_at = live.start_time;
  out.push(live);

  const dstDay = nextOffsetChange(ctx, zone) ?? 30;
  const weekday = (d: number) => String(zoomWeekdayAt(ctx, zone, d));
  const series: SandboxMeeting[] = [
    seedMeeting(ctx, owner, { topic: "Daily standup", type: 8, duration: 15, start_time: localTime(ctx, zone, -5, 9, 30), recurrence: { type: 1, end_times: 30 } }),
    // Starts two weeks before the zone's next DST switch: the wall-clock time stays 10:00 across it.
    seedMeeting(ctx, owner, { topic: "Weekly team sync (crosses DST)", type: 8, duration: 60, start_time: localTime(ctx, zone, dstDay - 14, 10), recurrence: { type: 2, weekly_days: weekday(dstDay - 14), end_times: 6 } }),
    seedMeeting(ctx, owner, { topic: "1:1 with Marcus", type: 8, duration: 30, start_time: localTime(ctx, zone, -21, 15), recurrence: { type: 2, repeat_interval: 2, weekly_days: weekday(-21), end_times: 12 } }),
    seedMeeting(ctx, owner, { topic: "Monthly finance review", type: 8, duration: 60, start_time: localTime(ctx, zone, 3, 14), recurrence: { type: 3, monthly_day: 15, end_times: 6 } }),
    seedMeeting(ctx, owner, { topic: "First-Monday all-hands", type: 8, duration: 60, start_time: localTime(ctx, zone, 1, 11), recurrence: { type: 3, monthly_week: 1, monthly_week_day: 2, end_times: 6 } }),
    seedMeeting(ctx, owner, { topic: "Board prep (until quarter end)", type: 8, duration: 45, start_time: localTime(ctx, zone, 2, 16), recurrence: { type: 2, weekly_days: weekday(2), end_date_time: isoZ(Date.parse(localTime(ctx, zone, 72, 23))) } }),
    seedMeeting(ctx, owner, { topic: "Sprint planning", type: 8, duration: 90, start_time: localTime(ctx, zone, -7, 13), recurrence: { type: 2, repeat_interval: 2, weekly_days: weekday(-7), end_times: 10 } }),
    seedMeeting(ctx, owner, { topic: "Office hours", type: 8, duration: 60, start_time: localTime(ctx, zone, 4, 16), recurrence: { type: 1, repeat_interval: 7, end_times: 8 } }),
    seedMeeting(ctx, owner, { topic: "Security council", type: 8, duration: 45, start_time: localTime(ctx, zone, -40, 12), recurrence: { type: 3, monthly_week: -1, monthly_week_day: 5, end_times: 8 } }),
    seedMeeting(ctx, owner, { topic: "Investor update rehearsal", type: 8, duration: 30, start_time: localTime(ctx, zone, 6, 8), recurrence: { type: 1, repeat_interval: 3, end_times: 10 } }),
  ];
  out.push(...series);

  const noFixed = [
    "Ad-hoc escalation bridge",
    "Executive huddle room",
    "Interview loop room",
    "Partner drop-in",
    "Mentoring circle",
    "Book club",
  ].map((topic) => seedMeeting(ctx, owner, { topic, type: 3, duration: 60, recurrence: topic === "Book club" ? { type: 3, monthly_day: 1 } : undefined }));
  addInstance(ctx, noFixed[0], localTime(ctx, zone, -3, 17), 25);
  addInstance(ctx, noFixed[1], localTime(ctx, zone, -10, 8), 40, awkwardUuid(ctx, "double-slash"));
  out.push(...noFixed);

  for (let i = 0; i < 3; i++) {
    const instant = seedMeeting(ctx, owner, { topic: `${owner.first_name} ${owner.last_name}'s Zoom Meeting`, type: 1, start_time: localTime(ctx, zone, -1 - i * 4, 15), duration: 60 });
    finishPast(ctx, instant, i === 0 ? awkwardUuid(ctx, "leading-slash") : undefined);
    out.push(instant);
  }

  const pmi = seedMeeting(ctx, owner, { topic: `${owner.first_name} ${owner.last_name}'s Personal Meeting Room`, type: 4, duration: 60 });
  pmi.id = owner.pmi;
  pmi.is_pmi = true;
  pmi.start_time = undefined;
  out.push(pmi);
}

/** A moved and a deleted occurrence on the first two seeded series, so occurrence edits show up in seeded data. */
export function editSeededOccurrences(meetings: SandboxMeeting[], occurrenceIds: (m: SandboxMeeting) => string[]): void {
  const [standup, weekly] = meetings.filter((m) => m.type === 8);
  const standupIds = standup ? occurrenceIds(standup) : [];
  if (standupIds.length > 7) {
    standup.occurrenceOverrides[standupIds[7]] = { start_time: shiftMinutes(isoZ(Number(standupIds[7])), 60), duration: 30 };
  }
  const weeklyIds = weekly ? occurrenceIds(weekly) : [];
  if (weeklyIds.length > 4) weekly.occurrenceOverrides[weeklyIds[4]] = { deleted: true };
}

export function seedMeetings(ctx: SeedContext, users: SandboxUser[]): SandboxMeeting[] {
  const out: SandboxMeeting[] = [];
  const [owner, ...rest] = users;
  ownerExtras(ctx, owner, rest, out);
  oneOffs(ctx, owner, OWNER_UPCOMING, OWNER_PAST, out);
  const pastWithAwkward = out.find((m) => m.type === 2 && m.instances.length > 0 && m.host_id === owner.id);
  if (pastWithAwkward) pastWithAwkward.instances[0].uuid = awkwardUuid(ctx, "leading-slash");

  for (const user of rest.filter(canHost)) {
    if (user.status === "pending") continue;
    const out2: SandboxMeeting[] = [];
    if (user.status === "inactive") {
      oneOffs(ctx, user, 0, 2, out2);
    } else {
      oneOffs(ctx, user, randomInt(ctx.random, 3, 7), randomInt(ctx.random, 1, 3), out2);
      out2.push(
        seedMeeting(ctx, user, {
          topic: pick(ctx.random, ["Team standup", "Weekly planning", "Customer check-in"]),
          type: 8,
          duration: 30,
          start_time: localTime(ctx, user.timezone, -randomInt(ctx.random, 0, 14), 9, 30),
          recurrence: { type: 2, weekly_days: String(randomInt(ctx.random, 2, 6)), end_times: randomInt(ctx.random, 6, 20) },
        }),
        seedMeeting(ctx, user, { topic: `${user.first_name}'s drop-in room`, type: 3, duration: 60 }),
      );
    }
    out.push(...out2);
  }
  const marcus = rest.find((u) => u.role_name === "Admin" && u.status === "active");
  if (marcus) {
    const live = seedMeeting(ctx, marcus, { topic: "IT change advisory board", type: 2, start_time: isoZ(ctx.anchor.getTime() - 5 * 60_000), duration: 60 });
    live.status = "started";
    live.live_started_at = live.start_time;
    live.settings.approval_type = 2;
    out.push(live);
  }
  return out;
}
