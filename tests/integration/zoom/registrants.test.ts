/**
 * The registrant routes and their background jobs against the sandbox over real HTTP, with the job
 * queue (pg-boss) and the job tables in a real PostgreSQL: validation from the parent's own
 * questions, who may touch what, an import that recognises people already registered, a status
 * change with a result per registrant, cancel, retry of the failed ones and the failures CSV.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ADMIN, MEMBER, OWNER, type Harness } from "./harness";
import { routeStack } from "./route-stack";
import { callRoute, tomorrow, type Handler } from "./route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("./route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("./route-calls")).zoomContextMock());

const registrants = await import("@/app/api/zoom/meetings/[meetingId]/registrants/route");
const summary = await import("@/app/api/zoom/meetings/[meetingId]/registrants/summary/route");
const questions = await import("@/app/api/zoom/meetings/[meetingId]/registrants/questions/route");
const status = await import("@/app/api/zoom/meetings/[meetingId]/registrants/status/route");
const imports = await import("@/app/api/zoom/meetings/[meetingId]/registrants/imports/route");
const webinarRegistrants = await import("@/app/api/zoom/webinars/[webinarId]/registrants/route");
const webinarImports = await import("@/app/api/zoom/webinars/[webinarId]/registrants/imports/route");
const jobs = await import("@/app/api/jobs/route");
const job = await import("@/app/api/jobs/[jobId]/route");
const cancel = await import("@/app/api/jobs/[jobId]/cancel/route");
const retry = await import("@/app/api/jobs/[jobId]/retry/route");
const failuresCsv = await import("@/app/api/jobs/[jobId]/failures.csv/route");
const { queueSettings } = await import("@/lib/jobs/queue");
const { startJobWorker, stopJobWorker } = await import("@/lib/jobs/worker");

const stack = routeStack();
let h: Harness;

const call = (handler: Handler, method: string, params: Record<string, string>, options: { body?: unknown; query?: string } = {}) =>
  callRoute(handler, method, `/api/x${options.query ? `?${options.query}` : ""}`, { params, body: options.body });

beforeAll(async () => {
  await stack.appDb.client.workspace.create({ data: { id: "w1", zoomAccountId: "sandbox_account", name: "Brightwave" } });
  for (const role of ["owner", "member"] as const) {
    await stack.appDb.client.user.create({ data: { id: `u-${role}`, zoomUserId: `z-${role}`, email: `${role}@example.test`, name: `Test ${role}` } });
  }
  queueSettings.connectionString = stack.appDb.url;
  await startJobWorker();
});
afterAll(async () => {
  await stopJobWorker();
});
beforeEach(async () => {
  h = stack.h;
  await stack.actAs("owner", OWNER);
});

/** A meeting of `email`'s with automatic registration, made through their own token. */
async function registrationMeeting(email = OWNER, approval = 0): Promise<string> {
  const user = await h.user(email);
  const res = await fetch(`${user.apiBaseUrl}/users/me/meetings`, {
    method: "POST",
    headers: { authorization: `Bearer ${await user.tokens.get()}`, "content-type": "application/json" },
    body: JSON.stringify({ topic: "Launch briefing", type: 2, start_time: `${tomorrow}T10:00:00`, timezone: "Europe/Berlin", duration: 45, settings: { approval_type: approval } }),
  });
  expect(res.status).toBe(201);
  return String(((await res.json()) as { id: number }).id);
}

/** A webinar of the owner's that needs each registrant approved. */
async function manualApprovalWebinar(): Promise<string> {
  const user = await h.user(OWNER);
  const res = await fetch(`${user.apiBaseUrl}/users/me/webinars`, {
    method: "POST",
    headers: { authorization: `Bearer ${await user.tokens.get()}`, "content-type": "application/json" },
    body: JSON.stringify({ topic: "Partner webinar", type: 5, start_time: `${tomorrow}T15:00:00`, timezone: "Europe/Berlin", duration: 60, settings: { approval_type: 1 } }),
  });
  expect(res.status).toBe(201);
  return String(((await res.json()) as { id: number }).id);
}

