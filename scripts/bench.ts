/**
 * `npm run bench`: what the dashboard costs, as ratios measured in one run on this machine.
 *
 * Proxy: three scenarios — list meetings, a meeting's start link, delete a meeting (a write) — each
 * measured four ways side by side: the sandbox directly, the bare passthrough (bench/passthrough,
 * a Next route that forwards with a fixed token; once with Next's fetch, once with an undici
 * keep-alive pool) and the dashboard's real route (session cookie, viewer, access check, token
 * vault, zod, re-shaping). 1,000 warm-up requests per path, then interleaved rounds at concurrency
 * 1 (latency) and 32 (throughput); each figure is the median round.
 *
 * Pages: first-load JavaScript and Largest Contentful Paint in Chromium (scripts/bench/pages.ts).
 *
 * Registrants: a 1,000-row background import at Zoom's Pro limits (scripts/bench/bulk-import.ts),
 * measured last, after the sandbox's limits are put back.
 *
 * Options: --rounds N (3), --quick (fewer requests, for trying the bench itself), --pages-only
 * (skip the proxy scenarios), --bulk-only (only the bulk import), --only list|link|delete (one proxy
 * scenario, nothing else), --cpu-prof (profile the dashboard), --port P (3300;
 * the sandbox and passthrough take P+1 and P+2). The sandbox's rate limits are lifted, so the
 * figures measure software, not Zoom's quotas. The dashboard is built first when its sources changed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { removeDataDir } from "../lib/db/cluster-place";
import { requestsPerTarget, scenario, type ScenarioOptions, type ScenarioResult, type Target } from "./bench/load";
import { measureBulkImport, printBulkImport } from "./bench/bulk-import";
import { measurePages, PAGE_LOADS, type PageFigures } from "./bench/pages";
import { treeCpu } from "./bench/cpu";
import { log, signIn, startDashboard, startPassthrough, startSandbox, type Running } from "./bench/processes";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const quick = process.argv.includes("--quick");
const pagesOnly = process.argv.includes("--pages-only");
const bulkOnly = process.argv.includes("--bulk-only");
/** --only list|link|delete: that proxy scenario alone, no pages or bulk import (for profiling one path). */
const only = (() => {
  const index = process.argv.indexOf("--only");
  return index > 0 ? process.argv[index + 1] : undefined;
})();
const PORT = arg("port", 3300);
const OPTIONS: Omit<ScenarioOptions, "offsets"> = quick
  ? { warmup: 200, rounds: 1, serialRequests: 100, parallelRequests: 300, parallel: 32 }
  : { warmup: 1_000, rounds: arg("rounds", 3), serialRequests: 300, parallelRequests: 1_000, parallel: 32 };
const OWNER = "olivia.bennett@brightwave.test";
const OTHER_HOST = "marcus.reyes@brightwave.test";
const PAGES: { path: string; kind: PageFigures["kind"] }[] = [
  { path: "/", kind: "home" },
  { path: "/meetings", kind: "list" },
  { path: "/webinars", kind: "list" },
  { path: "/users", kind: "list" },
  { path: "/meetings/new", kind: "form" },
  { path: "/webinars/new", kind: "form" },
];

/** The proxy's targets from the issue: the real route against the pool passthrough (the stronger yardstick). */
const TARGETS = { passthroughThroughput: 0.9, addedP50Ms: 0.5, directThroughput: 0.6 };
const PAGE_TARGETS = { listJsKb: 170, formJsKb: 200, meetingsLcpMs: 500 };

