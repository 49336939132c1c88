/**
 * Background jobs in PostgreSQL: creating a job with its items, claiming items (SKIP LOCKED, with
 * a lease, so any number of runners on any instance share one job without taking an item twice),
 * recording each item's outcome, and the job's progress as the browser sees it.
 */
import os from "node:os";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { auditJobEnd } from "@/lib/jobs/job-audit";
import type { JobDetail, JobItemState, JobItemView, JobKind, JobState, JobView } from "@/lib/jobs/types";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/** How long a claimed item is ours; a runner that dies leaves it to be claimed again after this. */
export const LEASE_SECONDS = 30;

/** This process, as recorded on the items it finishes. */
export const instanceTag = `${os.hostname()}:${process.pid}`;

export interface NewJobItem {
  key: string;
  /** Imports: the line in the file. */
  row?: number | null;
  email: string;
  name: string;
  input: Prisma.InputJsonValue;
  /** Already settled when the job is made (a duplicate row of the same file). */
  skipped?: { message: string };
}

export interface NewJob {
  workspaceId: string;
  createdBy: { id: string; name: string; email: string };
  kind: JobKind;
  label: string;
  parent: { kind: ScheduledKind; id: string } | null;
  connectionId: string;
  options: Prisma.InputJsonValue;
  retryOf?: string | null;
  items: NewJobItem[];
}

export async function createJob(job: NewJob): Promise<string> {
  return db().$transaction(async (tx) => {
    const created = await tx.bulkJob.create({
      data: {
        workspaceId: job.workspaceId,
        createdById: job.createdBy.id,
        createdByName: job.createdBy.name,
        createdByEmail: job.createdBy.email,
        kind: job.kind,
        label: job.label,
        parentKind: job.parent?.kind ?? null,
        parentId: job.parent?.id ?? null,
        connectionId: job.connectionId,
        options: job.options,
        total: job.items.length,
        retryOf: job.retryOf ?? null,
      },
      select: { id: true },
    });
    const rows = job.items.map((item, index) => ({
      jobId: created.id,
      index,
      key: item.key,
      row: item.row ?? null,
      email: item.email,
      name: item.name,
      input: item.input,
      ...(item.skipped ? { state: "skipped", errorMessage: item.skipped.message, finishedAt: new Date() } : {}),
    }));
    for (let i = 0; i < rows.length; i += 1000) await tx.bulkJobItem.createMany({ data: rows.slice(i, i + 1000) });
    return created.id;
  });
}

export interface ClaimedItem {
  index: number;
  key: string;
  email: string;
  name: string;
  input: Prisma.JsonValue;
  attempts: number;
}

/** Up to `limit` items nobody holds (pending, or running with an expired lease), leased to the caller. */
export async function claimItems(jobId: string, limit: number): Promise<ClaimedItem[]> {
  return db().$queryRaw<ClaimedItem[]>`
    UPDATE "BulkJobItem" AS i
       SET "state" = 'running', "attempts" = i."attempts" + 1,
           "leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${LEASE_SECONDS}::float8)
      FROM (SELECT "jobId", "index" FROM "BulkJobItem"
             WHERE "jobId" = ${jobId}
               AND ("state" = 'pending' OR ("state" = 'running' AND "leaseUntil" < (now() AT TIME ZONE 'UTC')))
             ORDER BY "index"
             LIMIT ${limit}
             FOR UPDATE SKIP LOCKED) AS free
     WHERE i."jobId" = free."jobId" AND i."index" = free."index"
    RETURNING i."index", i."key", i."email", i."name", i."input", i."attempts"`;
}

export interface ItemOutcome {
  state: Extract<JobItemState, "done" | "failed" | "skipped">;
  error?: { code: string; message: string; zoomCode: number | null; trackingId: string | null } | null;
  registrantId?: string | null;
  joinUrl?: string | null;
  /** For skipped items: why (e.g. "Already registered"). */
  note?: string;
}

