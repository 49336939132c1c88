/**
 * Background imports on real `next start` processes sharing one PostgreSQL, against the sandbox
 * with Zoom's Business-plan limits on (the bench measures the Pro plan; Business keeps this test short): a process killed half-way (SIGKILL, no shutdown hook) loses
 * nothing and registers nobody twice once an instance is back; two instances share one import and
 * stay within the account's per-second limit between them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountToken, control } from "@/lib/zoom-sandbox/testing";
import type { SandboxServer } from "@/lib/zoom-sandbox/node-server";
import { startProcessStack, type ProcessStack } from "./stack";
import { ensureProductionBuild, signInOverHttp, startDashboard, type DashboardProcess } from "./dashboard-process";
import { OWNER_EMAIL } from "./sandbox-oauth";

const ROWS = 1000;
/** The sandbox's Business plan: 80 registrant adds (LIGHT) a second for the whole account. */
const LIGHT_PER_SECOND = 80;

let sandbox: SandboxServer;
let stack: ProcessStack;
const running: DashboardProcess[] = [];

async function dashboard(): Promise<DashboardProcess> {
  const app = await startDashboard({ ...stack.env, ZOOM_ACCOUNT_PLAN: "business" });
  running.push(app);
  return app;
}

beforeAll(async () => {
  ensureProductionBuild();
  stack = await startProcessStack();
  ({ sandbox } = stack);
  expect((await control(sandbox.url, "PUT", "/rate-limits", { plan: "business", resetCounters: true })).ok).toBe(true);
}, 600_000);

afterAll(async () => {
  await Promise.all(running.map((app) => app.stop()));
  await stack?.stop();
});

async function meetingWithRegistration(): Promise<string> {
  // The account's token, not the owner's: a new user authorization would replace the one the dashboard holds.
  const { access_token } = await accountToken(sandbox.url);
  const res = await fetch(`${sandbox.url}/v2/users/${OWNER_EMAIL}/meetings`, {
    method: "POST",
    headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
    body: JSON.stringify({ topic: "All-hands", type: 2, start_time: "2030-01-15T10:00:00Z", duration: 60, settings: { approval_type: 0 } }),
  });
  expect(res.status).toBe(201);
  return String(((await res.json()) as { id: number }).id);
}

async function registeredEmails(meetingId: string): Promise<string[]> {
  const { access_token } = await accountToken(sandbox.url);
  const emails: string[] = [];
  let token = "";
  do {
    const res = await fetch(`${sandbox.url}/v2/meetings/${meetingId}/registrants?status=approved&page_size=300&next_page_token=${token}`, { headers: { authorization: `Bearer ${access_token}` } });
    const page = (await res.json()) as { registrants: { email: string }[]; next_page_token?: string };
    emails.push(...page.registrants.map((r) => r.email));
    token = page.next_page_token ?? "";
  } while (token);
  return emails;
}

const createCalls = async () => ((await (await control(sandbox.url, "GET", "/counters")).json()) as { calls: Record<string, number> }).calls.meetingRegistrantCreate ?? 0;

async function startImport(app: DashboardProcess, cookie: string, meetingId: string, prefix: string): Promise<string> {
  const rows = Array.from({ length: ROWS }, (_, i) => ({ email: `${prefix}${i}@example.org`, first_name: "Guest", last_name: String(i) }));
  const res = await fetch(`${app.url}/api/zoom/meetings/${meetingId}/registrants/imports`, {
    method: "POST",
    headers: { cookie, origin: app.url, "content-type": "application/json" },
    body: JSON.stringify({ rows, fileName: `${prefix}.csv` }),
  });
  const body = await res.text();
  expect(res.status, `${body}\n${app.output().slice(-3000)}`).toBe(202);
  return (JSON.parse(body) as { id: string }).id;
}

interface Progress {
  state: string;
  done: number;
  failed: number;
  skipped: number;
}

async function progress(app: DashboardProcess, cookie: string, jobId: string): Promise<Progress> {
  const res = await fetch(`${app.url}/api/jobs/${jobId}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as Progress;
}

async function until(app: DashboardProcess, cookie: string, jobId: string, ready: (p: Progress) => boolean): Promise<Progress> {
  for (;;) {
    const p = await progress(app, cookie, jobId);
    if (ready(p)) return p;
    if (["failed", "cancelled"].includes(p.state)) throw new Error(`job ended ${p.state}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("a 1,000-row import on real instances", () => {
  it("survives its instance being killed half-way: every row registered exactly once after a restart", async () => {
    const first = await dashboard();
    const { cookie } = await signInOverHttp(first.url, sandbox.url, OWNER_EMAIL);
    const meetingId = await meetingWithRegistration();
    await control(sandbox.url, "DELETE", "/counters");
    const jobId = await startImport(first, cookie, meetingId, "crash");
    await until(first, cookie, jobId, (p) => p.done >= ROWS / 3);
    await first.crash();
    running.splice(running.indexOf(first), 1);

    const second = await dashboard();
    const end = await until(second, cookie, jobId, (p) => p.state === "done");
    expect(end.failed).toBe(0);
    expect(end.done + end.skipped).toBe(ROWS);
    const emails = await registeredEmails(meetingId);
    expect(emails).toHaveLength(ROWS);
    expect(new Set(emails).size).toBe(ROWS);
    // Each add that Zoom accepted registered someone new: none was sent again after the restart
    // (a 429 answer is the only other outcome, and it registers nobody).
    const calls = await createCalls();
    const rateLimited = calls - ROWS;
    expect(rateLimited).toBeGreaterThanOrEqual(0);
    expect(rateLimited).toBeLessThan(ROWS * 0.02);
    await second.stop();
    running.splice(running.indexOf(second), 1);
  }, 300_000);

  it("is shared by two instances, which stay within the account's per-second limit together", async () => {
    const [a, b] = await Promise.all([dashboard(), dashboard()]);
    const { cookie } = await signInOverHttp(a.url, sandbox.url, OWNER_EMAIL);
    const meetingId = await meetingWithRegistration();
    await control(sandbox.url, "DELETE", "/counters");
    const started = Date.now();
    const jobId = await startImport(a, cookie, meetingId, "shared");
    const end = await until(b, cookie, jobId, (p) => p.state === "done");
    const seconds = (Date.now() - started) / 1000;
    expect(end).toMatchObject({ done: ROWS, failed: 0, skipped: 0 });
    expect(new Set(await registeredEmails(meetingId)).size).toBe(ROWS);

    // Both instances did part of the work (each item records which process finished it).
    const detail = (await (await fetch(`${a.url}/api/jobs/${jobId}?items=all`, { headers: { cookie } })).json()) as { items: unknown[] };
    expect(detail.items).toHaveLength(ROWS);
    const { Client } = (await import("pg")).default;
    const client = new Client({ connectionString: stack.database.url });
    await client.connect();
    const { rows } = await client.query<{ n: string }>(`SELECT count(DISTINCT "doneBy") AS n FROM "BulkJobItem" WHERE "jobId" = $1`, [jobId]);
    await client.end();
    expect(Number(rows[0]!.n)).toBe(2);

    // Together they never ran ahead of the account's limit: Zoom turned away almost nothing, and
    // the whole import took at least as long as the limit allows.
    const rateLimited = (await createCalls()) - ROWS;
    expect(rateLimited).toBeLessThan(ROWS * 0.02);
    expect(seconds).toBeGreaterThanOrEqual(ROWS / LIGHT_PER_SECOND - 1);
  }, 300_000);
});
