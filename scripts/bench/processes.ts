/**
 * The processes `npm run bench` measures, each on its own: the Zoom sandbox (standalone, in
 * memory), the dashboard (`scripts/start.ts`: embedded PostgreSQL, production build) and the bare
 * passthrough (bench/passthrough, a Next app built only here). Plus a sign-in through the
 * dashboard's real OAuth flow.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dashboardEnvFor } from "../../e2e/stack";
import { childProcessEnv } from "../../lib/env";

export const log = (message: string) => console.log(`[bench] ${message}`);
const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
const nextBin = path.resolve("node_modules/next/dist/bin/next");

export interface Running {
  url: string;
  /** The process the bench started; its tree is what serves `url` (see cpu.ts). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export async function waitFor(url: string, timeoutMs: number, child?: ChildProcess) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode}) before answering`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000}s`);
}

function running(url: string, child: ChildProcess): Running {
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

export async function startSandbox(port: number): Promise<Running> {
  const child = spawn(process.execPath, [tsx, "scripts/sandbox.ts", "--memory"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: childProcessEnv({ ZOOM_SANDBOX_PORT: String(port), LOG_LEVEL: "error" }),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/_sandbox/state/summary`, 60_000, child);
  return running(url, child);
}

export async function startDashboard(port: number, dataDir: string, sandboxUrl: string, extraEnv: Record<string, string> = {}): Promise<Running> {
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [tsx, "scripts/start.ts"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: childProcessEnv({ ...dashboardEnvFor(url, dataDir, sandboxUrl), LOG_LEVEL: "error", ...extraEnv }),
  });
  await waitFor(`${url}/api/health`, 900_000, child);
  return running(url, child);
}

const passthroughDir = path.resolve("bench/passthrough");

function passthroughHash(): string {
  const hash = createHash("sha256");
  for (const file of fs.readdirSync(passthroughDir, { recursive: true, encoding: "utf8" }).sort()) {
    if (file.startsWith(".next")) continue;
    const full = path.join(passthroughDir, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.update(fs.readFileSync("package-lock.json")).digest("hex");
}

/** Builds bench/passthrough when it changed (half a minute), then `next start`s it. */
export async function startPassthrough(port: number, target: string, token: string): Promise<Running> {
  const stamp = path.join(passthroughDir, ".next", "source-hash");
  const hash = passthroughHash();
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== hash) {
    log("building the bare passthrough (bench/passthrough)…");
    const build = spawnSync(process.execPath, [nextBin, "build", passthroughDir], { stdio: "pipe", env: childProcessEnv({ NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }) });
    if (build.status !== 0) throw new Error(`building bench/passthrough failed:\n${build.stdout}\n${build.stderr}`.slice(-3000));
    fs.writeFileSync(stamp, hash);
  }
  const child = spawn(process.execPath, [nextBin, "start", passthroughDir, "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: childProcessEnv({ NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BENCH_TARGET: target, BENCH_TOKEN: token }),
  });
  const url = `http://localhost:${port}`;
  await waitFor(`${url}/pool/users/me`, 60_000, child);
  return running(url, child);
}

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
  get(name: string) {
    return this.cookies.get(name);
  }
}

/** Signs in through the dashboard's real Zoom OAuth flow; returns the cookie header and the session cookie. */
export async function signIn(app: string, sandboxUrl: string, userId: string): Promise<{ cookie: string; session: { name: string; value: string } }> {
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
  const consent = await fetch(`${sandboxUrl}/oauth/authorize`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...Object.fromEntries(authorize.searchParams), user_id: userId, decision: "allow" }),
    redirect: "manual",
  });
  const callback = consent.headers.get("location");
  if (!callback) throw new Error(`consent answered ${consent.status}`);
  const done = await fetch(callback, { headers: { cookie: jar.header() }, redirect: "manual" });
  jar.store(done);
  const name = "next-auth.session-token";
  const value = jar.get(name);
  if (!value) throw new Error(`sign-in did not set a session (callback answered ${done.status})`);
  return { cookie: jar.header(), session: { name, value } };
}
