/**
 * The control API under `/_sandbox` (JSON, no auth): reset, clock, token expiry, faults, rate
 * limits, scopes, counters and live-meeting switches. Tests drive the sandbox through these.
 */
import { z } from "zod";
import { clearCounters } from "../counters";
import { FAULT_LIMITS, faultInput } from "../faults";
import { json, noContent } from "../http";
import { endLive } from "../meetings/delete";
import { findMeetingIn } from "../meetings/lookup";
import { deviceControlRoutes } from "../oauth/device";
import { effectiveLimits } from "../rate-limits";
import type { SandboxRuntime } from "../runtime";
import type { ControlContext, ControlRouteDef } from "../types";
import { stateSummary } from "./summary";

export class ControlError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw new ControlError(400, result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  return result.data;
}

const clockInput = z.union([z.object({ advanceSeconds: z.number() }), z.object({ set: z.string().refine((s) => !Number.isNaN(Date.parse(s))) })]);
const expireInput = z.object({ userId: z.string().optional(), token: z.string().optional(), all: z.boolean().optional() });
const labelLimit = z.object({ limit: z.number().int().min(0), windowSeconds: z.number().int().min(1), daily: z.number().int().min(0).nullable() }).partial();
const rateLimitInput = z.object({
  plan: z.enum(["free", "pro", "business"]).optional(),
  overrides: z.partialRecord(z.enum(["LIGHT", "MEDIUM", "HEAVY", "RESOURCE_INTENSIVE"]), labelLimit).optional(),
  hostDailyWrites: z.number().int().min(0).optional(),
  registrantDailyAdds: z.number().int().min(0).optional(),
  registrantDailyStatusUpdates: z.number().int().min(0).optional(),
  registrantCaps: z.object({ meeting: z.number().int().min(0).max(100_000), webinar: z.number().int().min(0).max(100_000) }).partial().optional(),
  resetCounters: z.boolean().optional(),
});
const liveInput = z.object({ action: z.enum(["start", "end"]) });

function rateLimitView(rt: SandboxRuntime) {
  return {
    plan: rt.config.rateLimits.plan,
    overrides: rt.config.rateLimits.overrides,
    hostDailyWrites: rt.config.rateLimits.hostDailyWrites,
    registrantDailyAdds: rt.config.rateLimits.registrantDailyAdds,
    registrantDailyStatusUpdates: rt.config.rateLimits.registrantDailyStatusUpdates,
    registrantCaps: rt.config.registrantCaps,
    effective: effectiveLimits(rt.config.rateLimits),
    usage: rt.limiter.usage(rt.clock.now()),
  };
}