async function waitForJob(jobId: string, items: "failed" | "all" = "all") {
  for (let i = 0; i < 300; i++) {
    const res = await call(job.GET, "GET", { jobId }, { query: `items=${items}` });
    expect(res.status).toBe(200);
    if (["done", "cancelled", "failed"].includes(res.body.state)) return res.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

const person = (n: number, extra: Record<string, unknown> = {}) => ({ email: `guest${n}@example.org`, first_name: `Guest`, last_name: `${n}`, ...extra });

describe("registrants of a meeting", () => {
  it("validates an add against the meeting's own questions and returns the unique join link", async () => {
    const meetingId = await registrationMeeting();
    const p = { meetingId };
    const asked = {
      questions: [{ field_name: "org", required: true }],
      custom_questions: [{ title: "Dietary needs", type: "single", required: true, answers: ["None", "Vegetarian"] }],
    };
    expect((await call(questions.PATCH, "PATCH", p, { body: asked })).status).toBe(204);

    const refused = await call(registrants.POST, "POST", p, { body: { registrant: person(1, { custom_questions: [{ title: "Dietary needs", value: "Pizza" }] }) } });
    expect(refused.status).toBe(400);
    const fields = refused.body.error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["registrant.org", "registrant.custom_questions.Dietary needs"]));

    const added = await call(registrants.POST, "POST", p, {
      body: { registrant: person(1, { org: "Acme", custom_questions: [{ title: "Dietary needs", value: "Vegetarian" }] }) },
    });
    expect(added.status).toBe(201);
    expect(added.body.joinUrl).toMatch(/^https?:\/\//);

    const list = await call(registrants.GET, "GET", p, { query: "status=approved" });
    expect(list.body.registrants.map((r: { email: string }) => r.email)).toContain("guest1@example.org");
    const sum = await call(summary.GET, "GET", p);
    expect(sum.body).toMatchObject({ enabled: true, counts: { approved: 1, pending: 0, denied: 0 }, questions: asked });
  });

  it("approves at once on a webinar too (Zoom's webinar add has no auto_approve): one added alone, two imported", async () => {
    const webinarId = await manualApprovalWebinar();
    const p = { webinarId };
    const added = await call(webinarRegistrants.POST, "POST", p, { body: { registrant: person(60), autoApprove: true } });
    expect(added.status).toBe(201);
    expect(added.body.approvalFailed).toBeUndefined();
    const imported = await call(webinarImports.POST, "POST", p, { body: { rows: [person(61), person(62)], autoApprove: true } });
    expect(imported.status).toBe(202);
    expect(await waitForJob(imported.body.id)).toMatchObject({ state: "done", done: 2, failed: 0 });
    // Without the box ticked, they wait.
    expect((await call(webinarRegistrants.POST, "POST", p, { body: { registrant: person(63) } })).status).toBe(201);
    const approved = (await call(webinarRegistrants.GET, "GET", p, { query: "status=approved" })).body.registrants.map((r: { email: string }) => r.email);
    expect(approved.sort()).toEqual(["guest60@example.org", "guest61@example.org", "guest62@example.org"]);
    expect((await call(webinarRegistrants.GET, "GET", p, { query: "status=pending" })).body.registrants.map((r: { email: string }) => r.email)).toEqual(["guest63@example.org"]);
  });

  it("refuses a member every registrant route of a meeting they do not host, before Zoom is asked to change anything", async () => {
    const meetingId = await registrationMeeting(OWNER);
    // A workspace member whose Zoom user is a Zoom admin: Zoom itself would let their token in.
    await stack.actAs("member", ADMIN);
    const p = { meetingId };
    await h.resetCounters();
    const answers = [
      await call(summary.GET, "GET", p),
      await call(registrants.GET, "GET", p),
      await call(registrants.POST, "POST", p, { body: { registrant: person(2) } }),
      await call(questions.PATCH, "PATCH", p, { body: { questions: [], custom_questions: [] } }),
      await call(status.POST, "POST", p, { body: { action: "deny", registrants: [{ id: "abcdefgh", email: "x@example.org" }] } }),
      await call(imports.POST, "POST", p, { body: { rows: [person(3)] } }),
    ];
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403]);
    const calls = await h.calls();
    expect(Object.keys(calls).filter((op) => !["meeting"].includes(op))).toEqual([]);
    expect(await stack.appDb.client.bulkJob.count({ where: { parentId: meetingId } })).toBe(0);
  });

  it("imports in the background: people already registered and repeated rows are recognised, not added twice", async () => {
    const meetingId = await registrationMeeting();
    const p = { meetingId };
    expect((await call(registrants.POST, "POST", p, { body: { registrant: person(5) } })).status).toBe(201);
    const rows = Array.from({ length: 40 }, (_, i) => person(i));
    rows.push(person(7, { first_name: "Again" }));
    const started = await call(imports.POST, "POST", p, { body: { rows, fileName: "guests.csv" } });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: "registrants.import", label: "Import 41 registrants from guests.csv", total: 41 });

    const done = await waitForJob(started.body.id);
    expect(done).toMatchObject({ state: "done", done: 39, skipped: 2, failed: 0, remaining: 0 });
    const notes = done.items.filter((i: { state: string }) => i.state === "skipped").map((i: { error: { message: string } }) => i.error.message);
    expect(notes.sort()).toEqual(["Already registered", "Same email as row 8"]);
    const list = await call(registrants.GET, "GET", p, { query: "status=approved" });
    const emails = list.body.registrants.map((r: { email: string }) => r.email);
    expect(emails).toHaveLength(40);
    expect(new Set(emails).size).toBe(40);

    // The audit log: the import as started (its file and size, not its people), then its end, by the person who started it.
    const entries = () => stack.appDb.client.auditEntry.findMany({ where: { targetId: { in: [meetingId, started.body.id] } }, orderBy: { createdAt: "asc" } });
    await vi.waitFor(async () => expect((await entries()).map((e) => e.action)).toEqual(["registrant.add", "registrant.import", "job.finish"]));
    const [, imported, finished] = await entries();
    expect(imported).toMatchObject({ actorUserId: "u-owner", targetType: "meeting", result: "ok", summary: { fileName: "guests.csv", rows: 41, autoApprove: false } });
    expect(JSON.stringify(imported!.summary)).not.toContain("@");
    expect(finished).toMatchObject({ actorUserId: "u-owner", targetType: "job", result: "ok", summary: { state: "done", total: 41, items: { done: 39, skipped: 2 } } });
  });

  it("changes status with a result per registrant, retries the failed ones and lists failures as CSV", async () => {
    const meetingId = await registrationMeeting(OWNER, 1);
    const p = { meetingId };
    for (let i = 0; i < 4; i++) expect((await call(registrants.POST, "POST", p, { body: { registrant: person(20 + i) } })).status).toBe(201);
    const pending = (await call(registrants.GET, "GET", p, { query: "status=pending" })).body.registrants as { id: string; email: string }[];
    expect(pending).toHaveLength(4);

    // Zoom refuses the batch once and then the change of the first registrant alone.
    await h.control("POST", "/faults", { method: "PUT", path: "/meetings/{meetingId}/registrants/status", status: 400, body: { code: 3000, message: "Cannot approve this registrant." }, count: 2 });
    const started = await call(status.POST, "POST", p, { body: { action: "approve", registrants: pending.map(({ id, email }) => ({ id, email })) } });
    expect(started.status).toBe(202);
    const result = await waitForJob(started.body.id);
    expect(result).toMatchObject({ state: "done", done: 3, failed: 1 });
    const failed = result.items.filter((i: { state: string }) => i.state === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0].error).toMatchObject({ zoomCode: 3000, message: "Cannot approve this registrant." });
    expect((await call(registrants.GET, "GET", p, { query: "status=approved" })).body.registrants).toHaveLength(3);

    const csv = await failuresCsv.GET(new (await import("next/server")).NextRequest("http://localhost/api/x"), { params: Promise.resolve({ jobId: started.body.id }) });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split(/\r?\n/)[0]).toBe("row,email,name,error,zoom_code,message,tracking_id");
    expect(text).toContain(failed[0].email);

    const again = await call(retry.POST, "POST", { jobId: started.body.id });
    expect(again.status).toBe(202);
    expect(await waitForJob(again.body.id)).toMatchObject({ state: "done", done: 1, failed: 0, retryOf: started.body.id });
    expect((await call(registrants.GET, "GET", p, { query: "status=approved" })).body.registrants).toHaveLength(4);
  });

  it("a retry acts as the person retrying: the owner retrying a member's job works through the owner's connection, not the member's", async () => {
    await stack.actAs("member", MEMBER);
    const memberConnection = (await h.user(MEMBER)).connectionId;
    const meetingId = await registrationMeeting(MEMBER, 1);
    const p = { meetingId };
    for (let i = 0; i < 2; i++) expect((await call(registrants.POST, "POST", p, { body: { registrant: person(40 + i) } })).status).toBe(201);
    const pending = (await call(registrants.GET, "GET", p, { query: "status=pending" })).body.registrants as { id: string; email: string }[];
    await h.control("POST", "/faults", { method: "PUT", path: "/meetings/{meetingId}/registrants/status", status: 400, body: { code: 3000, message: "Cannot approve this registrant." }, count: 2 });
    const started = await call(status.POST, "POST", p, { body: { action: "approve", registrants: pending.map(({ id, email }) => ({ id, email })) } });
    expect(await waitForJob(started.body.id)).toMatchObject({ state: "done", done: 1, failed: 1 });
    expect((await stack.appDb.client.bulkJob.findUniqueOrThrow({ where: { id: started.body.id } })).connectionId).toBe(memberConnection);

    await stack.actAs("owner", OWNER);
    const again = await call(retry.POST, "POST", { jobId: started.body.id });
    expect(again.status).toBe(202);
    expect(await waitForJob(again.body.id)).toMatchObject({ state: "done", done: 1, failed: 0, retryOf: started.body.id });
    const retried = await stack.appDb.client.bulkJob.findUniqueOrThrow({ where: { id: again.body.id } });
    expect(retried.connectionId).not.toBe(memberConnection);
    expect(retried.connectionId).toBe(h.account.connectionId);
    await stack.actAs("member", MEMBER);
    expect((await call(registrants.GET, "GET", p, { query: "status=approved" })).body.registrants).toHaveLength(2);
  });

  it("cancels a running import: what was not started is cancelled, nothing is lost from the report", async () => {
    const meetingId = await registrationMeeting();
    await h.control("POST", "/faults", { method: "POST", path: "/meetings/{meetingId}/registrants", delayMs: 200, count: 1000 });
    const started = await call(imports.POST, "POST", { meetingId }, { body: { rows: Array.from({ length: 60 }, (_, i) => person(100 + i)) } });
    expect(started.status).toBe(202);
    const cancelled = await call(cancel.POST, "POST", { jobId: started.body.id });
    expect(cancelled.status).toBe(200);
    const end = await waitForJob(started.body.id);
    expect(end.state).toBe("cancelled");
    expect(end.done + end.failed + end.skipped).toBeLessThan(60);
    const items = await stack.appDb.client.bulkJobItem.groupBy({ by: ["state"], where: { jobId: started.body.id }, _count: { _all: true } });
    expect(items.reduce((n, g) => n + g._count._all, 0)).toBe(60);
  });

  it("shows a member only the jobs they started, and another member's job does not exist for them", async () => {
    const meetingId = await registrationMeeting();
    const started = await call(imports.POST, "POST", { meetingId }, { body: { rows: [person(300)] } });
    await waitForJob(started.body.id);
    await stack.actAs("member", MEMBER);
    expect((await call(jobs.GET, "GET", {})).body.jobs.map((j: { id: string }) => j.id)).not.toContain(started.body.id);
    expect((await call(job.GET, "GET", { jobId: started.body.id })).status).toBe(404);
    expect((await call(cancel.POST, "POST", { jobId: started.body.id })).status).toBe(404);
    expect((await call(retry.POST, "POST", { jobId: started.body.id })).status).toBe(404);
    await stack.actAs("owner", OWNER);
    expect((await call(jobs.GET, "GET", {})).body.jobs.map((j: { id: string }) => j.id)).toContain(started.body.id);
  });

  it("refuses bad input with a clear 400: an unknown status, a malformed id, an empty import", async () => {
    const meetingId = await registrationMeeting();
    expect((await call(registrants.GET, "GET", { meetingId }, { query: "status=everyone" })).status).toBe(400);
    expect((await call(webinarRegistrants.GET, "GET", { webinarId: "12ab" })).status).toBe(400);
    const empty = await call(imports.POST, "POST", { meetingId }, { body: { rows: [] } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/no rows/);
    expect((await call(job.GET, "GET", { jobId: "not-a-uuid" })).status).toBe(400);
  });
});
