/**
 * Background jobs for a viewer: admins and owners see and manage every job of the workspace,
 * members only the ones they started.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isAdminRole, type Viewer } from "@/lib/auth/viewer-type";
import { spreadsheetCsv } from "@/lib/csv-export";
import { ApiError } from "@/lib/errors/api-error";
import { jobStarter, startJob } from "@/lib/jobs/start";
import { cancelJob, failedItems, jobDetail, jobRow, jobViews } from "@/lib/jobs/store";
import type { JobDetail, JobKind, JobView } from "@/lib/jobs/types";
import type { ScheduledKind } from "@/lib/schemas/scheduled";
import { itemContext } from "@/lib/services/access";
import { bulkMustHost } from "@/lib/services/recordings";
import { parentContext } from "@/lib/services/registrants";

async function visibleJob(viewer: Viewer, jobId: string) {
  const job = await jobRow(jobId);
  // Another workspace's job, or another member's for a member, does not exist for this viewer.
  if (!job || job.workspaceId !== viewer.workspaceId || (!isAdminRole(viewer.role) && job.createdById !== viewer.userId)) {
    throw new ApiError("not_found", "There is no such job.");
  }
  return job;
}

export async function jobListFor(viewer: Viewer, filter: { parentKind?: ScheduledKind; parentId?: string }): Promise<{ jobs: JobView[] }> {
  return {
    jobs: await jobViews({
      workspaceId: viewer.workspaceId,
      ...(isAdminRole(viewer.role) ? {} : { createdById: viewer.userId }),
      ...(filter.parentKind && filter.parentId ? { parentKind: filter.parentKind, parentId: filter.parentId } : {}),
    }),
  };
}

export async function jobDetailFor(viewer: Viewer, jobId: string, items: "failed" | "all"): Promise<JobDetail> {
  return jobDetail(await visibleJob(viewer, jobId), items);
}

export async function cancelJobFor(viewer: Viewer, jobId: string): Promise<JobView> {
  await visibleJob(viewer, jobId);
  await cancelJob(jobId);
  const [view] = await jobViews({ id: jobId }, 1);
  return view!;
}

/**
 * A new job with the failed items of `jobId`, started by the viewer as if they started it now: the
 * connection and the host rule are worked out again for the viewer's current role — an admin
 * retrying a member's import acts through the admin's connection, never the member's personal one,
 * and someone demoted since keeps to what they host.
 */
export async function retryFailedFor(viewer: Viewer, jobId: string): Promise<JobView> {
  const job = await visibleJob(viewer, jobId);
  const failed = await failedItems(jobId);
  if (failed.length === 0) throw new ApiError("conflict", "This job has no failed items to retry.");
  const parent = job.parentKind && job.parentId ? { kind: job.parentKind as ScheduledKind, id: job.parentId } : null;
  const ctx = parent ? await parentContext(viewer, parent) : await itemContext(viewer);
  const options = (job.options ?? {}) as Prisma.InputJsonObject;
  return startJob({
    workspaceId: viewer.workspaceId,
    createdBy: jobStarter(viewer),
    kind: job.kind as JobKind,
    label: `${job.label} — retry of ${failed.length} failed`,
    parent,
    connectionId: ctx.connectionId,
    options: job.kind === "recordings.bulk" ? { ...options, mustHost: bulkMustHost(viewer, ctx) } : options,
    retryOf: job.id,
    items: failed.map((item) => ({ key: item.key, row: item.row, email: item.email, name: item.name, input: item.input ?? {} })),
  });
}

/** The failed items as CSV: row (the line in the imported file, header = line 1; empty for status jobs), email, name, Zoom's code, message, tracking id. */
export async function jobFailuresCsvFor(viewer: Viewer, jobId: string): Promise<{ csv: string; fileName: string }> {
  const job = await visibleJob(viewer, jobId);
  const failed = await failedItems(jobId);
  const csv = spreadsheetCsv(
    ["row", "email", "name", "error", "zoom_code", "message", "tracking_id"],
    failed.map((item) => [item.row ?? "", item.email, item.name, item.errorCode ?? "", item.zoomCode ?? "", item.errorMessage ?? "", item.trackingId ?? ""]),
  );
  return { csv, fileName: `job-${job.id.slice(0, 8)}-failures.csv` };
}
