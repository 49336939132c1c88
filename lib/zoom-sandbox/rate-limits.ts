/**
 * Zoom's account-wide rate limits by label and plan (NOTES §3, from Zoom's own agent docs; the
 * official table was not retrievable), plus the per-host daily cap on meeting/webinar writes.
 * Windows are fixed (per second / per minute / per UTC day) on the sandbox clock.
 */
import { isoZ, nextUtcMidnight } from "./clock";
import type { SandboxPlan } from "./options";
import type { RateLimitLabel } from "./types";

export interface LabelLimit {
  /** Requests per window (per second, or per minute for RESOURCE_INTENSIVE). */
  limit: number;
  windowSeconds: number;
  /** Requests per UTC day, or null for no daily cap. */
  daily: number | null;
}

export interface RateLimitConfig {
  plan: SandboxPlan;
  /** Per-label overrides on top of the plan table. */
  overrides: Partial<Record<RateLimitLabel, Partial<LabelLimit>>>;
  /** Meeting/webinar create+update requests per host per UTC day (Zoom: 100). */
  hostDailyWrites: number;
  /** Adds of one address to one meeting/webinar per UTC day (NOTES §3: 3, UNCONFIRMED). */
  registrantDailyAdds: number;
  /** Status updates naming one registrant per UTC day (NOTES §3: 10, UNCONFIRMED). */
  registrantDailyStatusUpdates: number;
}

const LABELS: RateLimitLabel[] = ["LIGHT", "MEDIUM", "HEAVY", "RESOURCE_INTENSIVE"];

const TABLE: Record<SandboxPlan, Record<RateLimitLabel, LabelLimit>> = {
  free: {
    LIGHT: { limit: 4, windowSeconds: 1, daily: 6000 },
    MEDIUM: { limit: 2, windowSeconds: 1, daily: 2000 },
    HEAVY: { limit: 1, windowSeconds: 1, daily: 1000 },
    RESOURCE_INTENSIVE: { limit: 10, windowSeconds: 60, daily: 30000 },
  },
  pro: {
    LIGHT: { limit: 30, windowSeconds: 1, daily: null },
    MEDIUM: { limit: 20, windowSeconds: 1, daily: null },
    HEAVY: { limit: 10, windowSeconds: 1, daily: 30000 },
    RESOURCE_INTENSIVE: { limit: 10, windowSeconds: 60, daily: 30000 },
  },
  business: {
    LIGHT: { limit: 80, windowSeconds: 1, daily: null },
    MEDIUM: { limit: 60, windowSeconds: 1, daily: null },
    HEAVY: { limit: 40, windowSeconds: 1, daily: 60000 },
    RESOURCE_INTENSIVE: { limit: 20, windowSeconds: 60, daily: 60000 },
  },
};

const CATEGORY: Record<RateLimitLabel, string> = {
  LIGHT: "Light",
  MEDIUM: "Medium",
  HEAVY: "Heavy",
  RESOURCE_INTENSIVE: "Resource-intensive",
};

/** Operations whose calls count against the host's 100-a-day write cap. */
export const HOST_WRITE_OPERATIONS = new Set(["meetingCreate", "meetingUpdate", "webinarCreate", "webinarUpdate"]);

export function defaultRateLimitConfig(plan: SandboxPlan): RateLimitConfig {
  return { plan, overrides: {}, hostDailyWrites: 100, registrantDailyAdds: 3, registrantDailyStatusUpdates: 10 };
}

export function effectiveLimits(config: RateLimitConfig): Record<RateLimitLabel, LabelLimit> {
  const out = {} as Record<RateLimitLabel, LabelLimit>;
  for (const label of LABELS) out[label] = { ...TABLE[config.plan][label], ...config.overrides[label] };
  return out;
}

/** Heavy and Resource-intensive share one daily bucket on paid plans. */
function dailyBucket(plan: SandboxPlan, label: RateLimitLabel): string {
  if (plan !== "free" && (label === "HEAVY" || label === "RESOURCE_INTENSIVE")) return "HEAVY+RESOURCE_INTENSIVE";
  return label;
}

export interface RateDecision {
  ok: boolean;
  status?: number;
  body?: { code: number; message: string };
  headers: Record<string, string>;
}

const QPS_MESSAGE = "You have reached the maximum per-second rate limit for this API. Try again later.";
export const DAILY_MESSAGE =
  "You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.";

