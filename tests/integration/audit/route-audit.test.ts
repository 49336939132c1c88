/**
 * The audit hook in route(), against the sandbox and real PostgreSQL: one entry per mutating
 * request with who, what, target, result (Zoom's code when Zoom refused), from where; nothing
 * secret in summaries; a failing insert leaves the request's answer alone; the table refuses
 * rewrites; retention deletes only what is older than the workspace's setting.
 */
import Papa from "papaparse";
import pg from "pg";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditWritesSettled, queueAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { cleanupAuditEntries } from "@/lib/audit/retention";
import { REMOVED } from "@/lib/audit/summary";
import { OWNER, MEMBER } from "../zoom/harness";
import { routeStack } from "../zoom/route-stack";
import { callRoute, meetingBody, routeState } from "../zoom/route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("../zoom/route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("../zoom/route-calls")).zoomContextMock());

const meetings = await import("@/app/api/zoom/meetings/route");
const meeting = await import("@/app/api/zoom/meetings/[meetingId]/route");
const users = await import("@/app/api/zoom/users/route");
const auditList = await import("@/app/api/audit/route");
const auditCsv = await import("@/app/api/audit/export.csv/route");

const stack = routeStack();
const browser = { "x-forwarded-for": "203.0.113.9", "user-agent": "AuditTest/1.0" };
const entries = () => stack.appDb.client.auditEntry.findMany({ orderBy: { createdAt: "asc" } });

/** Runs SQL as the test's superuser, outside Prisma (triggers and constraints). */
async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: stack.appDb.url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

beforeEach(async () => {
  await stack.actAs("owner", OWNER);
  await sql(`TRUNCATE "AuditEntry"`);
});

describe("route() writes one audit entry per mutating request", () => {
  it("names the person, the action, the target and where it came from; a GET writes nothing", async () => {
    const created = await callRoute(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody({ topic: "Audit launch", passcode: "s3cr3t!" }), headers: browser });
    expect(created.status).toBe(201);
    await callRoute(meeting.GET, "GET", `/api/zoom/meetings/${created.body.id}`, { params: { meetingId: String(created.body.id) } });

    const [entry, ...more] = await entries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      workspaceId: "w1",
      actorUserId: routeState.viewer!.userId,
      actorName: "Test owner",
      actorEmail: OWNER,
      action: "meeting.create",
      targetType: "meeting",
      targetId: String(created.body.id),
      targetLabel: "Audit launch",
      result: "ok",
      zoomCode: null,
      httpStatus: 201,
      ip: "203.0.113.9",
      userAgent: "AuditTest/1.0",
    });
    // Written after the answer, yet stamped with the request's own time (stored as UTC).
    expect(Math.abs(entry!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    // The change is there, the passcode is not.
    const summary = entry!.summary as { after: Record<string, unknown> };
    expect(summary.after.topic).toBe("Audit launch");
    expect(summary.after.passcode).toBe(REMOVED);
    expect(JSON.stringify(entry!.summary)).not.toContain("s3cr3t!");
  });

  it("keeps Zoom's code when Zoom refused", async () => {
    const missing = "98765432101";
    const answer = await callRoute(meeting.PATCH, "PATCH", `/api/zoom/meetings/${missing}`, { params: { meetingId: missing }, body: { topic: "Nope" } });
    expect(answer.status).toBe(404);
    const [entry] = await entries();
    expect(entry).toMatchObject({ action: "meeting.update", targetId: missing, result: "not_found", zoomCode: answer.body.error.zoom.code, httpStatus: 404 });
    expect(entry!.zoomCode).toBe(3001);
  });

  it("records a refused attempt with the refusal", async () => {
    await stack.actAs("member", MEMBER);
    const answer = await callRoute(users.POST, "POST", "/api/zoom/users", { body: { email: "x@example.test", first_name: "X" } });
    expect(answer.status).toBe(403);
    expect(await entries()).toMatchObject([{ action: "user.create", actorEmail: MEMBER, result: "forbidden", httpStatus: 403 }]);
  });

  it("answers the request as usual when the entry cannot be written", async () => {
    await sql(`ALTER TABLE "AuditEntry" ADD CONSTRAINT audit_down CHECK (false) NOT VALID`);
    try {
      const created = await callRoute(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody({ topic: "Written anyway" }) });
      expect(created.status).toBe(201);
      expect(created.body.topic).toBe("Written anyway");
    } finally {
      await sql(`ALTER TABLE "AuditEntry" DROP CONSTRAINT audit_down`);
    }
    expect(await entries()).toEqual([]);
  });

  it("writes entries that arrive together in one batch, and one bad entry does not take the others with it", async () => {
    await sql(`ALTER TABLE "AuditEntry" ADD CONSTRAINT audit_refuses_boom CHECK (action <> 'boom') NOT VALID`);
    try {
      const entry = (action: string) => ({ workspaceId: "w1", actor: { userId: "u1", name: "Batch", email: null }, action, result: "ok" });
      // Queued in one step, as concurrent requests on a busy instance are: they go out in one insert.
      for (const action of ["meeting.create", "boom", "meeting.delete"]) queueAudit(entry(action));
      await auditWritesSettled();
    } finally {
      await sql(`ALTER TABLE "AuditEntry" DROP CONSTRAINT audit_refuses_boom`);
    }
    expect((await entries()).map((e) => e.action).sort()).toEqual(["meeting.create", "meeting.delete"]);
  });
});

