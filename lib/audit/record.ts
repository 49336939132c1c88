/**
 * The one door for writing audit entries: `route()` after every mutating request, and whatever
 * changes data outside a request (key rotation, background jobs, sign-in). One insert; a failure
 * is logged and swallowed, because a change that succeeded must not be reported as failed just
 * because its log line could not be written.
 */
import { randomUUID } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/server/logger";

export interface AuditActor {
  userId: string | null;
  name: string;
  email: string | null;
}

export interface AuditRecord {
  workspaceId: string;
  actor: AuditActor;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  targetLabel?: string | null;
  summary?: Record<string, unknown> | null;
  ip?: string | null;
  userAgent?: string | null;
  /** `ok` or the dashboard's error code. */
  result: string;
  zoomCode?: number | null;
  httpStatus?: number | null;
}

/** A process that is not a person: the key-rotation script, the retention job. */
export const systemActor = (name: string): AuditActor => ({ userId: null, name, email: null });

// PostgreSQL text refuses NUL, and a refused path parameter may hold one; other control characters are just noise.
const clip = (value: string | null | undefined, max: number) => (value ? value.replace(/[\u0000-\u001f\u007f]/g, "\uFFFD").slice(0, max) : null);

function toRow(entry: AuditRecord): Prisma.AuditEntryCreateManyInput {
  return {
    workspaceId: entry.workspaceId,
    actorUserId: entry.actor.userId,
    actorName: clip(entry.actor.name, 200) ?? "Unknown",
    actorEmail: clip(entry.actor.email, 320),
    action: entry.action.slice(0, 200),
    targetType: clip(entry.targetType, 50),
    targetId: clip(entry.targetId, 200),
    targetLabel: clip(entry.targetLabel, 300),
    summary: (entry.summary ?? undefined) as Prisma.InputJsonValue | undefined,
    ip: clip(entry.ip, 100),
    userAgent: clip(entry.userAgent, 500),
    result: entry.result.slice(0, 50),
    zoomCode: entry.zoomCode ?? null,
    httpStatus: entry.httpStatus ?? null,
  };
}

// Prisma's message quotes the call site (and, for some errors, its arguments): the last line is the cause.
const causeOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1);

/** Writes one entry now; never throws. Resolves to whether it was written. Scripts pass their own client. */
export async function recordAudit(entry: AuditRecord, client?: Db): Promise<boolean> {
  try {
    // Inside the try: even a database that cannot be reached at all must not fail the change itself.
    await (client ?? db()).auditEntry.create({ data: toRow(entry) });
    return true;
  } catch (error) {
    logger.error("audit entry not written", { action: entry.action, workspaceId: entry.workspaceId, error: causeOf(error) });
    return false;
  }
}

/*
 * Entries of requests (route()) are written just after the answer is sent, not before: the person
 * does not wait for the log, and under load the entries of many requests go out together (group
 * commit: each insert waits GATHER_MS for company, the first of a quiet moment as well as the next
 * one of a busy stretch), so a busy instance makes at most one insert per GATHER_MS, not one per
 * request. They reach the table within milliseconds; an instance killed
 * in that gap loses the entries of that moment (a clean stop of `npm start` drains them first).
 */
const MAX_BATCH = 500;
const MAX_PENDING = 10_000;
/** How long a batch waits for company before its insert: invisible to anyone reading the log (readers flush first). */
const GATHER_MS = 50;
let flushNow: (() => void) | null = null;
type Queued = AuditRecord & { at: Date; seq: number };
const pending: Queued[] = [];
let writing: Promise<void> | null = null;
/** Entries are numbered as queued; every entry up to `settledSeq` is written or given up on. */
let queuedSeq = 0;
let settledSeq = 0;
/** Readers waiting for the batch in flight to end; while there are any, batches go out without their pause. */
const batchWaiters: (() => void)[] = [];

function settleUpTo(seq: number) {
  settledSeq = Math.max(settledSeq, seq);
  for (const wake of batchWaiters.splice(0)) wake();
}

/*
 * A batch is one statement whatever its size: the rows travel as one JSON parameter, so the text
 * never changes and PostgreSQL keeps one prepared plan for it. Raw SQL, because Prisma's query
 * planning cost more than the insert itself on this path. Each row keeps its request's own time,
 * so entries of one batch still sort in the order their requests were answered.
 */
