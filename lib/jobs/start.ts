/**
 * Starting a job, the one way every service does it: save it with its items, ask the queue for
 * runners, answer with its view. A job the queue cannot take right now is still saved, and the
 * sweep (lib/jobs/worker.ts) starts it within seconds — so a hiccup of the queue is no 500.
 */
import type { Viewer } from "@/lib/auth/viewer-type";
import { ApiError } from "@/lib/errors/api-error";
import { requestRunners } from "@/lib/jobs/queue";
import { createJob, jobViews, type NewJob } from "@/lib/jobs/store";
import type { JobView } from "@/lib/jobs/types";
import { logger } from "@/lib/server/logger";

/** Who started a job, as the jobs list shows them. */
export const jobStarter = (viewer: Viewer): NewJob["createdBy"] => ({ id: viewer.userId, name: viewer.name, email: viewer.email });

export async function startJob(job: NewJob, runners = 1): Promise<JobView> {
  const id = await createJob(job);
  await requestRunners(id, runners).catch((error: unknown) =>
    logger.warn("job saved but not queued; the sweep will start it", { jobId: id, error: error instanceof Error ? error.message : String(error) }),
  );
  const [view] = await jobViews({ id }, 1);
  if (!view) throw new ApiError("internal", "The job vanished as it was created.");
  return view;
}