describe("the audit writer", () => {
  const entry = (action: string) => ({ workspaceId: "w1", actor: { userId: "u1", name: "Busy", email: null }, action, result: "ok" });

  it("writes the entries of a busy moment in one insert, on its own, with one writer for all of them", async () => {
    const inserts = vi.spyOn(db(), "$executeRawUnsafe");
    try {
      // Forty requests answered in the same moment on one instance, and nobody reading the log.
      const started = Array.from({ length: 40 }, (_, i) => queueAudit(entry(`meeting.update.${i}`)));
      // The first entry starts the writer (its request keeps a clean shutdown waiting); the rest ride along.
      expect(started).toEqual([true, ...Array<boolean>(39).fill(false)]);
      await vi.waitFor(async () => expect(await entries()).toHaveLength(40), { timeout: 5_000, interval: 50 });
      expect(inserts).toHaveBeenCalledTimes(1);
      expect((await entries()).map((e) => e.action)).toEqual(Array.from({ length: 40 }, (_, i) => `meeting.update.${i}`));
    } finally {
      inserts.mockRestore();
    }
  });

  it("a reader gets the entries without waiting for the gathering pause", async () => {
    const realSetTimeout = globalThis.setTimeout;
    // Only the writer's pause is faked: it never ends unless the reader cuts it short.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      queueAudit(entry("meeting.create"));
      const stuck = new Promise((_, reject) => realSetTimeout(() => reject(new Error("auditWritesSettled waited for the pause")), 10_000));
      await Promise.race([auditWritesSettled(), stuck]);
    } finally {
      vi.useRealTimers();
    }
    expect((await entries()).map((e) => e.action)).toEqual(["meeting.create"]);
  });

  it("a reader on a busy instance waits for the entries queued before it asked, not for the ones that keep coming", async () => {
    const original = db().$executeRawUnsafe.bind(db());
    let busy = true;
    let arrivals = 0;
    // Requests keep being answered while each insert runs: the writer never finds the queue empty.
    const inserts = vi.spyOn(db(), "$executeRawUnsafe").mockImplementation(((...args: Parameters<typeof original>) => {
      if (busy) queueAudit(entry(`meeting.update.later.${++arrivals}`));
      return original(...args);
    }) as typeof original);
    try {
      queueAudit(entry("meeting.create"));
      await auditWritesSettled();
      expect((await entries()).map((e) => e.action)).toContain("meeting.create");
      expect(arrivals).toBeLessThan(5);
    } finally {
      busy = false;
      await auditWritesSettled();
      inserts.mockRestore();
    }
  });
});

