/**
 * The daily audit-retention job: pg-boss's cron sends one message a day (every instance may
 * schedule it; pg-boss keeps one schedule per queue name) and whichever instance takes it deletes
 * entries past each workspace's retention (lib/audit/retention.ts).
 */
import type PgBoss from "pg-boss";
import { cleanupAuditEntries } from "@/lib/audit/retention";
import { AUDIT_CLEANUP_QUEUE } from "@/lib/jobs/queue";
import { logger } from "@/lib/server/logger";

/** 03:17 UTC: off the hour, when other cron jobs on a shared database tend to start. */
export const AUDIT_CLEANUP_CRON = "17 3 * * *";

export async function runAuditCleanup(): Promise<number> {
  const deleted = await cleanupAuditEntries();
  logger.info("audit retention cleanup", { deleted });
  return deleted;
}

export async function startAuditCleanup(q: PgBoss): Promise<void> {
  await q.work(AUDIT_CLEANUP_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    await runAuditCleanup();
  });
  await q.schedule(AUDIT_CLEANUP_QUEUE, AUDIT_CLEANUP_CRON, {}, { tz: "UTC" });
}
