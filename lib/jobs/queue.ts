/**
 * The PostgreSQL job queue (pg-boss, in its own `pgboss` schema of the dashboard's database). It
 * carries only "work on job X for a while" messages; progress lives in BulkJob/BulkJobItem. Every
 * instance may send and work them, so several instances behind a load balancer share the work.
 */
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";

export const RUN_QUEUE = "bulk-job-run";
export const SWEEP_QUEUE = "bulk-job-sweep";
export const AUDIT_CLEANUP_QUEUE = "audit-cleanup";

/** Where the queue lives: the dashboard's database (tests point it at theirs). */
export const queueSettings: { connectionString: string | undefined } = { connectionString: env.DATABASE_URL };

let boss: PgBoss | null = null;
let starting: Promise<PgBoss> | null = null;

/** The started queue of this process (started on first use; the worker starts it at boot). */
export function queue(): Promise<PgBoss> {
  if (boss) return Promise.resolve(boss);
  starting ??= (async () => {
    if (!queueSettings.connectionString) throw new Error("DATABASE_URL is not set.");
    const instance = new PgBoss({ connectionString: queueSettings.connectionString, schema: "pgboss", max: 4, application_name: "dashboard-jobs" });
    instance.on("error", (error: Error) => logger.warn("job queue error", { error: error.message }));
    await instance.start();
    // A slice that dies with its process is retried once its expiry passes; the sweep usually re-queues it sooner.
    await ensureQueue(instance, { name: RUN_QUEUE, policy: "standard", retryLimit: 20, retryDelay: 1, expireInSeconds: 90 });
    // At most one sweep waiting and one running, however many instances ask for the next.
    await ensureQueue(instance, { name: SWEEP_QUEUE, policy: "stately", expireInSeconds: 60 });
    // One cleanup at a time across instances; a large first cleanup may take a while.
    await ensureQueue(instance, { name: AUDIT_CLEANUP_QUEUE, policy: "stately", expireInSeconds: 15 * 60 });
    boss = instance;
    return instance;
  })().catch((error: unknown) => {
    starting = null;
    throw error;
  });
  return starting;
}

/** Instances starting together race to create the queues; whoever loses finds them made. */
async function ensureQueue(instance: PgBoss, options: PgBoss.Queue): Promise<void> {
  if (await instance.getQueue(options.name)) return;
  try {
    await instance.createQueue(options.name, options);
  } catch (error) {
    if (!(await instance.getQueue(options.name))) throw error;
  }
}

/** Asks for `runners` slices of work on a job (any instance's worker picks each up). */
export async function requestRunners(jobId: string, runners = 1, startAfterSeconds = 0): Promise<void> {
  const q = await queue();
  for (let i = 0; i < runners; i++) {
    await q.send(RUN_QUEUE, { jobId }, startAfterSeconds > 0 ? { startAfter: startAfterSeconds } : {});
  }
}

export async function stopQueue(): Promise<void> {
  const current = boss ?? (starting ? await starting.catch(() => null) : null);
  boss = null;
  starting = null;
  await current?.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined);
}
