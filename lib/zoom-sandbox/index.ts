/**
 * The Zoom sandbox: a local Zoom (OAuth host + REST API + control API) for demo mode,
 * development and tests. `createSandbox` returns a fetch-style handler that can be mounted in
 * Next (`/sandbox`) or served standalone by node-server.ts.
 */
import { SandboxClock } from "./clock";
import { clearCounters, emptyCounters, type Counters } from "./counters";
import { FaultStore } from "./faults";
import { DEFAULT_REGISTRANT_CAPS } from "./handler-limits";
import { allRouteScopes } from "./oauth/scopes";
import { emptyOAuthStore, type OAuthStore } from "./oauth/store";
import { resolveOptions, SANDBOX_DEFAULTS, type SandboxOptions } from "./options";
import { loadSnapshot, Persister } from "./persistence";
import { createRandom } from "./random";
import { defaultRateLimitConfig, RateLimiter } from "./rate-limits";
import type { Peer } from "./peer";
import { createRouter } from "./router";
import { restRoutes } from "./routes";
import type { SandboxConfig, SandboxRuntime } from "./runtime";
import { seedState } from "./seed";
import type { SandboxState } from "./types";
import { defaultWebhooksConfig, WebhookHub } from "./webhooks/hub";

export { SANDBOX_DEFAULTS };
export type { SandboxOptions };
export type { SandboxPlan } from "./options";
export type { Counters } from "./counters";
export type { Peer } from "./peer";

export interface Sandbox {
  /** Handles one request (OAuth, `/v2`, `/_sandbox`, pages), with the mount prefix if any. */
  fetch(req: Request, peer?: Peer): Promise<Response>;
  /** Back to the seed (clock, faults, limits, counters too); OAuth tokens survive so signed-in clients stay signed in. */
  reset(): void;
  /** The live state (same object across resets). */
  readonly state: SandboxState;
  /** Token grants by grant_type and REST calls by operationId (live object). */
  readonly counters: Counters;
  /** Persists now (no-op without persistPath). */
  flush(): Promise<void>;
}

export { restRoutes };

function replaceInPlace<T extends object>(target: T, fresh: T): void {
  for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
  Object.assign(target, fresh);
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const opts = resolveOptions(options);
  const routes = restRoutes;
  const clock = new SandboxClock(opts.baseNow);
  const snapshot = opts.persistPath ? loadSnapshot(opts.persistPath) : undefined;
  const defaultConfig = (): SandboxConfig => ({
    grantedScopes: opts.grantedScopes ? [...opts.grantedScopes] : allRouteScopes(routes),
    rateLimits: defaultRateLimitConfig(opts.plan),
    registrantCaps: { ...DEFAULT_REGISTRANT_CAPS },
  });
  if (snapshot) clock.restore(snapshot.clockOffsetMs ?? 0);

  const state: SandboxState = snapshot?.state ?? seedState({ seed: opts.seed, accountId: opts.accountId, now: clock.now() });
  const oauth: OAuthStore = snapshot?.oauth ?? emptyOAuthStore();
  const config: SandboxConfig = snapshot?.config ?? defaultConfig();
  // A file saved before a setting existed gets its default.
  config.rateLimits = { ...defaultRateLimitConfig(opts.plan), ...config.rateLimits };
  config.registrantCaps = { ...DEFAULT_REGISTRANT_CAPS, ...config.registrantCaps };
  // Options win over a saved file for what the operator configures explicitly.
  if (opts.grantedScopes) config.grantedScopes = [...opts.grantedScopes];
  if (options.plan) config.rateLimits.plan = options.plan;
  state.accountId = opts.accountId;
  config.webhooks ??= defaultWebhooksConfig();
  if (opts.webhookSubscription) {
    const own = opts.webhookSubscription;
    config.webhooks.subscriptions = [...config.webhooks.subscriptions.filter((sub) => sub.url !== own.url), { ...own }];
  }

  let persister: Persister | undefined;
  const rt: SandboxRuntime = {
    opts,
    state,
    oauth,
    config,
    clock,
    random: createRandom((opts.seed ^ (state.seq * 2654435761)) >>> 0),
    limiter: new RateLimiter(),
    faults: new FaultStore(),
    counters: emptyCounters(),
    routes,
    webhooks: new WebhookHub({
      config: () => (rt.config.webhooks ??= defaultWebhooksConfig()),
      state: () => rt.state,
      baseUrl: opts.baseUrl,
      nowMs: () => rt.clock.now().getTime(),
    }),
    changed: () => persister?.schedule(),
    reset(resetOpts = {}) {
      clock.reset();
      replaceInPlace(rt.state, seedState({ seed: opts.seed, accountId: opts.accountId, now: clock.now() }));
      rt.random = createRandom(opts.seed);
      if (resetOpts.tokens) replaceInPlace(rt.oauth, emptyOAuthStore());
      // Subscriptions belong to the Zoom app, not to the account's data: they survive a reset.
      const webhooks = rt.config.webhooks;
      replaceInPlace(rt.config, defaultConfig());
      rt.config.webhooks = webhooks;
      rt.webhooks.sender.clear();
      rt.limiter.clear();
      rt.faults.clear();
      clearCounters(rt.counters);
      persister?.schedule();
    },
  };
  if (opts.persistPath) {
    persister = new Persister(opts.persistPath, opts.persistDebounceMs, () => ({
      version: 1,
      savedAt: new Date().toISOString(),
      state: rt.state,
      oauth: rt.oauth,
      config: rt.config,
      clockOffsetMs: rt.clock.offset,
    }));
    if (!snapshot) persister.schedule();
  }
  const router = createRouter(rt);

  return {
    fetch: (req, peer) => router.handle(req, peer),
    reset: () => rt.reset(),
    get state() {
      return rt.state;
    },
    get counters() {
      return rt.counters;
    },
    flush: () => persister?.flush() ?? Promise.resolve(),
  };
}
