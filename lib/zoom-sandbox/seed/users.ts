/**
 * Seeded users from the fixed roster, with seed-derived ids, PMIs and timestamps.
 */
import { isoZ } from "../clock";
import { newPmi, newUserId } from "../ids";
import { randomInt } from "../random";
import type { SandboxUser } from "../types";
import type { SeedContext } from "./build";
import { ROLE_IDS, SEED_PEOPLE, emailOf } from "./people";

export function seedUsers(ctx: SeedContext): SandboxUser[] {
  const anchorMs = ctx.anchor.getTime();
  return SEED_PEOPLE.map((p, i) => {
    const createdMs = anchorMs - (900 - i * 20) * 86_400_000;
    const active = p.status === "active";
    return {
      id: newUserId(ctx),
      email: emailOf(p),
      first_name: p.first,
      last_name: p.last,
      display_name: `${p.first} ${p.last}`,
      type: p.type,
      status: p.status,
      role_id: ROLE_IDS[p.role],
      role_name: p.role,
      timezone: p.timezone,
      pmi: newPmi(ctx),
      language: "en-US",
      dept: p.dept,
      created_at: isoZ(createdMs),
      user_created_at: isoZ(createdMs),
      last_login_time: active && p.via !== "custCreate" ? isoZ(anchorMs - randomInt(ctx.random, 1, 240) * 3600_000) : undefined,
      verified: p.status === "pending" ? 0 : 1,
      created_via: p.via,
      job_title: p.title,
      location: p.timezone.split("/").pop()!.replace(/_/g, " "),
      phone_number: p.via === "custCreate" ? undefined : `+1 555 01${String(10 + i).padStart(2, "0")}`,
      webinar_enabled: p.webinar === true,
    } satisfies SandboxUser;
  });
}