async function accountToken(sandboxUrl: string): Promise<string> {
  const res = await fetch(`${sandboxUrl}/oauth/token?grant_type=account_credentials&account_id=sandbox_account`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from("sandbox_client_id:sandbox_client_secret").toString("base64")}` },
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Meetings for the start-link and delete scenarios, made directly in the sandbox. */
async function makeMeetings(sandboxUrl: string, token: string, ownerId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const body = JSON.stringify({ topic: "Bench meeting", type: 2, start_time: "2030-01-15T10:00:00Z", duration: 30 });
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < count) {
        next++;
        const res = await fetch(`${sandboxUrl}/v2/users/${ownerId}/meetings`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body });
        if (res.status !== 201) throw new Error(`making bench meetings: ${res.status} ${await res.text()}`);
        ids.push(String(((await res.json()) as { id: number }).id));
      }
    }),
  );
  return ids;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const pct = (n: number) => `${Math.round(n * 100)}%`;
const mark = (ok: boolean) => (ok ? "met" : "NOT met");

function printScenario(title: string, results: ScenarioResult[]) {
  const [direct, , pool, route] = results as [ScenarioResult, ScenarioResult, ScenarioResult, ScenarioResult];
  console.log(`\n### ${title}\n`);
  // The server's own CPU per request (its process tree, at c=32): what each path costs the machine.
  // The dashboard's includes its PostgreSQL, shown in brackets.
  const cpu = (r: ScenarioResult) =>
    r.parallel.cpuPerRequest === null ? "–" : `${fmt(r.parallel.cpuPerRequest, 2)}${!r.parallel.dbCpuPerRequest ? "" : ` (db ${fmt(r.parallel.dbCpuPerRequest, 2)})`}`;
  console.log("| path | c=1 p50 ms | c=1 p95 ms | c=32 req/s | c=32 p50 ms | % of direct | server CPU ms/req | errors |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(`| ${r.label} | ${fmt(r.serial.p50, 2)} | ${fmt(r.serial.p95, 2)} | ${fmt(r.parallel.rps, 0)} | ${fmt(r.parallel.p50)} | ${pct(r.parallel.rps / direct.parallel.rps)} | ${cpu(r)} | ${r.serial.errors + r.parallel.errors} |`);
  }
  const ofPassthrough = route.parallel.rps / pool.parallel.rps;
  const added = route.serial.p50 - pool.serial.p50;
  const ofDirect = route.parallel.rps / direct.parallel.rps;
  console.log("");
  console.log(`- throughput of the real route: ${pct(ofPassthrough)} of the pool passthrough (target ≥ ${pct(TARGETS.passthroughThroughput)}: ${mark(ofPassthrough >= TARGETS.passthroughThroughput)}), ${pct(ofDirect)} of direct (target ≥ ${pct(TARGETS.directThroughput)}: ${mark(ofDirect >= TARGETS.directThroughput)})`);
  console.log(`- added latency at c=1, p50: ${fmt(added, 2)} ms over the pool passthrough (target ≤ ${TARGETS.addedP50Ms} ms: ${mark(added <= TARGETS.addedP50Ms)})`);
  const failed = results.find((r) => r.serial.errors + r.parallel.errors > 0);
  if (failed) console.log(`- errors on ${failed.label}: ${failed.serial.firstError ?? failed.parallel.firstError}`);
}

function printPages(pages: PageFigures[]) {
  console.log(`\n### Pages (Chromium, cold browser cache, median of ${PAGE_LOADS} loads)\n`);
  console.log("| page | first-load JS KB (gzip) | target | HTML KB (decoded) | LCP ms (median) | LCP ms (fastest–slowest) |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const p of pages) {
    const target = p.kind === "list" ? PAGE_TARGETS.listJsKb : p.kind === "form" ? PAGE_TARGETS.formJsKb : null;
    const js = `${fmt(p.jsKb)}${target !== null && p.jsKb > target ? " (over)" : ""}`;
    console.log(`| ${p.path} | ${js} | ${target === null ? "–" : `≤ ${target}`} | ${fmt(p.htmlKb)} | ${fmt(p.lcpMs, 0)} | ${fmt(p.lcpMinMs, 0)}–${fmt(p.lcpMaxMs, 0)} |`);
  }
  const meetings = pages.find((p) => p.path === "/meetings");
  if (meetings) console.log(`\n- LCP of /meetings: ${fmt(meetings.lcpMs, 0)} ms (target ≤ ${PAGE_TARGETS.meetingsLcpMs} ms: ${mark(meetings.lcpMs <= PAGE_TARGETS.meetingsLcpMs)})`);
}

