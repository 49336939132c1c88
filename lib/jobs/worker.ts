/**
 * This instance's share of the background work: two runners on the job queue, and the sweep that
 * re-queues jobs whose runner died (a killed process, a lost message). Started once per server
 * process from instrumentation.ts (JOBS_WORKER=off leaves an instance out).
 */
import { env } from "@/lib/env";
import { startAuditCleanup } from "@/lib/jobs/audit-cleanup";
import { queue, requestRunners, RUN_QUEUE, stopQueue, SWEEP_QUEUE } from "@/lib/jobs/queue";
import { runSlice } from "@/lib/jobs/runner";
import { staleJobs } from "@/lib/jobs/store";
import { logger } from "@/lib/server/logger";

/** Runners per instance: one job's two halves, or two jobs side by side. */
const RUNNERS = 2;
/** A job whose runners have not reported for this long is re-queued. */
export const STALE_SECONDS = 10;
const SWEEP_EVERY = 5;

let started: Promise<void> | null = null;

/**
 * Jobs this instance is working on. One runner per job per instance is enough (the pace, not the
 * runner, limits a job's speed), so a second slice of a job already running here goes back to the
 * queue for another instance to take — which is how two instances share one import.
 */
const activeHere = new Set<string>();

export async function sweepStaleJobs(): Promise<number> {
  const ids = await staleJobs(STALE_SECONDS);
  for (const id of ids) await requestRunners(id, 1);
  if (ids.length) logger.info("re-queued background jobs whose runner stopped", { jobs: ids.length });
  return ids.length;
}

export function startJobWorker(): Promise<void> {
  if (env.JOBS_WORKER === "off") return Promise.resolve();
  started ??= (async () => {
    const q = await queue();
    for (let i = 0; i < RUNNERS; i++) {
      await q.work<{ jobId: string }>(RUN_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (!job) return;
        const { jobId } = job.data;
        if (activeHere.has(jobId)) {
          await requestRunners(jobId, 1, 1);
          return;
        }
        activeHere.add(jobId);
        try {
          const result = await runSlice(jobId);
          if (result === "more") await requestRunners(jobId, 1, 1);
        } finally {
          activeHere.delete(jobId);
        }
      });
    }
    // Each sweep books the next one SWEEP_EVERY seconds later (the queue keeps at most one waiting),
    // so a dead instance's jobs are taken over within seconds; pg-boss's cron (one minute) is the backstop.
    await q.work(SWEEP_QUEUE, { pollingIntervalSeconds: 1 }, async () => {
      await sweepStaleJobs();
      await q.send(SWEEP_QUEUE, {}, { startAfter: SWEEP_EVERY });
    });
    await q.schedule(SWEEP_QUEUE, "* * * * *");
    await sweepStaleJobs();
    await q.send(SWEEP_QUEUE, {}, { startAfter: SWEEP_EVERY });
    await startAuditCleanup(q);
  })().catch((error: unknown) => {
    started = null;
    logger.error("background job worker did not start", { error: error instanceof Error ? error.message : String(error) });
  });
  return started;
}

export async function stopJobWorker(): Promise<void> {
  started = null;
  await stopQueue();
}
