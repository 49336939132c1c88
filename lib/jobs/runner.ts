/**
 * One slice of work on a job: claim items, hand them to the job kind's handler, record outcomes,
 * for up to `sliceMs`; then the caller asks for another slice if items remain. Short slices keep a
 * crashed instance's work from waiting long: its items' leases lapse and any runner takes them.
 */
import { ApiError } from "@/lib/errors/api-error";
import { jobZoomContext } from "@/lib/auth/zoom-context";
import { claimItems, failJob, finishIfSettled, heartbeat, jobRow, releaseItem, settleItem, type ClaimedItem, type ItemOutcome } from "@/lib/jobs/store";
import { registrantImportHandler, registrantStatusHandler } from "@/lib/jobs/registrant-handlers";
import type { JobKind } from "@/lib/jobs/types";
import { logger } from "@/lib/server/logger";
import type { ZoomContext } from "@/lib/zoom/context";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface JobRunContext {
  ctx: ZoomContext;
  job: Prisma.BulkJobGetPayload<object>;
}

/** What a job kind does with its claimed items. `process` settles each item (or releases it). */
export interface JobHandler<S> {
  batchSize: number;
  begin(run: JobRunContext): Promise<S>;
  process(run: JobRunContext, session: S, items: ClaimedItem[], settle: (item: ClaimedItem, outcome: ItemOutcome) => Promise<void>): Promise<void>;
}

const HANDLERS: Record<JobKind, JobHandler<unknown>> = {
  "registrants.import": registrantImportHandler as JobHandler<unknown>,
  "registrants.status": registrantStatusHandler as JobHandler<unknown>,
};

export const runnerSettings = { sliceMs: 20_000 };

export type SliceResult = "finished" | "more" | "gone";

export async function runSlice(jobId: string): Promise<SliceResult> {
  const job = await jobRow(jobId);
  if (!job || !["queued", "running"].includes(job.state)) return "gone";
  const handler = HANDLERS[job.kind as JobKind];
  if (!handler) {
    await failJob(jobId, `Unknown job kind ${job.kind}.`);
    return "gone";
  }
  let run: JobRunContext;
  let session: unknown;
  try {
    run = { ctx: await jobZoomContext(job), job };
    const beat = await heartbeat(jobId);
    if (beat?.cancelRequested) return (await finishIfSettled(jobId)) ? "finished" : "more";
    session = await handler.begin(run);
  } catch (error) {
    return stopOrRetry(jobId, error);
  }
  const started = Date.now();
  while (Date.now() - started < runnerSettings.sliceMs) {
    const beat = await heartbeat(jobId);
    if (!beat || beat.cancelRequested || beat.state !== "running") break;
    const items = await claimItems(jobId, handler.batchSize);
    if (items.length === 0) break;
    try {
      await handler.process(run, session, items, (item, outcome) => settleItem(jobId, item.index, outcome));
    } catch (error) {
      // Whatever the handler did not settle goes back for the next slice.
      await Promise.all(items.map((item) => releaseItem(jobId, item.index)));
      return stopOrRetry(jobId, error);
    }
  }
  return (await finishIfSettled(jobId)) ? "finished" : "more";
}

/** A failure of the whole job: the dashboard's own refusals end it with their sentence; anything else is retried. */
async function stopOrRetry(jobId: string, error: unknown): Promise<SliceResult> {
  if (error instanceof ApiError && ["forbidden", "needs_reconnect", "not_configured", "not_found", "conflict"].includes(error.code)) {
    await failJob(jobId, error.message);
    return "gone";
  }
  logger.warn("job slice failed; it will be retried", { jobId, error: error instanceof Error ? error.message : String(error) });
  return "more";
}
