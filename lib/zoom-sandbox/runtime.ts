/**
 * Everything one sandbox instance holds besides the Zoom data itself: options, OAuth store,
 * configuration the control API can change, clock, limiter, faults and counters.
 * Modules that need more than a RouteContext (OAuth, control API) receive this object.
 */
import type { SandboxClock } from "./clock";
import type { Counters } from "./counters";
import type { FaultStore } from "./faults";
import type { OAuthStore } from "./oauth/store";
import type { ResolvedOptions } from "./options";
import type { RateLimitConfig, RateLimiter } from "./rate-limits";
import type { RouteDef, SandboxState } from "./types";
import type { WebhooksConfig } from "./webhooks/deliver";
import type { WebhookHub } from "./webhooks/hub";

export interface SandboxConfig {
  /** Scopes the app has been granted; tokens carry these (members' tokens minus `:admin` ones). */
  grantedScopes: string[];
  rateLimits: RateLimitConfig;
  /** Most registrants per meeting / per webinar (see handler-limits.ts). */
  registrantCaps: { meeting: number; webinar: number };
  /** The polling interval new device codes ask for; unset means Zoom's 5 s (see oauth/device.ts). */
  deviceIntervalSeconds?: number;
  /** Event subscriptions and retry timing (webhooks/); absent in files saved before webhooks existed. */
  webhooks?: WebhooksConfig;
}

export interface SandboxRuntime {
  opts: ResolvedOptions;
  state: SandboxState;
  oauth: OAuthStore;
  config: SandboxConfig;
  clock: SandboxClock;
  random: () => number;
  limiter: RateLimiter;
  faults: FaultStore;
  counters: Counters;
  routes: RouteDef[];
  /** Event subscriptions: sends the events each state-changing request caused. */
  webhooks: WebhookHub;
  /** Call after any mutation worth persisting; debounced by the persistence layer. */
  changed(): void;
  /** Replaces the state with a fresh seed (in place) and clears per-run machinery. */
  reset(opts?: { tokens?: boolean }): void;
}
