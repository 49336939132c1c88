/**
 * Control API for registrants (tests, benches and demo tooling; not Zoom):
 * `POST /_sandbox/registrants` `{kind, parentId, count ≤ 10000, status?, emailPrefix?}` puts `count`
 * registrants straight into the state in one call, where adding them through the REST API would
 * take thousands of rate-limited requests. It refuses what Zoom could not hold: a parent without
 * registration, or more registrants than the parent's cap.
 */
import { z } from "zod";
import { isoZ } from "../clock";
import { ControlError, parse } from "../control/routes";
import { json } from "../http";
import { newShortId, newUserId } from "../ids";
import { findMeetingIn } from "../meetings/lookup";
import { FIRST_NAMES, LAST_NAMES } from "../seed/attendees";
import type { ControlContext, ControlRouteDef, SandboxRegistrant } from "../types";
import { findWebinarIn } from "../webinars/lookup";
import { type ParentRef, registrantCapOf, registrationEnabled } from "./parent";

export const SEED_MAX = 10_000;

const seedInput = z.object({
  kind: z.enum(["meeting", "webinar"]),
  parentId: z.union([z.number().int().positive(), z.string().regex(/^\d+$/, "must be a meeting or webinar id")]),
  count: z.number().int().min(1).max(SEED_MAX, `count must be at most ${SEED_MAX}`),
  status: z.enum(["approved", "pending", "denied"]).default("approved"),
  emailPrefix: z.string().regex(/^[A-Za-z0-9._+-]{1,40}$/, "letters, digits and . _ + - only, at most 40").default("seed"),
});

function parentOf(ctx: ControlContext, kind: ParentRef["kind"], id: string): ParentRef {
  const parent = kind === "meeting" ? findMeetingIn(ctx.state, id) : findWebinarIn(ctx.state, id);
  if (!parent) throw new ControlError(404, `${kind === "meeting" ? "Meeting" : "Webinar"} ${id} not found.`);
  return { kind, parent };
}

function seedRegistrants(ctx: ControlContext): Response {
  const input = parse(seedInput, ctx.body);
  const ref = parentOf(ctx, input.kind, String(input.parentId));
  if (!registrationEnabled(ref)) throw new ControlError(400, `Registration is not enabled for ${input.kind} ${ref.parent.id}.`);
  const own = ctx.state.registrants.filter((r) => r.kind === input.kind && r.parent_id === ref.parent.id);
  const cap = registrantCapOf(ctx.limits, ref);
  if (own.length + input.count > cap) {
    throw new ControlError(400, `${input.kind} ${ref.parent.id} has ${own.length} registrants; ${input.count} more would pass its cap of ${cap} (registrantCaps in PUT /_sandbox/rate-limits, or the webinar's registrants_restrict_number).`);
  }
  const taken = new Set(own.map((r) => r.email.toLowerCase()));
  const now = ctx.now().getTime();
  const created: SandboxRegistrant[] = [];
  for (let n = 1; created.length < input.count; n++) {
    const email = `${input.emailPrefix}.${n}@example.org`.toLowerCase();
    if (taken.has(email)) continue;
    const i = created.length;
    created.push({
      id: newUserId(ctx),
      kind: input.kind,
      parent_id: ref.parent.id,
      email,
      first_name: FIRST_NAMES[n % FIRST_NAMES.length],
      last_name: LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length],
      status: input.status,
      // One second apart, the last one now, so listings keep the order of creation.
      create_time: isoZ(now - (input.count - 1 - i) * 1000),
      join_url: `/${input.kind === "meeting" ? "j" : "w"}/${ref.parent.id}?tk=${newShortId(ctx, 43)}`,
      occurrence_ids: [],
      fields: {},
    });
  }
  ctx.state.registrants.push(...created);
  return json(201, { kind: input.kind, parentId: ref.parent.id, created: created.length, total: own.length + created.length });
}

export const registrantControlRoutes: ControlRouteDef[] = [{ method: "POST", path: "/registrants", handle: seedRegistrants }];