/** In-memory counters; a restart or reset clears them, like a new day would. */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  private days = new Map<string, { day: string; count: number }>();

  clear(): void {
    this.windows.clear();
    this.days.clear();
  }

  private dayCount(key: string, now: Date): { day: string; count: number } {
    const day = now.toISOString().slice(0, 10);
    let entry = this.days.get(key);
    if (!entry || entry.day !== day) {
      entry = { day, count: 0 };
      this.days.set(key, entry);
    }
    return entry;
  }

  /** Counts one call of `label` and says whether it may proceed, with the headers to send either way. */
  check(config: RateLimitConfig, label: RateLimitLabel, now: Date): RateDecision {
    const limits = effectiveLimits(config)[label];
    const nowMs = now.getTime();
    const windowMs = limits.windowSeconds * 1000;
    const windowStart = Math.floor(nowMs / windowMs) * windowMs;
    let win = this.windows.get(label);
    if (!win || win.start !== windowStart) {
      win = { start: windowStart, count: 0 };
      this.windows.set(label, win);
    }
    const day = limits.daily === null ? undefined : this.dayCount(`label:${dailyBucket(config.plan, label)}`, now);
    const base = { "X-RateLimit-Category": CATEGORY[label] };

    if (day && limits.daily !== null && day.count >= limits.daily) {
      return {
        ok: false,
        status: 429,
        body: { code: 429, message: DAILY_MESSAGE },
        headers: {
          ...base,
          "X-RateLimit-Type": "Daily-limit",
          "X-RateLimit-Limit": String(limits.daily),
          "X-RateLimit-Remaining": "0",
          "Retry-After": isoZ(nextUtcMidnight(now)),
        },
      };
    }
    if (win.count >= limits.limit) {
      return {
        ok: false,
        status: 429,
        body: { code: 429, message: QPS_MESSAGE },
        headers: {
          ...base,
          "X-RateLimit-Type": "QPS",
          "X-RateLimit-Limit": String(limits.limit),
          "X-RateLimit-Remaining": "0",
          "X-RateLimit-Reset": isoZ(windowStart + windowMs),
        },
      };
    }
    win.count += 1;
    if (day && limits.daily !== null) {
      day.count += 1;
      return {
        ok: true,
        headers: {
          ...base,
          "X-RateLimit-Type": "Daily-limit",
          "X-RateLimit-Limit": String(limits.daily),
          "X-RateLimit-Remaining": String(Math.max(0, limits.daily - day.count)),
        },
      };
    }
    return {
      ok: true,
      headers: {
        ...base,
        "X-RateLimit-Type": "QPS",
        "X-RateLimit-Limit": String(limits.limit),
        "X-RateLimit-Remaining": String(Math.max(0, limits.limit - win.count)),
      },
    };
  }

  /** Counts one create/update for `hostId`; refuses the 101st of the UTC day. */
  checkHostWrite(config: RateLimitConfig, hostId: string, now: Date): RateDecision {
    const entry = this.dayCount(`host:${hostId}`, now);
    const limit = config.hostDailyWrites;
    if (entry.count >= limit) {
      return {
        ok: false,
        status: 429,
        body: {
          code: 429,
          message: `You have exceeded the daily rate limit (${limit}) of Create/Update meeting API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.`,
        },
        headers: {
          "X-RateLimit-Type": "Daily-limit",
          "X-RateLimit-Limit": String(limit),
          "X-RateLimit-Remaining": "0",
          "Retry-After": isoZ(nextUtcMidnight(now)),
        },
      };
    }
    entry.count += 1;
    return { ok: true, headers: {} };
  }

  /**
   * Counts one call for each key against `limit` per UTC day, or refuses (counting none) when any
   * key is already at the limit: one request naming several registrants is all or nothing.
   */
  checkDaily(prefix: DailyPrefix, keys: string[], limit: number, now: Date): RateDecision {
    const entries = keys.map((key) => this.dayCount(`${prefix}:${key}`, now));
    const headers = { "X-RateLimit-Type": "Daily-limit", "X-RateLimit-Limit": String(limit) };
    if (entries.some((e) => e.count >= limit)) {
      return {
        ok: false,
        status: 429,
        body: { code: 429, message: DAILY_MESSAGE },
        headers: { ...headers, "X-RateLimit-Remaining": "0", "Retry-After": isoZ(nextUtcMidnight(now)) },
      };
    }
    for (const entry of entries) entry.count += 1;
    const left = Math.min(...entries.map((e) => limit - e.count));
    return { ok: true, headers: { ...headers, "X-RateLimit-Remaining": String(Math.max(0, left)) } };
  }

  /** Today's usage by counter, for the control API. */
  usage(now: Date): Record<"daily" | "hostWrites" | DailyPrefix, Record<string, number>> {
    const today = now.toISOString().slice(0, 10);
    const out = { daily: {}, hostWrites: {}, registrantAdds: {}, registrantStatusUpdates: {} } as Record<"daily" | "hostWrites" | DailyPrefix, Record<string, number>>;
    for (const [key, entry] of this.days) {
      if (entry.day !== today) continue;
      const colon = key.indexOf(":");
      const [prefix, rest] = [key.slice(0, colon), key.slice(colon + 1)];
      const bucket = prefix === "label" ? "daily" : prefix === "host" ? "hostWrites" : (prefix as DailyPrefix);
      out[bucket][rest] = entry.count;
    }
    return out;
  }
}

/** Counters kept per registrant: adds per (meeting or webinar, address), status updates per registrant. */
export type DailyPrefix = "registrantAdds" | "registrantStatusUpdates";
