/**
 * `npm run bench`: what the proxy costs. Starts a standalone Zoom sandbox and the production
 * dashboard against it (fresh DATA_DIR, embedded PostgreSQL), signs in as the sandbox's owner
 * through the real OAuth flow, then fires the same list request
 *   - directly at the sandbox:  GET /v2/users/me/meetings?type=upcoming&page_size=30 (bearer token)
 *   - through the dashboard:    GET /api/zoom/meetings?type=upcoming&page_size=30 (session cookie)
 * at a fixed concurrency and prints requests per second and latency percentiles for both, and the
 * latency the dashboard adds (session check, token vault, zod, JSON re-shaping).
 *
 * Options: --requests N (default 600), --concurrency C (default 8), --port P (dashboard, default 3300).
 * The sandbox's own rate limits are lifted for the run, so the numbers measure software, not Zoom's
 * quotas. The dashboard is built first when its sources changed (`next build`, a few minutes).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { removeDataDir } from "../lib/db/cluster-place";
import { childProcessEnv } from "../lib/env";
import { startSandboxServer } from "../lib/zoom-sandbox/node-server";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const REQUESTS = arg("requests", 600);
const CONCURRENCY = arg("concurrency", 8);
const PORT = arg("port", 3300);
const OWNER = "olivia.bennett@brightwave.test";
const log = (message: string) => console.log(`[bench] ${message}`);

/** A tiny cookie jar for the sign-in dance (next-auth sets several cookies on the way). */
class Jar {
  private cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000}s`);
}

/** Signs in through the dashboard's real Zoom OAuth flow and returns the session cookie header. */
async function signIn(app: string, sandboxUrl: string, userId: string): Promise<string> {
  const jar = new Jar();
  const csrfRes = await fetch(`${app}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const start = await fetch(`${app}/api/auth/signin/zoom`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
  });
  jar.store(start);
  const authorize = new URL(((await start.json()) as { url: string }).url);
  const fields = Object.fromEntries(authorize.searchParams);
  const consent = await fetch(`${sandboxUrl}/oauth/authorize`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, user_id: userId, decision: "allow" }),
    redirect: "manual",
  });
  const callback = consent.headers.get("location");
  if (!callback) throw new Error(`consent answered ${consent.status}`);
  const done = await fetch(callback, { headers: { cookie: jar.header() }, redirect: "manual" });
  jar.store(done);
  if (!jar.header().includes("session-token")) throw new Error(`sign-in did not set a session (callback answered ${done.status})`);
  return jar.header();
}

interface Result {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

async function run(label: string, url: string, headers: Record<string, string>): Promise<Result> {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t0 = performance.now();
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        times.push(performance.now() - t0);
        if (!res.ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  const result = { rps: times.length / seconds, p50: pct(50), p95: pct(95), p99: pct(99), errors };
  log(`${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${errors} errors`);
  return result;
}

async function main() {
  const sandbox = await startSandboxServer({ port: 0 });
  const control = (method: string, p: string, body?: unknown) =>
    fetch(`${sandbox.url}/_sandbox${p}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  await control("PUT", "/rate-limits", { overrides: { LIGHT: { limit: 1_000_000, daily: null }, MEDIUM: { limit: 1_000_000, daily: null } }, resetCounters: true });
  const owner = sandbox.sandbox.state.users.find((u) => u.email === OWNER)!;
  log(`sandbox on ${sandbox.url}`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zoom-dash-bench-"));
  const app = `http://localhost:${PORT}`;
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: childProcessEnv({
        PORT: String(PORT),
        APP_URL: app,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        ZOOM_CLIENT_ID: "sandbox_client_id",
        ZOOM_CLIENT_SECRET: "sandbox_client_secret",
        ZOOM_ACCOUNT_ID: "sandbox_account",
        ZOOM_OAUTH_BASE_URL: sandbox.url,
        ZOOM_API_BASE_URL: `${sandbox.url}/v2`,
        LOG_LEVEL: "error",
        NEXT_TELEMETRY_DISABLED: "1",
      }),
    });
    await waitFor(`${app}/api/health`, 600_000);
    const cookie = await signIn(app, sandbox.url, owner.id);
    log(`signed in as ${OWNER}`);

    const token = await fetch(`${sandbox.url}/oauth/token?grant_type=account_credentials&account_id=sandbox_account`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from("sandbox_client_id:sandbox_client_secret").toString("base64")}` },
    }).then((r) => r.json() as Promise<{ access_token: string }>);

    const direct = `${sandbox.url}/v2/users/${owner.id}/meetings?type=upcoming&page_size=30`;
    const proxied = `${app}/api/zoom/meetings?type=upcoming&page_size=30`;
    // Warm up both paths (JIT, connection pools, the vault's token cache).
    for (let i = 0; i < 30; i++) {
      await fetch(direct, { headers: { authorization: `Bearer ${token.access_token}` } }).then((r) => r.arrayBuffer());
      await fetch(proxied, { headers: { cookie } }).then((r) => r.arrayBuffer());
    }
    log(`${REQUESTS} requests per path, ${CONCURRENCY} at a time`);
    const a = await run("sandbox directly     ", direct, { authorization: `Bearer ${token.access_token}` });
    const b = await run("through /api/zoom    ", proxied, { cookie });
    console.log("");
    console.log("| path | req/s | p50 ms | p95 ms | p99 ms | errors |");
    console.log("|---|---:|---:|---:|---:|---:|");
    console.log(`| sandbox directly | ${a.rps.toFixed(0)} | ${a.p50.toFixed(1)} | ${a.p95.toFixed(1)} | ${a.p99.toFixed(1)} | ${a.errors} |`);
    console.log(`| GET /api/zoom/meetings | ${b.rps.toFixed(0)} | ${b.p50.toFixed(1)} | ${b.p95.toFixed(1)} | ${b.p99.toFixed(1)} | ${b.errors} |`);
    console.log("");
    console.log(`Added by the dashboard: ${(b.p50 - a.p50).toFixed(1)} ms at p50, ${(b.p95 - a.p95).toFixed(1)} ms at p95; throughput ${((b.rps / a.rps) * 100).toFixed(0)}% of direct.`);
    console.log(`(${os.cpus().length} CPUs, concurrency ${CONCURRENCY}, ${REQUESTS} requests per path, production build, sandbox rate limits lifted.)`);
  } finally {
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child!.once("exit", resolve));
    }
    await sandbox.close();
    removeDataDir(dataDir);
  }
}

main().catch((error: Error) => {
  console.error(`[bench] ${error.message}`);
  process.exit(1);
});
