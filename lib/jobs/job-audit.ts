/**
 * A background job's end in the audit log: the person who started it is the actor (the job acts
 * for them, possibly long after their request), with what became of its items. Written once, by
 * whichever runner's update actually ended the job.
 */
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";

export async function auditJobEnd(jobId: string, state: "done" | "cancelled" | "failed", reason?: string): Promise<void> {
  const job = await db()
    .bulkJob.findUnique({ where: { id: jobId }, select: { workspaceId: true, createdById: true, createdByName: true, createdByEmail: true, kind: true, label: true, total: true } })
    .catch(() => null);
  if (!job) return;
  const groups = await db()
    .bulkJobItem.groupBy({ by: ["state"], where: { jobId }, _count: { _all: true } })
    .catch(() => []);
  const items = Object.fromEntries(groups.map((g) => [g.state, g._count._all]));
  await recordAudit({
    workspaceId: job.workspaceId,
    actor: { userId: job.createdById, name: job.createdByName, email: job.createdByEmail },
    action: "job.finish",
    targetType: "job",
    targetId: jobId,
    targetLabel: job.label,
    summary: { kind: job.kind, state, total: job.total, items, ...(reason ? { reason } : {}) },
    result: state === "done" ? ((items.failed ?? 0) > 0 ? "partial" : "ok") : state,
  });
}