describe("the audit table", () => {
  const insert = (id: string, workspaceId: string, daysAgo: number) =>
    sql(`INSERT INTO "AuditEntry" (id, "workspaceId", "actorName", action, result, "createdAt") VALUES ($1, $2, 'T', 'meeting.update', 'ok', now() - make_interval(days => $3))`, [id, workspaceId, daysAgo]);

  it("refuses UPDATE and DELETE", async () => {
    await insert("e1", "w1", 0);
    await expect(sql(`UPDATE "AuditEntry" SET action = 'forged' WHERE id = 'e1'`)).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM "AuditEntry" WHERE id = 'e1'`)).rejects.toThrow(/append-only/);
    expect((await entries()).map((e) => e.action)).toEqual(["meeting.update"]);
  });

  it("retention deletes only entries older than each workspace's setting", async () => {
    await stack.appDb.client.workspace.createMany({
      data: [
        { id: "w-default", zoomAccountId: "acc-default", name: "Default" },
        { id: "w-short", zoomAccountId: "acc-short", name: "Short", auditRetentionDays: 30 },
      ],
    });
    await insert("d-old", "w-default", 400);
    await insert("d-kept", "w-default", 300);
    await insert("s-old", "w-short", 31);
    await insert("s-kept", "w-short", 29);
    expect(await cleanupAuditEntries(new Date(), stack.appDb.client)).toBe(2);
    expect((await entries()).map((e) => e.id).sort()).toEqual(["d-kept", "s-kept"]);
  });
});

describe("reading the log", () => {
  it("pages by keyset without repeats or gaps, filters by action family, and exports the same rows as CSV", async () => {
    const base = Date.parse("2026-11-01T00:00:00Z");
    await stack.appDb.client.auditEntry.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        workspaceId: "w1",
        actorName: "T",
        // Pairs share a timestamp, so the id must break ties.
        createdAt: new Date(base + Math.floor(i / 2) * 1000),
        action: i % 3 === 0 ? "member.role" : "meeting.update",
        targetLabel: i === 7 ? "=HYPERLINK(\"http://evil\")" : `Topic ${i}`,
        result: "ok",
      })),
    });
    await stack.appDb.client.auditEntry.create({ data: { workspaceId: "other", actorName: "Elsewhere", action: "meeting.update", result: "ok" } });

    const first = await callRoute(auditList.GET, "GET", "/api/audit?pageSize=25");
    expect(first.status).toBe(200);
    const seen: string[] = first.body.entries.map((e: { id: string }) => e.id);
    let cursor = first.body.nextCursor;
    while (cursor) {
      const next = await callRoute(auditList.GET, "GET", `/api/audit?pageSize=25&cursor=${cursor}`);
      seen.push(...next.body.entries.map((e: { id: string }) => e.id));
      cursor = next.body.nextCursor;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);

    const meetings = await callRoute(auditList.GET, "GET", "/api/audit?action=meeting.*&pageSize=100");
    expect(meetings.body.entries).toHaveLength(40);
    expect(meetings.body.entries.every((e: { action: string; source: string }) => e.action === "meeting.update" && e.source === "dashboard")).toBe(true);

    const ranged = await callRoute(auditList.GET, "GET", `/api/audit?pageSize=100&from=${new Date(base + 10_000).toISOString()}&to=${new Date(base + 19_000).toISOString()}`);
    expect(ranged.body.entries).toHaveLength(20);

    const csvAnswer = await auditCsv.GET(new (await import("next/server")).NextRequest("http://localhost/api/audit/export.csv?action=meeting.*"), { params: Promise.resolve({}) });
    const csv = Papa.parse<Record<string, string>>(await csvAnswer.text(), { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(40);
    // A label that looks like a formula is exported as text.
    expect(csv.data.find((row) => row.target?.includes("HYPERLINK"))?.target).toMatch(/^'=/);

    expect((await callRoute(auditList.GET, "GET", "/api/audit?cursor=bm9wZQ")).status).toBe(400);
    await stack.actAs("member", MEMBER);
    expect((await callRoute(auditList.GET, "GET", "/api/audit")).status).toBe(403);
  });
});

describe("Zoom's own events alongside", () => {
  it("pages the dashboard's entries and the workspace's accepted webhook events together, marked, with the same filters", async () => {
    await sql(`TRUNCATE "WebhookEvent"`);
    await stack.appDb.client.workspace.upsert({ where: { id: "w1" }, create: { id: "w1", zoomAccountId: "acc-w1", name: "W1" }, update: {} });
    await stack.appDb.client.workspace.upsert({ where: { id: "w2" }, create: { id: "w2", zoomAccountId: "acc-w2", name: "W2" }, update: {} });
    const base = Date.parse("2026-11-02T00:00:00Z");
    await stack.appDb.client.auditEntry.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ workspaceId: "w1", actorName: "T", actorUserId: "u-t", createdAt: new Date(base + i * 2000), action: "meeting.update", result: "ok" })),
    });
    const event = (i: number, over: Record<string, unknown> = {}) => ({
      workspaceId: "w1",
      event: i % 2 ? "meeting.started" : "recording.completed",
      dedupeKey: `k${i}`,
      objectId: String(8800 + i),
      verified: true,
      outcome: "accepted",
      // Same instants as some entries: the id has to break the tie across both tables.
      receivedAt: new Date(base + i * 2000),
      payload: { event: "meeting.started", payload: { operator: "host@example.test", object: { id: 8800 + i, topic: `Zoom topic ${i}` } } },
      ...over,
    });
    await stack.appDb.client.webhookEvent.createMany({
      data: [
        ...Array.from({ length: 20 }, (_, i) => event(i)),
        event(90, { outcome: "bad_signature", verified: false, dedupeKey: null }),
        event(91, { workspaceId: "w2", dedupeKey: "other" }),
      ],
    });

    const seen: { id: string; source: string; actor: { name: string; email: string | null }; target: { label: string | null } }[] = [];
    let cursor: string | null = null;
    do {
      const page = await callRoute(auditList.GET, "GET", `/api/audit?source=all&pageSize=25${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.entries);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(50);
    expect(new Set(seen.map((e) => e.id)).size).toBe(50);
    const zoom = seen.filter((e) => e.source === "zoom");
    expect(zoom).toHaveLength(20);
    expect(zoom[0]).toMatchObject({ actor: { name: "Zoom", email: "host@example.test" }, target: { label: "Zoom topic 19" } });

    // Without asking, the log is the dashboard's own; a person filter leaves Zoom out; a family filter spans both.
    expect((await callRoute(auditList.GET, "GET", "/api/audit?pageSize=100")).body.entries).toHaveLength(30);
    expect((await callRoute(auditList.GET, "GET", "/api/audit?source=all&actor=u-t&pageSize=100")).body.entries).toHaveLength(30);
    const meetingFamily = (await callRoute(auditList.GET, "GET", "/api/audit?source=all&action=meeting.*&pageSize=100")).body.entries;
    expect(meetingFamily).toHaveLength(40);
    expect((await callRoute(auditList.GET, "GET", "/api/audit?source=all&target=Zoom%20topic%203&pageSize=100")).body.entries.map((e: { target: { id: string } }) => e.target.id)).toEqual(["8803"]);
  });
});
