/**
 * The one module that reads `process.env`. Everything else imports `env` (or a helper below).
 * Validated once, at import; a wrong value stops start-up with one sentence naming the variable.
 */
import path from "node:path";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const optionalUrl = z.url().optional();

/** `kid:base64key` pairs, comma-separated; the first is used for new values, all can decrypt. */
const encryptionKeys = z
  .string()
  .optional()
  .refine(
    (value) =>
      value === undefined ||
      value.split(",").every((pair) => {
        const [kid, key] = pair.trim().split(":");
        return /^[A-Za-z0-9_-]{1,32}$/.test(kid ?? "") && Buffer.from(key ?? "", "base64").length === 32;
      }),
    "must be comma-separated kid:key pairs, each key 32 bytes in base64 (e.g. k1:$(openssl rand -base64 32))",
  );

export class ConfigError extends Error {
  override name = "ConfigError";
}

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: port.default(3000),
    /** Interface `next start` listens on; default: loopback in demo mode, every interface otherwise. */
    HOST: z.string().min(1).optional(),
    APP_URL: optionalUrl,
    DATA_DIR: z.string().min(1).default("./.data"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    /**
     * A direct (session) connection for the change feed's LISTEN, when DATABASE_URL goes through a
     * transaction-mode pooler, which cannot deliver notifications. Default: DATABASE_URL.
     */
    DATABASE_LISTEN_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    /**
     * Named (server-side cached) prepared statements for the app's queries. Turn off behind a pooler
     * in transaction mode that cannot track them (PgBouncer before 1.21, or without
     * `max_prepared_statements`).
     */
    DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    TOKEN_ENCRYPTION_KEYS: encryptionKeys,
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),

    ZOOM_CLIENT_ID: z.string().min(1).optional(),
    ZOOM_CLIENT_SECRET: z.string().min(1).optional(),
    ZOOM_ACCOUNT_ID: z.string().min(1).optional(),
    ZOOM_S2S_CLIENT_ID: z.string().min(1).optional(),
    ZOOM_S2S_CLIENT_SECRET: z.string().min(1).optional(),
    /**
     * The Zoom app's webhook "Secret Token" (Features → Access → Event subscription): signs every
     * event sent to POST /api/zoom/webhooks. Absent with a real Zoom app → that endpoint refuses
     * everything; in demo mode one is generated into DATA_DIR for the embedded sandbox.
     */
    ZOOM_WEBHOOK_SECRET_TOKEN: z.string().min(8, "must be the app's secret token (at least 8 characters)").optional(),
    ZOOM_OAUTH_BASE_URL: z.url().default("https://zoom.us"),
    ZOOM_API_BASE_URL: z.url().default("https://api.zoom.us/v2"),
    ZOOM_SANDBOX: z.enum(["embedded", "off"]).default("embedded"),
    ZOOM_SANDBOX_PORT: port.default(4010),
    ZOOM_SANDBOX_CLIENT_ID: z.string().min(1).default("sandbox_client_id"),
    ZOOM_SANDBOX_CLIENT_SECRET: z.string().min(1).default("sandbox_client_secret"),
    ZOOM_SANDBOX_ACCOUNT_ID: z.string().min(1).default("sandbox_account"),
    /** Demo mode: whether /sandbox/_sandbox/* (reset, faults, clock; no auth) answers at all. */
    ZOOM_SANDBOX_CONTROL: z.enum(["on", "off"]).default("off"),

    /**
     * The Zoom account's plan, for pacing background jobs to Zoom's per-second limits (NOTES §3:
     * Light 4/30/80, Medium 2/20/60 per second on Free/Pro/Business and up). Too high a plan only
     * means more 429s, which the jobs honour; too low means slower jobs.
     */
    ZOOM_ACCOUNT_PLAN: z.enum(["free", "pro", "business"]).default("pro"),
    /** Whether this instance works background jobs (imports, bulk changes). Any instance may; all share the queue. */
    JOBS_WORKER: z.enum(["on", "off"]).default("on"),
    /** Set by Next.js in instrumentation: "nodejs" or "edge". */
    NEXT_RUNTIME: z.string().optional(),
    /**
     * Set by scripts/start.ts on the `next start` it runs: its own pid. The server stops when that
     * process is gone, so a start script killed outright never leaves an orphaned server behind.
     */
    DASHBOARD_PARENT_PID: z.coerce.number().int().positive().optional(),

    CHROMIUM_PATH: z.string().min(1).optional(),
    /** Test-only: the throwaway DATA_DIR of an end-to-end run (set by scripts/test-e2e.ts). */
    E2E_DATA_DIR: z.string().min(1).optional(),
    /** Test-only: ports of the end-to-end stack, so two checkouts can run their suites side by side. */
    E2E_APP_PORT: port.default(3100),
    E2E_SANDBOX_PORT: port.default(4011),
    CI: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
  onValidationError(issues) {
    const first = issues[0];
    const name = first?.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".") ?? "configuration";
    throw new ConfigError(`Invalid environment variable ${name}: ${first?.message ?? "invalid value"}.`);
  },
});