/** Records an item's outcome — only while it is still ours (running), so a late runner cannot overwrite another's. */
export async function settleItem(jobId: string, index: number, outcome: ItemOutcome): Promise<void> {
  await db().bulkJobItem.updateMany({
    where: { jobId, index, state: "running" },
    data: {
      state: outcome.state,
      errorCode: outcome.error?.code ?? null,
      errorMessage: outcome.error?.message ?? outcome.note ?? null,
      zoomCode: outcome.error?.zoomCode ?? null,
      trackingId: outcome.error?.trackingId ?? null,
      registrantId: outcome.registrantId ?? null,
      joinUrl: outcome.joinUrl ?? null,
      doneBy: instanceTag,
      finishedAt: new Date(),
      leaseUntil: null,
    },
  });
}

/** Gives an item back (a per-second 429, a cancelled slice) without counting it against anyone. */
export async function releaseItem(jobId: string, index: number): Promise<void> {
  await db().bulkJobItem.updateMany({ where: { jobId, index, state: "running" }, data: { state: "pending", leaseUntil: null } });
}

export async function heartbeat(jobId: string): Promise<{ cancelRequested: boolean; state: string } | null> {
  const now = new Date();
  await db().bulkJob.updateMany({ where: { id: jobId, state: "queued" }, data: { state: "running", startedAt: now } });
  const job = await db().bulkJob.update({ where: { id: jobId }, data: { heartbeatAt: now }, select: { cancelRequested: true, state: true } }).catch(() => null);
  return job;
}

/** Ends a job whose items are all settled: done (or cancelled when asked). Idempotent. */
export async function finishIfSettled(jobId: string): Promise<boolean> {
  const open = await db().bulkJobItem.count({ where: { jobId, state: { in: ["pending", "running"] } } });
  if (open > 0) return false;
  const job = await db().bulkJob.findUnique({ where: { id: jobId }, select: { cancelRequested: true } });
  const state = job?.cancelRequested ? "cancelled" : "done";
  const ended = await db().bulkJob.updateMany({ where: { id: jobId, state: { in: ["queued", "running"] } }, data: { state, finishedAt: new Date() } });
  if (ended.count > 0) await auditJobEnd(jobId, state);
  return true;
}

/** Stops a job: items not yet started are cancelled; one in flight finishes. */
export async function cancelJob(jobId: string): Promise<void> {
  await db().$transaction([
    db().bulkJob.updateMany({ where: { id: jobId, state: { in: ["queued", "running"] } }, data: { cancelRequested: true } }),
    db().bulkJobItem.updateMany({ where: { jobId, state: "pending" }, data: { state: "cancelled", finishedAt: new Date() } }),
  ]);
  await finishIfSettled(jobId);
}

/** The whole job stopped (its connection is gone, its starter was removed): say why, settle the rest. */
export async function failJob(jobId: string, reason: string): Promise<void> {
  const [, ended] = await db().$transaction([
    db().bulkJobItem.updateMany({ where: { jobId, state: { in: ["pending", "running"] } }, data: { state: "cancelled", finishedAt: new Date(), leaseUntil: null } }),
    db().bulkJob.updateMany({ where: { id: jobId, state: { in: ["queued", "running"] } }, data: { state: "failed", error: reason, finishedAt: new Date() } }),
  ]);
  if (ended.count > 0) await auditJobEnd(jobId, "failed", reason);
}

type JobRow = Prisma.BulkJobGetPayload<object>;

async function countsOf(jobIds: string[]): Promise<Map<string, Record<string, number>>> {
  const groups = jobIds.length ? await db().bulkJobItem.groupBy({ by: ["jobId", "state"], where: { jobId: { in: jobIds } }, _count: { _all: true } }) : [];
  const out = new Map<string, Record<string, number>>();
  for (const g of groups) {
    const counts = out.get(g.jobId) ?? {};
    counts[g.state] = g._count._all;
    out.set(g.jobId, counts);
  }
  return out;
}

