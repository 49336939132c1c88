/**
 * Audit retention: each workspace keeps entries for its own number of days (default 365, the owner
 * sets it on Settings → Audit log); a daily job on the queue deletes older ones. Deletes go in
 * batches, each its own short transaction, so a first cleanup of a large table never holds locks
 * for long; each batch marks its transaction so the append-only trigger lets it through.
 */
import { db as appDb, type Db } from "@/lib/db/client";

export const DEFAULT_RETENTION_DAYS = 365;
const BATCH = 5_000;

/** Deletes one batch of the workspace's entries older than `before`; answers how many. */
async function deleteBatch(client: Db, workspaceId: string, before: Date): Promise<number> {
  const [, deleted] = await client.$transaction([
    client.$executeRaw`SELECT set_config('dashboard.audit_retention', 'on', true)`,
    client.$executeRaw`DELETE FROM "AuditEntry" WHERE id IN (
      SELECT id FROM "AuditEntry" WHERE "workspaceId" = ${workspaceId} AND "createdAt" < ${before} LIMIT ${BATCH})`,
  ]);
  return deleted;
}

/** Deletes every workspace's entries older than its retention; answers how many in all. */
export async function cleanupAuditEntries(now = new Date(), client: Db = appDb()): Promise<number> {
  const workspaces = await client.workspace.findMany({ select: { id: true, auditRetentionDays: true } });
  let total = 0;
  for (const workspace of workspaces) {
    const before = new Date(now.getTime() - workspace.auditRetentionDays * 86_400_000);
    for (;;) {
      const deleted = await deleteBatch(client, workspace.id, before);
      total += deleted;
      if (deleted < BATCH) break;
    }
    // Zoom's own events are shown in the log beside the entries, so they are kept as long.
    const zoomEvents = await client.webhookEvent.deleteMany({ where: { workspaceId: workspace.id, receivedAt: { lt: before } } });
    total += zoomEvents.count;
  }
  return total;
}
