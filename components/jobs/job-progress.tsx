"use client";
/**
 * PLACEHOLDER (the agreed contract; replaced by the jobs UI): a background job's live progress —
 * bar, done / failed / remaining, rate, time left, cancel, the failed items with Zoom's reasons,
 * "retry the failed ones" and the failures CSV.
 */
import type { JobDetail } from "@/lib/jobs/types";

export interface JobProgressProps {
  jobId: string;
  /** Called once when the job reaches a final state (e.g. to refresh the registrants table). */
  onFinished?: (job: JobDetail) => void;
  /** Which items to list under the bar: failed ones (imports) or all (status changes, a result per registrant). */
  items?: "failed" | "all";
}

export function JobProgress({ jobId }: JobProgressProps) {
  return <p>Job {jobId}</p>;
}