export function coreControlRoutes(rt: SandboxRuntime): ControlRouteDef[] {
  const route = (method: ControlRouteDef["method"], path: string, handle: (ctx: ControlContext) => Response): ControlRouteDef => ({ method, path, handle });
  return [
    route("POST", "/reset", (ctx) => {
      const { tokens } = parse(z.object({ tokens: z.boolean().optional() }), ctx.body);
      rt.reset({ tokens });
      return json(200, stateSummary(rt));
    }),
    route("GET", "/state/summary", () => json(200, stateSummary(rt))),
    route("GET", "/users", () =>
      json(200, rt.state.users.map((u) => ({ id: u.id, email: u.email, name: `${u.first_name} ${u.last_name}`, role: u.role_name, type: u.type, status: u.status, created_via: u.created_via }))),
    ),
    route("GET", "/clock", () => json(200, { now: rt.clock.now().toISOString(), offsetMs: rt.clock.offset })),
    route("POST", "/clock", (ctx) => {
      const input = parse(clockInput, ctx.body);
      if ("advanceSeconds" in input) rt.clock.advance(input.advanceSeconds);
      else rt.clock.set(new Date(input.set));
      rt.changed();
      return json(200, { now: rt.clock.now().toISOString(), offsetMs: rt.clock.offset });
    }),
    route("POST", "/tokens/expire", (ctx) => {
      const input = parse(expireInput, ctx.body);
      if (!input.userId && !input.token && !input.all) throw new ControlError(400, "Give userId, token or all: true.");
      const past = rt.clock.now().getTime() - 1000;
      let expired = 0;
      for (const [token, record] of Object.entries(rt.oauth.accessTokens)) {
        if (input.all || token === input.token || record.userId === input.userId) {
          if (record.expiresAt > past) expired += 1;
          record.expiresAt = Math.min(record.expiresAt, past);
        }
      }
      rt.changed();
      return json(200, { expired });
    }),
    route("GET", "/faults", () => json(200, rt.faults.list())),
    route("POST", "/faults", (ctx) => {
      const fault = rt.faults.add(parse(faultInput, ctx.body));
      if (!fault) throw new ControlError(400, `At most ${FAULT_LIMITS.armed} faults can be armed at once; DELETE /_sandbox/faults first.`);
      return json(201, fault);
    }),
    route("DELETE", "/faults", () => {
      rt.faults.clear();
      return noContent();
    }),
    // One fault by the id POST /faults answered with: a test disarms its own and no one else's.
    route("DELETE", "/faults/{faultId}", (ctx) => {
      const id = Number(ctx.params.faultId);
      if (!Number.isSafeInteger(id) || !rt.faults.remove(id)) throw new ControlError(404, `No armed fault ${ctx.params.faultId}.`);
      return noContent();
    }),
    route("GET", "/rate-limits", () => json(200, rateLimitView(rt))),
    route("PUT", "/rate-limits", (ctx) => {
      const input = parse(rateLimitInput, ctx.body);
      const cfg = rt.config.rateLimits;
      if (input.plan) cfg.plan = input.plan;
      if (input.overrides) cfg.overrides = input.overrides;
      if (input.hostDailyWrites !== undefined) cfg.hostDailyWrites = input.hostDailyWrites;
      if (input.registrantDailyAdds !== undefined) cfg.registrantDailyAdds = input.registrantDailyAdds;
      if (input.registrantDailyStatusUpdates !== undefined) cfg.registrantDailyStatusUpdates = input.registrantDailyStatusUpdates;
      if (input.registrantCaps) rt.config.registrantCaps = { ...rt.config.registrantCaps, ...input.registrantCaps };
      if (input.resetCounters) rt.limiter.clear();
      rt.changed();
      return json(200, rateLimitView(rt));
    }),
    route("GET", "/scopes", () => json(200, { scopes: rt.config.grantedScopes })),
    route("PUT", "/scopes", (ctx) => {
      const { scopes } = parse(z.object({ scopes: z.array(z.string()) }), ctx.body);
      // Applies to tokens issued from now on, as changing an app's scopes on Zoom requires re-authorization.
      rt.config.grantedScopes = [...new Set(scopes)];
      rt.changed();
      return json(200, { scopes: rt.config.grantedScopes });
    }),
    route("GET", "/counters", () => json(200, rt.counters)),
    route("DELETE", "/counters", () => {
      clearCounters(rt.counters);
      return noContent();
    }),
    route("POST", "/meetings/{meetingId}/live", (ctx) => {
      const { action } = parse(liveInput, ctx.body);
      const meeting = findMeetingIn(rt.state, ctx.params.meetingId);
      if (!meeting) throw new ControlError(404, `Meeting ${ctx.params.meetingId} not found.`);
      if (action === "start" && meeting.status !== "started") {
        meeting.status = "started";
        meeting.live_started_at = new Date(Math.floor(rt.clock.now().getTime() / 1000) * 1000).toISOString().replace(/\.000Z$/, "Z");
      } else if (action === "end") {
        endLive(ctx, meeting);
      }
      rt.changed();
      return json(200, { id: meeting.id, uuid: meeting.uuid, status: meeting.status, instances: meeting.instances });
    }),
    ...deviceControlRoutes(rt),
  ];
}
