/**
 * The registrants bulk-import figure: 1,000 rows imported through the dashboard's background job
 * against the sandbox with Zoom's Pro-plan limits on (registrant adds are LIGHT: 30 a second for the
 * account), measuring wall time, the achieved rate as a share of that limit, the 429s Zoom gave, and
 * rows lost or registered twice.
 */
import { log } from "./processes";

export interface BulkImportFigures {
  rows: number;
  wallSeconds: number;
  jobSeconds: number;
  achievedPerSecond: number;
  limitPerSecond: number;
  rateLimited: number;
  lost: number;
  duplicated: number;
}

const ROWS = 1000;
const LIGHT_PRO = 30;

export async function measureBulkImport(appUrl: string, cookie: string, sandboxUrl: string, token: string, ownerId: string): Promise<BulkImportFigures> {
  const put = await fetch(`${sandboxUrl}/_sandbox/rate-limits`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ plan: "pro", overrides: {}, resetCounters: true }),
  });
  if (!put.ok) throw new Error(`restoring the sandbox's Pro limits: ${put.status} ${await put.text()}`);
  const created = await fetch(`${sandboxUrl}/v2/users/${ownerId}/meetings`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ topic: "Bench import", type: 2, start_time: "2031-03-01T10:00:00Z", duration: 60, settings: { approval_type: 0 } }),
  });
  const meetingId = ((await created.json()) as { id: number }).id;
  await fetch(`${sandboxUrl}/_sandbox/counters`, { method: "DELETE" });

  log(`bulk import: ${ROWS} registrants at Zoom's Pro limits…`);
  const rows = Array.from({ length: ROWS }, (_, i) => ({ email: `bench${i}@example.org`, first_name: "Bench", last_name: String(i) }));
  const started = Date.now();
  const res = await fetch(`${appUrl}/api/zoom/meetings/${meetingId}/registrants/imports`, {
    method: "POST",
    headers: { cookie, origin: appUrl, "content-type": "application/json" },
    body: JSON.stringify({ rows, fileName: "bench.csv" }),
  });
  if (res.status !== 202) throw new Error(`starting the import: ${res.status} ${await res.text()}`);
  const jobId = ((await res.json()) as { id: string }).id;
  let job: { state: string; startedAt: string | null; finishedAt: string | null; done: number };
  for (;;) {
    job = await (await fetch(`${appUrl}/api/jobs/${jobId}`, { headers: { cookie } })).json();
    if (["done", "failed", "cancelled"].includes(job.state)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const wallSeconds = (Date.now() - started) / 1000;
  if (job.state !== "done") throw new Error(`the import ended ${job.state}`);
  const jobSeconds = (Date.parse(job.finishedAt!) - Date.parse(job.startedAt!)) / 1000;

  const emails: string[] = [];
  let next = "";
  do {
    const page = (await (
      await fetch(`${sandboxUrl}/v2/meetings/${meetingId}/registrants?status=approved&page_size=300&next_page_token=${next}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { registrants: { email: string }[]; next_page_token?: string };
    emails.push(...page.registrants.map((r) => r.email));
    next = page.next_page_token ?? "";
  } while (next);
  const calls = ((await (await fetch(`${sandboxUrl}/_sandbox/counters`)).json()) as { calls: Record<string, number> }).calls;
  const unique = new Set(emails).size;
  return {
    rows: ROWS,
    wallSeconds,
    jobSeconds,
    achievedPerSecond: ROWS / jobSeconds,
    limitPerSecond: LIGHT_PRO,
    rateLimited: (calls.meetingRegistrantCreate ?? 0) - unique,
    lost: ROWS - unique,
    duplicated: emails.length - unique,
  };
}

export function printBulkImport(f: BulkImportFigures): void {
  const share = f.achievedPerSecond / f.limitPerSecond;
  console.log("\n### Registrants bulk import (background job, sandbox at Zoom's Pro limits)\n");
  console.log("| rows | wall time s | job time s | achieved /s | limit /s | share of limit | target | 429s seen | lost | duplicated |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  console.log(
    `| ${f.rows} | ${f.wallSeconds.toFixed(1)} | ${f.jobSeconds.toFixed(1)} | ${f.achievedPerSecond.toFixed(1)} | ${f.limitPerSecond} | ${Math.round(share * 100)}% | ≥ 90% | ${f.rateLimited} | ${f.lost} | ${f.duplicated} |`,
  );
}
