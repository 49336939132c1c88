/**
 * Real dashboard processes for integration tests: `next start` on the current production build
 * (built first when the sources changed, like scripts/test-e2e.ts), plus a browser-like sign-in
 * over plain HTTP (CSRF → next-auth sign-in → sandbox consent → callback → session cookie).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "../../../scripts/lib/build-stamp";
import { sandboxUserId } from "./sandbox-oauth";

const root = path.resolve(import.meta.dirname, "../../..");
// Child processes inherit this process's environment (PATH, HOME…) plus what each test sets.
// eslint-disable-next-line no-restricted-properties -- a test harness, not app configuration
const inherited = process.env;
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

/** Held while one test file builds: the serial files run two at a time, and two builds into one `.next` break both. */
const buildLock = path.join(root, "node_modules", ".cache", "zoom-dash-next-build.lock");
const BUILD_LOCK_STALE_MS = 15 * 60_000;
const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function withBuildLock<T>(work: () => T): T {
  fs.mkdirSync(path.dirname(buildLock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(buildLock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A run killed mid-build leaves its lock behind; no build takes this long.
      const age = Date.now() - (fs.statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > BUILD_LOCK_STALE_MS) fs.rmSync(buildLock, { recursive: true, force: true });
      else sleepSync(500);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(buildLock, { recursive: true, force: true });
  }
}

export function ensureProductionBuild(): { built: boolean; seconds: number } {
  const started = Date.now();
  if (buildIsCurrent(root)) return { built: false, seconds: 0 };
  return withBuildLock(() => {
    if (buildIsCurrent(root)) return { built: false, seconds: (Date.now() - started) / 1000 }; // the other file built it meanwhile
    const hash = sourceHash(root);
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: root,
      stdio: "pipe",
      env: { ...inherited, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`.slice(-4000));
    writeBuildStamp(root, hash);
    return { built: true, seconds: (Date.now() - started) / 1000 };
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface DashboardProcess {
  /** Killed without warning (SIGKILL): no shutdown hook runs, as when a machine dies. */
  crash(): Promise<void>;
  url: string;
  /** The `next start` process, for reading its memory. */
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * `next start` of the production build. By default with APP_URL (and next-auth's NEXTAUTH_URL) set to
 * its localhost address; `{ appUrl: false }` starts it the way `npm start` does without APP_URL.
 */
export async function startDashboard(env: Record<string, string>, options: { appUrl?: boolean } = {}): Promise<DashboardProcess> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const addresses = options.appUrl === false ? { AUTH_TRUST_HOST: "true" } : { APP_URL: url, NEXTAUTH_URL: url };
  const { APP_URL: _appUrl, NEXTAUTH_URL: _nextAuthUrl, ...outer } = inherited;
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: root,
    env: { ...outer, ...env, ...addresses, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dashboard exited early:\n${log}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`dashboard did not become healthy:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    output: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
    async crash() {
      if (child.exitCode !== null) return;
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/** A tiny cookie jar: enough for next-auth's csrf/state/pkce/session cookies on one host. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export interface HttpSignIn {
  /** The Cookie header to send as the signed-in person. */
  cookie: string;
  /** Where next-auth sent the browser (Zoom's /oauth/authorize with its parameters). */
  authorizeUrl: URL;
  /** The Set-Cookie line of the session cookie, attributes included. */
  sessionCookieLine: string;
}

/** Signs in through the dashboard's real next-auth flow and the sandbox's consent. */
export async function signInOverHttp(appUrl: string, sandboxUrl: string, email: string): Promise<HttpSignIn> {
  const jar = new Jar();
  const csrfResponse = await fetch(`${appUrl}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const start = await fetch(`${appUrl}/api/auth/signin/zoom`, {
    method: "POST",
    headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${appUrl}/`, json: "true" }),
  });
  jar.take(start);
  const authorizeUrl = new URL(((await start.json()) as { url: string }).url);
  const consent = new URLSearchParams(authorizeUrl.searchParams);
  consent.set("user_id", await sandboxUserId(sandboxUrl, email));
  consent.set("decision", "allow");
  const approved = await fetch(`${sandboxUrl}/oauth/authorize`, { method: "POST", body: consent, redirect: "manual" });
  const callback = approved.headers.get("location");
  if (!callback) throw new Error(`consent did not redirect (${approved.status})`);
  const done = await fetch(callback, { headers: { cookie: jar.header() }, redirect: "manual" });
  jar.take(done);
  const sessionCookieLine = done.headers.getSetCookie().find((line) => line.includes("next-auth.session-token="));
  if (!sessionCookieLine) throw new Error(`no session after the callback (${done.status} → ${done.headers.get("location")})`);
  return { cookie: jar.header(), authorizeUrl, sessionCookieLine };
}

/** Signs out through next-auth's own form post, as the user menu does. */
export async function signOutOverHttp(appUrl: string, cookie: string): Promise<void> {
  const csrfResponse = await fetch(`${appUrl}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const res = await fetch(`${appUrl}/api/auth/signout`, {
    method: "POST",
    headers: { cookie: [cookie, csrfCookie].filter(Boolean).join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${appUrl}/signin`, json: "true" }),
    redirect: "manual",
  });
  if (res.status >= 400) throw new Error(`sign-out failed: ${res.status}`);
}
