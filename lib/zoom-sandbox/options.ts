/**
 * Construction options of a sandbox and their documented defaults. The sandbox never reads
 * process.env: whoever starts it (scripts/sandbox.ts, the Next mount, a test) passes options.
 */

export type SandboxPlan = "free" | "pro" | "business";

export interface SandboxOptions {
  /** Public base, e.g. http://127.0.0.1:4010 or http://localhost:3000/sandbox. */
  baseUrl: string;
  /** Path prefix to strip when mounted, e.g. "/sandbox". */
  basePath?: string;
  clientId?: string;
  clientSecret?: string;
  accountId?: string;
  /** Exact redirect URIs allowed at /oauth/authorize; default: any http(s) URI on localhost/127.0.0.1/[::1]. */
  allowedRedirectUris?: string[];
  /**
   * For a sandbox mounted inside the app it serves (demo mode without a fixed public URL): a redirect
   * URI is also allowed when it has this path and the very host the consent page was asked for on —
   * the person's browser is on that address, whatever it is (localhost, 127.0.0.1, a LAN name).
   */
  sameHostRedirectPath?: string;
  /** Scopes granted to the app; default: every scope any sandbox operation accepts. */
  grantedScopes?: string[];
  /** JSON file: loaded on start, saved (debounced, atomic rename) after mutations. */
  persistPath?: string;
  seed?: number;
  plan?: SandboxPlan;
  now?: () => Date;
  /** Refresh-token lifetime; Zoom's KB says 15 years, other Zoom pages say ~90 days. */
  refreshTokenTtlSeconds?: number;
  /** Debounce for persistence writes (ms). */
  persistDebounceMs?: number;
  /**
   * Whether `/_sandbox/*` (reset, faults, clock, token expiry…, no auth) answers at all. A test
   * tool wants it; a sandbox that anyone on the network can reach (demo mode) must not have it.
   */
  control: boolean;
  /**
   * Who may use the `account_credentials` grant: anyone with the client id/secret, or only callers
   * on this machine (the host reports the peer address in `fetch(req, { remoteAddress })`).
   */
  accountCredentials?: "anyone" | "loopback";
  /** Largest request body accepted on any route; larger ones get a 413 before being read whole. */
  maxBodyBytes?: number;
  /**
   * An event subscription set by whoever runs the sandbox (demo mode: the dashboard's own
   * endpoint and generated secret token), replacing a saved one to the same URL. No handshake:
   * the operator vouches for it; subscriptions saved through the control API are validated.
   */
  webhookSubscription?: { url: string; secretToken: string };
}

/** The credentials and account a fresh sandbox uses when none are given. */
export const SANDBOX_DEFAULTS = {
  clientId: "sandbox_client_id",
  clientSecret: "sandbox_client_secret",
  accountId: "sandbox_account",
  seed: 42,
  plan: "business" as SandboxPlan,
  port: 4010,
  /** Zoom's JSON bodies are small; 1 MiB leaves room for long agendas and raw mail. */
  maxBodyBytes: 1024 * 1024,
} as const;

export interface ResolvedOptions {
  baseUrl: string;
  basePath: string;
  clientId: string;
  clientSecret: string;
  accountId: string;
  allowedRedirectUris?: string[];
  sameHostRedirectPath?: string;
  grantedScopes?: string[];
  persistPath?: string;
  seed: number;
  plan: SandboxPlan;
  baseNow: () => Date;
  refreshTokenTtlSeconds: number;
  persistDebounceMs: number;
  control: boolean;
  accountCredentials: "anyone" | "loopback";
  maxBodyBytes: number;
  webhookSubscription?: { url: string; secretToken: string };
}

function trimSlash(value: string): string {
  return value.replace(/\/+$/, "");
}

export function resolveOptions(options: SandboxOptions): ResolvedOptions {
  const basePath = options.basePath ? "/" + options.basePath.replace(/^\/+|\/+$/g, "") : "";
  return {
    baseUrl: trimSlash(options.baseUrl),
    basePath: basePath === "/" ? "" : basePath,
    clientId: options.clientId ?? SANDBOX_DEFAULTS.clientId,
    clientSecret: options.clientSecret ?? SANDBOX_DEFAULTS.clientSecret,
    accountId: options.accountId ?? SANDBOX_DEFAULTS.accountId,
    allowedRedirectUris: options.allowedRedirectUris,
    sameHostRedirectPath: options.sameHostRedirectPath,
    grantedScopes: options.grantedScopes,
    persistPath: options.persistPath,
    seed: options.seed ?? SANDBOX_DEFAULTS.seed,
    plan: options.plan ?? SANDBOX_DEFAULTS.plan,
    baseNow: options.now ?? (() => new Date()),
    refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 15 * 365 * 24 * 3600,
    persistDebounceMs: options.persistDebounceMs ?? 250,
    control: options.control,
    accountCredentials: options.accountCredentials ?? "anyone",
    maxBodyBytes: options.maxBodyBytes ?? SANDBOX_DEFAULTS.maxBodyBytes,
    webhookSubscription: options.webhookSubscription,
  };
}
