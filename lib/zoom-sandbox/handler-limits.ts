/**
 * The HandlerLimits a RouteContext (and a ControlContext) carries: registrant caps and the daily
 * per-registrant counters, read from the runtime's configuration at call time so a control-API
 * change applies to the very next request.
 */
import type { SandboxRuntime } from "./runtime";
import { type HandlerLimits, ZoomSandboxError } from "./types";

/** Zoom's caps: 4,999 registrants per meeting (meetingRegistrantCreate); a webinar's capacity, up to 10,000. */
export const DEFAULT_REGISTRANT_CAPS = { meeting: 4999, webinar: 10_000 } as const;

export function handlerLimits(rt: SandboxRuntime): HandlerLimits {
  return {
    registrantCap: (kind) => rt.config.registrantCaps[kind],
    countRegistrantDaily(action, keys) {
      const cfg = rt.config.rateLimits;
      const decision =
        action === "add"
          ? rt.limiter.checkDaily("registrantAdds", keys, cfg.registrantDailyAdds, rt.clock.now())
          : rt.limiter.checkDaily("registrantStatusUpdates", keys, cfg.registrantDailyStatusUpdates, rt.clock.now());
      if (!decision.ok) throw new ZoomSandboxError(429, 429, decision.body!.message, undefined, decision.headers);
    },
  };
}
