/**
 * Seeded webinars for the users with a webinar licence: upcoming one-offs (the first one is the
 * big-registration webinar seed/registrants.ts fills with >300 registrants), a weekly series, a
 * no-fixed-time series and past webinars with instances.
 */
import { pick } from "../random";
import type { SandboxUser, SandboxWebinar } from "../types";
import { addInstance, localTime, seedWebinar, zoomWeekdayAt, type SeedContext } from "./build";
import { WEBINAR_TOPICS } from "./people";

export function seedWebinars(ctx: SeedContext, users: SandboxUser[]): SandboxWebinar[] {
  const out: SandboxWebinar[] = [];
  const hosts = users.filter((u) => u.webinar_enabled && u.status === "active");
  hosts.forEach((host, h) => {
    const zone = host.timezone;
    const launch = seedWebinar(ctx, host, { topic: pick(ctx.random, WEBINAR_TOPICS), type: 5, start_time: localTime(ctx, zone, 7 + h, 11), duration: 60 });
    launch.settings = { ...launch.settings, approval_type: h === 0 ? 0 : 1, registration_type: 1, practice_session: true, hd_video: true };
    out.push(launch);
    out.push(seedWebinar(ctx, host, { topic: pick(ctx.random, WEBINAR_TOPICS), type: 5, start_time: localTime(ctx, zone, 21 + h, 15), duration: 90 }));
    if (h <= 1) {
      out.push(
        seedWebinar(ctx, host, {
          topic: "Monthly product office hours",
          type: 9,
          start_time: localTime(ctx, zone, 3, 17),
          duration: 45,
          recurrence: { type: 2, weekly_days: String(zoomWeekdayAt(ctx, zone, 3)), end_times: 6 },
          settings: { panelists_video: false },
        }),
        seedWebinar(ctx, host, { topic: "On-demand training library", type: 6, duration: 60, settings: { on_demand: true } }),
      );
    }
    const past = seedWebinar(ctx, host, { topic: pick(ctx.random, WEBINAR_TOPICS), type: 5, start_time: localTime(ctx, zone, -6 - h, 10), duration: 60 });
    addInstance(ctx, past, past.start_time!, 58);
    past.status = "finished";
    out.push(past);
  });
  return out;
}