/** A half-configured Zoom app would silently fall back to demo mode; refuse it instead. */
for (const [id, secret] of [
  ["ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"],
  ["ZOOM_S2S_CLIENT_ID", "ZOOM_S2S_CLIENT_SECRET"],
] as const) {
  const [set, missing] = env[id] ? [id, secret] : [secret, id];
  if (Boolean(env[id]) !== Boolean(env[secret])) {
    throw new ConfigError(`Invalid environment variable ${missing}: missing while ${set} is set — set both, or neither for demo mode.`);
  }
}

/** Absolute data directory: embedded PostgreSQL files, generated secrets, sandbox state. */
export const dataDir = path.resolve(env.DATA_DIR);

/** The public URL of the dashboard (what browsers and OAuth redirects use). */
export const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");

/**
 * Whether APP_URL was set. When it is, the dashboard has one address and other hosts are redirected
 * to it; when it is not, sign-in works from whatever address the browser used (localhost,
 * 127.0.0.1, the machine's name or LAN address).
 */
export const appUrlConfigured = env.APP_URL !== undefined;

/**
 * Where `next start` listens. Demo mode signs anyone in as any demo user, so by default it is
 * reachable from this machine only; 127.0.0.1 rather than `localhost` because the server calls its
 * own sandbox there, and browsers fall back from ::1 to 127.0.0.1. With Zoom credentials:
 * undefined, i.e. Next's default — every interface, IPv4 and IPv6.
 */
export function listenHost(): string | undefined {
  if (env.HOST) return env.HOST;
  return zoomConfig().mode === "zoom" ? undefined : "127.0.0.1";
}

export type ZoomMode = "zoom" | "sandbox" | "unconfigured";

export interface ZoomConfig {
  mode: ZoomMode;
  /** Where browsers are sent for /oauth/authorize. */
  oauthBaseUrl: string;
  /** Where the server calls /oauth/token, /oauth/revoke, /oauth/devicecode. */
  oauthServerBaseUrl: string;
  /** REST base, ending in /v2. */
  apiBaseUrl: string;
  clientId: string;
  clientSecret: string;
  accountId?: string;
  s2sClientId: string;
  s2sClientSecret: string;
}

/**
 * Which Zoom the dashboard talks to. Credentials configured → that Zoom (zoom.us by default, or
 * whatever the base URLs point at, e.g. a standalone sandbox in tests). No credentials → the sandbox
 * mounted in this app under /sandbox (demo mode), unless ZOOM_SANDBOX=off.
 */
export function zoomConfig(): ZoomConfig {
  if (env.ZOOM_CLIENT_ID && env.ZOOM_CLIENT_SECRET) {
    const oauth = env.ZOOM_OAUTH_BASE_URL.replace(/\/$/, "");
    return {
      mode: "zoom",
      oauthBaseUrl: oauth,
      oauthServerBaseUrl: oauth,
      apiBaseUrl: env.ZOOM_API_BASE_URL.replace(/\/$/, ""),
      clientId: env.ZOOM_CLIENT_ID,
      clientSecret: env.ZOOM_CLIENT_SECRET,
      accountId: env.ZOOM_ACCOUNT_ID,
      s2sClientId: env.ZOOM_S2S_CLIENT_ID ?? env.ZOOM_CLIENT_ID,
      s2sClientSecret: env.ZOOM_S2S_CLIENT_SECRET ?? env.ZOOM_CLIENT_SECRET,
    };
  }
  // The server reaches its own mounted sandbox over loopback, whatever public URL it is served under.
  const internal = `http://127.0.0.1:${env.PORT}/sandbox`;
  return {
    mode: env.ZOOM_SANDBOX === "embedded" ? "sandbox" : "unconfigured",
    oauthBaseUrl: `${appUrl}/sandbox`,
    oauthServerBaseUrl: internal,
    apiBaseUrl: `${internal}/v2`,
    clientId: env.ZOOM_SANDBOX_CLIENT_ID,
    clientSecret: env.ZOOM_SANDBOX_CLIENT_SECRET,
    accountId: env.ZOOM_SANDBOX_ACCOUNT_ID,
    s2sClientId: env.ZOOM_SANDBOX_CLIENT_ID,
    s2sClientSecret: env.ZOOM_SANDBOX_CLIENT_SECRET,
  };
}

/**
 * The environment a child process (next build/start, Playwright, Prisma's CLI) inherits, plus
 * `extra`. Spawning is the one other use of process.env, so it lives here too.
 */
export function childProcessEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