export function toJobView(job: JobRow, counts: Record<string, number>, now = Date.now()): JobView {
  const done = counts.done ?? 0;
  const failed = counts.failed ?? 0;
  const skipped = counts.skipped ?? 0;
  const cancelled = counts.cancelled ?? 0;
  const remaining = Math.max(0, job.total - done - failed - skipped - cancelled);
  const finishedCount = done + failed + skipped;
  const end = job.finishedAt?.getTime() ?? now;
  const elapsed = job.startedAt ? (end - job.startedAt.getTime()) / 1000 : 0;
  const ratePerSecond = job.startedAt && elapsed > 0 ? Math.round((finishedCount / elapsed) * 10) / 10 : null;
  const finished = ["done", "cancelled", "failed"].includes(job.state);
  return {
    id: job.id,
    kind: job.kind as JobKind,
    label: job.label,
    parent: job.parentKind && job.parentId ? { kind: job.parentKind as ScheduledKind, id: job.parentId } : null,
    state: job.state as JobState,
    total: job.total,
    done,
    failed,
    skipped,
    remaining,
    ratePerSecond,
    etaSeconds: !finished && ratePerSecond && ratePerSecond > 0 ? Math.ceil(remaining / ratePerSecond) : null,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    createdBy: { name: job.createdByName, email: job.createdByEmail },
    error: job.error,
    retryOf: job.retryOf,
  };
}

export async function jobViews(where: Prisma.BulkJobWhereInput, take = 50): Promise<JobView[]> {
  const jobs = await db().bulkJob.findMany({ where, orderBy: { createdAt: "desc" }, take });
  const counts = await countsOf(jobs.map((j) => j.id));
  return jobs.map((job) => toJobView(job, counts.get(job.id) ?? {}));
}

export async function jobRow(jobId: string): Promise<JobRow | null> {
  return db().bulkJob.findUnique({ where: { id: jobId } });
}

export async function jobDetail(job: JobRow, items: "failed" | "all"): Promise<JobDetail> {
  const counts = (await countsOf([job.id])).get(job.id) ?? {};
  const rows = await db().bulkJobItem.findMany({
    where: { jobId: job.id, ...(items === "failed" ? { state: "failed" } : {}) },
    orderBy: { index: "asc" },
    take: 10_000,
  });
  return { ...toJobView(job, counts), items: rows.map(toItemView) };
}

export function toItemView(row: Prisma.BulkJobItemGetPayload<object>): JobItemView {
  return {
    index: row.index,
    row: row.row,
    email: row.email,
    name: row.name,
    state: row.state as JobItemState,
    error:
      row.state === "failed" || row.errorCode
        ? { code: row.errorCode ?? "zoom_error", message: row.errorMessage ?? "", zoomCode: row.zoomCode, trackingId: row.trackingId }
        : row.errorMessage
          ? { code: "note", message: row.errorMessage, zoomCode: null, trackingId: null }
          : null,
    registrantId: row.registrantId,
    joinUrl: row.joinUrl,
  };
}

export async function failedItems(jobId: string) {
  return db().bulkJobItem.findMany({ where: { jobId, state: "failed" }, orderBy: { index: "asc" } });
}

/** Running jobs nobody has touched for `staleSeconds` (their runner died or its message was lost). */
export async function staleJobs(staleSeconds: number): Promise<string[]> {
  const cutoff = new Date(Date.now() - staleSeconds * 1000);
  const rows = await db().bulkJob.findMany({
    where: { state: { in: ["queued", "running"] }, OR: [{ heartbeatAt: null, createdAt: { lt: cutoff } }, { heartbeatAt: { lt: cutoff } }] },
    select: { id: true },
    take: 100,
  });
  return rows.map((r) => r.id);
}
