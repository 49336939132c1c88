"use client";
/**
 * The background jobs of one meeting's or webinar's registrants, for its registrants tab: each
 * running job with its live progress (so someone who left during an import finds it again), and
 * the recent finished ones folded away with their results. When a job ends, the parent's
 * registrants are refetched.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { JobProgress } from "@/components/jobs/job-progress";
import { STATE_LABELS, stateTone } from "@/components/jobs/job-format";
import { Badge } from "@/components/ui/badge";
import { isFinished, type JobView } from "@/lib/jobs/types";
import { jobQueries } from "@/lib/queries/jobs";
import { registrantKeys } from "@/lib/queries/registrants";
import type { ScheduledRef } from "@/lib/schemas/scheduled";

const RECENT = 3;

export const itemsFor = (job: Pick<JobView, "kind">) => (job.kind === "registrants.status" ? "all" : "failed");

export function ParentJobs({ parent }: { parent: ScheduledRef }) {
  const queryClient = useQueryClient();
  const { data } = useQuery(jobQueries.list({ parent }));
  const jobs = data?.jobs ?? [];
  const running = jobs.filter((job) => !isFinished(job.state));
  const recent = jobs.filter((job) => isFinished(job.state)).slice(0, RECENT);
  if (!running.length && !recent.length) return null;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: registrantKeys.parent(parent) });
  };
  return (
    <section aria-label="Background jobs" className="space-y-3">
      {running.map((job) => (
        <JobProgress key={job.id} jobId={job.id} items={itemsFor(job)} onFinished={refresh} />
      ))}
      {recent.length ? (
        <details className="group rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <summary className="cursor-pointer select-none px-4 py-2.5 text-sm font-medium text-slate-700 dark:text-slate-200">
            Recent jobs ({recent.length})
          </summary>
          <ul className="space-y-3 border-t border-slate-200 p-4 dark:border-slate-800">
            {recent.map((job) => (
              <li key={job.id}>
                <details>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-2 text-sm">
                    <span className="font-medium text-slate-900 dark:text-slate-100">{job.label}</span>
                    <Badge tone={stateTone(job)}>{STATE_LABELS[job.state]}</Badge>
                    <span className="text-slate-600 dark:text-slate-400">
                      {job.done.toLocaleString("en-US")} succeeded, {job.failed.toLocaleString("en-US")} failed
                    </span>
                  </summary>
                  <div className="mt-3">
                    <JobProgress jobId={job.id} items={itemsFor(job)} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