async function main() {
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zoom-dash-bench-"));
  const running: Running[] = [];
  try {
    const sandbox = await startSandbox(PORT + 1);
    running.push(sandbox);
    const limits = await fetch(`${sandbox.url}/_sandbox/rate-limits`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        overrides: Object.fromEntries(["LIGHT", "MEDIUM", "HEAVY", "RESOURCE_INTENSIVE"].map((label) => [label, { limit: 1_000_000, daily: null }])),
        hostDailyWrites: 1_000_000_000,
        resetCounters: true,
      }),
    });
    if (!limits.ok) throw new Error(`lifting the sandbox's rate limits: ${limits.status} ${await limits.text()}`);
    const token = await accountToken(sandbox.url);
    const me = (await (await fetch(`${sandbox.url}/v2/users/${OWNER}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: string };
    log(`sandbox on ${sandbox.url}; owner ${OWNER} is ${me.id}`);

    // --cpu-prof: V8 CPU profiles of the dashboard's processes in ./.bench-profiles, to see where its time goes.
    const profile: Record<string, string> = process.argv.includes("--cpu-prof")
      ? { NODE_OPTIONS: `--require ${path.resolve("scripts/bench/cpu-profile.cjs")}`, BENCH_PROFILE_DIR: path.resolve(".bench-profiles") }
      : {};
    // Jobs are paced for the plan the bulk-import figure runs the sandbox at.
    const app = await startDashboard(PORT, dataDir, sandbox.url, { ...profile, ZOOM_ACCOUNT_PLAN: "pro" });
    running.push(app);
    const passthrough = await startPassthrough(PORT + 2, `${sandbox.url}/v2`, token);
    running.push(passthrough);
    const { cookie, session } = await signIn(app.url, sandbox.url, me.id);
    log(`dashboard on ${app.url}, passthrough on ${passthrough.url}; signed in as ${OWNER}`);

    if (bulkOnly) {
      printBulkImport(await measureBulkImport(app.url, cookie, sandbox.url, token, me.id));
      return;
    }
    if (pagesOnly) {
      printPages(await measurePages(app.url, session, PAGES));
      return;
    }
    const perTarget = requestsPerTarget(OPTIONS);
    log(`making ${perTarget * 4 + 50} meetings for the start-link and delete scenarios…`);
    const linkIds = await makeMeetings(sandbox.url, token, me.id, 50);
    // Made for another host, so the owner's list (the list scenario) stays the seeded size.
    const other = (await (await fetch(`${sandbox.url}/v2/users/${OTHER_HOST}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: string };
    const deleteIds = await makeMeetings(sandbox.url, token, other.id, perTarget * 4);
    const bearer = { authorization: `Bearer ${token}` };
    const asViewer = { cookie };
    // Slot: 0 direct, 1 and 2 the passthroughs, 3 the dashboard (delete targets each use their own meetings).
    // The passthroughs get the very request the dashboard gets, the browser's cookies included: Next
    // parses those for any route on the dashboard's origin, so only what the handler does differs.
    const four = (label: string, method: Target["method"], zoomPath: (i: number, slot: number) => string, routePath: (i: number) => string): Target[] => [
      { label: "sandbox directly", method, url: (i) => `${sandbox.url}/v2${zoomPath(i, 0)}`, headers: bearer, cpu: () => treeCpu(sandbox.pid) },
      { label: "passthrough, Next fetch", method, url: (i) => `${passthrough.url}/fetch${zoomPath(i, 1)}`, headers: asViewer, cpu: () => treeCpu(passthrough.pid) },
      { label: "passthrough, undici pool", method, url: (i) => `${passthrough.url}/pool${zoomPath(i, 2)}`, headers: asViewer, cpu: () => treeCpu(passthrough.pid) },
      { label, method, url: (i) => `${app.url}${routePath(i)}`, headers: asViewer, cpu: () => treeCpu(app.pid) },
    ];
    const list = "type=upcoming&page_size=30";
    const link = (i: number) => linkIds[i % linkIds.length]!;
    const doomed = (i: number, slot: number) => deleteIds[slot * perTarget + i]!;
    // The same Zoom call on every path: the dashboard states both reminder choices explicitly.
    const reminders = "schedule_for_reminder=false&cancel_meeting_reminder=false";
    const deletes = four("DELETE /api/zoom/meetings/{id}", "DELETE", (i, slot) => `/meetings/${doomed(i, slot)}?${reminders}`, (i) => `/api/zoom/meetings/${doomed(i, 3)}`);

    log(`proxy: ${OPTIONS.warmup} warm-up requests per path, ${OPTIONS.rounds} interleaved round(s) of ${OPTIONS.serialRequests} at c=1 and ${OPTIONS.parallelRequests} at c=${OPTIONS.parallel}`);
    const lists = four("GET /api/zoom/meetings", "GET", () => `/users/${me.id}/meetings?${list}`, () => `/api/zoom/meetings?${list}`);
    const links = four("GET /api/zoom/meetings/{id}/start-link", "GET", (i) => `/meetings/${link(i)}`, (i) => `/api/zoom/meetings/${link(i)}/start-link`);
    if (only) {
      const titles = { list: "List meetings (GET, 30 rows)", link: "Start link (GET one meeting)", delete: "Delete a meeting (a write)" } as const;
      const chosen = { list: lists, link: links, delete: deletes }[only as keyof typeof titles];
      if (!chosen) throw new Error(`--only takes list, link or delete, not ${only}`);
      printScenario(titles[only as keyof typeof titles], await scenario(chosen, OPTIONS));
      return;
    }
    const listResults = await scenario(lists, OPTIONS);
    const linkResults = await scenario(links, OPTIONS);
    const deleteResults = await scenario(deletes, OPTIONS);

    log("pages: Chromium, cold cache…");
    const pages = await measurePages(app.url, session, PAGES);

    console.log(`\n## npm run bench — ${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}${quick ? ", --quick" : ""}`);
    printScenario("List meetings (GET, 30 rows)", listResults);
    printScenario("Start link (GET one meeting)", linkResults);
    printScenario("Delete a meeting (a write; every request its own meeting)", deleteResults);
    printPages(pages);
    printBulkImport(await measureBulkImport(app.url, cookie, sandbox.url, token, me.id));
    console.log(`\n(Bench took ${Math.round((Date.now() - started) / 1000)} s. Production builds; sandbox rate limits lifted; load generator, sandbox, dashboard and passthrough are separate processes on the same machine.)`);
  } finally {
    for (const process of running.reverse()) await process.stop();
    removeDataDir(dataDir);
  }
}

main().catch((error: Error) => {
  console.error(`[bench] ${error.message}`);
  process.exit(1);
});