const INSERT_BATCH = `
  INSERT INTO "AuditEntry" ("id", "workspaceId", "actorUserId", "actorName", "actorEmail", "action", "targetType", "targetId", "targetLabel", "summary", "ip", "userAgent", "result", "zoomCode", "httpStatus", "createdAt")
  SELECT "id", "workspaceId", "actorUserId", "actorName", "actorEmail", "action", "targetType", "targetId", "targetLabel", "summary", "ip", "userAgent", "result", "zoomCode", "httpStatus", "createdAt"
  FROM jsonb_to_recordset($1::jsonb) AS r("id" text, "workspaceId" text, "actorUserId" text, "actorName" text, "actorEmail" text, "action" text, "targetType" text, "targetId" text, "targetLabel" text, "summary" jsonb, "ip" text, "userAgent" text, "result" text, "zoomCode" int, "httpStatus" int, "createdAt" timestamp(3))`;

async function insertBatch(batch: Queued[]): Promise<void> {
  // Timestamps are stored as UTC wall time, as Prisma stores them.
  const rows = batch.map((entry) => ({ id: randomUUID(), ...toRow(entry), createdAt: entry.at.toISOString().slice(0, -1) }));
  await db().$executeRawUnsafe(INSERT_BATCH, JSON.stringify(rows));
}

/** PostgreSQL's data-exception (22) and integrity (23) classes: one row was at fault, not the database. */
const rowAtFault = (error: unknown) => /Code: `2[23]\w{3}`/.test(error instanceof Error ? error.message : String(error));

async function writeBatch(batch: Queued[]): Promise<void> {
  try {
    await insertBatch(batch);
  } catch (error) {
    if (batch.length > 1 && rowAtFault(error)) {
      // One bad row must not take its neighbours with it: write them one by one.
      for (const entry of batch) await writeBatch([entry]);
      return;
    }
    // The database itself failed (down, unreachable): retrying row by row would only wait longer.
    logger.error("audit entry not written", { action: batch[0]!.action, workspaceId: batch[0]!.workspaceId, entries: batch.length, error: causeOf(error) });
  }
}

/** Waits GATHER_MS for more entries, unless a reader asks for them now (auditWritesSettled). */
function gather(): Promise<void> {
  if (batchWaiters.length > 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, GATHER_MS);
    timer.unref?.();
    flushNow = () => {
      clearTimeout(timer);
      resolve();
    };
  }).finally(() => {
    flushNow = null;
  });
}

/**
 * Queues a request's entry to be written right after its answer; never throws, never waits.
 * Returns true when it started a writer (the caller's request should keep a clean shutdown waiting
 * for it); false when a running writer will take the entry along.
 */
export function queueAudit(entry: AuditRecord): boolean {
  // While the database is unreachable, requests that need none (warm caches) still succeed: keep
  // memory bounded by giving up the oldest entries, and say so.
  if (pending.length >= MAX_PENDING) {
    const dropped = pending.splice(0, pending.length - MAX_PENDING + 1);
    logger.error("audit entry not written", { action: dropped[0]!.action, workspaceId: dropped[0]!.workspaceId, entries: dropped.length, error: "too many entries waiting for the database" });
  }
  pending.push({ ...entry, at: new Date(), seq: ++queuedSeq });
  if (writing) return false;
  writing = (async () => {
    for (;;) {
      // A short pause gathers the entries of concurrent requests, and lets the next requests be
      // served before the insert runs; a reader that needs the entries now cuts it short.
      await gather();
      const batch = pending.splice(0, MAX_BATCH);
      await writeBatch(batch);
      settleUpTo(batch.at(-1)!.seq);
      if (pending.length === 0) {
        // Cleared in the same step as the emptiness check, so a later entry always starts a writer.
        writing = null;
        return;
      }
    }
  })();
  return true;
}

/** Resolves once every queued entry of this process is written (or given up on), without hurrying them: a clean shutdown. */
export async function auditWritesFinished(): Promise<void> {
  while (writing) await writing;
}

/**
 * Writes the entries queued so far now, and resolves once they are in (or given up on): readers of
 * the log and tests. Entries queued after the call are not waited for, so a reader on a busy
 * instance is not held up by requests that keep coming.
 */
export async function auditWritesSettled(): Promise<void> {
  const target = queuedSeq;
  while (settledSeq < target && writing) {
    const batchEnded = new Promise<void>((resolve) => batchWaiters.push(resolve));
    flushNow?.();
    await batchEnded;
  }
}
