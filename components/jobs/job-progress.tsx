"use client";
/**
 * A background job's live progress: bar and counts, rate and time left, Cancel while it runs, and
 * at the end a sentence, the failed items with Zoom's reasons, "Retry the failed ones" (which then
 * follows the new job) and the failures as CSV. It reads the job from the server (polled each
 * second while it runs), so leaving the page and coming back shows the same progress.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { JobBar } from "@/components/jobs/job-bar";
import { JobCancel } from "@/components/jobs/job-cancel";
import { STATE_LABELS, stateTone, summarySentence } from "@/components/jobs/job-format";
import { JobItems } from "@/components/jobs/job-items";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { toastError, ZoomErrorDetails } from "@/components/ui/toast";
import { isFinished, type JobDetail } from "@/lib/jobs/types";
import { ApiClientError, runMutation } from "@/lib/queries/http";
import { jobFailuresCsvUrl, jobQueries, useRetryFailed } from "@/lib/queries/jobs";

export interface JobProgressProps {
  jobId: string;
  /** Called once when the job reaches a final state (e.g. to refresh the registrants table). */
  onFinished?: (job: JobDetail) => void;
  /** Which items to list under the bar: failed ones (imports) or all (status changes, a result per registrant). */
  items?: "failed" | "all";
  /**
   * Imports started from this page: the CSV line of each item, when the import sent only some of
   * the file's rows. Without it a row is `index + 2` (every row sent, header on line 1).
   */
  rowNumbers?: readonly number[];
}

export function JobProgress({ jobId, onFinished, items = "failed", rowNumbers }: JobProgressProps) {
  // "Retry the failed ones" starts a new job; from then on this view follows it.
  const [retried, setRetried] = useState<{ from: string; to: string } | null>(null);
  const id = retried?.from === jobId ? retried.to : jobId;
  const { data: job, error, refetch } = useQuery(jobQueries.detail(id, items));
  const retry = useRetryFailed();
  const headingId = useId();

  const finishedFor = useRef<string | null>(null);
  const onFinishedRef = useRef(onFinished);
  useEffect(() => {
    onFinishedRef.current = onFinished;
  });
  useEffect(() => {
    if (!job || !isFinished(job.state) || finishedFor.current === job.id) return;
    finishedFor.current = job.id;
    onFinishedRef.current?.(job);
  }, [job]);

  if (error && !job) {
    const gone = error instanceof ApiClientError && error.status === 404;
    return (
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
        <p className="font-medium">{gone ? "This job is no longer kept." : "The job's progress could not be loaded."}</p>
        {gone ? null : (
          <>
            <ZoomErrorDetails error={error} />
            <Button variant="secondary" className="mt-2" onClick={() => void refetch()}>
              Try again
            </Button>
          </>
        )}
      </div>
    );
  }
  if (!job) {
    return (
      <div role="status" aria-label="Loading the job's progress" className="space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="h-2.5 w-full" />
        <Skeleton className="h-12 w-full" />
      </div>
    );
  }

  const finished = isFinished(job.state);
  const summary = summarySentence(job);
  const canRetry = finished && job.failed > 0;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold text-slate-900 dark:text-slate-100">
            {job.label}
          </h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Started by {job.createdBy.name}
            {job.retryOf ? " · retry of the failed ones" : ""}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <Badge tone={stateTone(job)}>{STATE_LABELS[job.state]}</Badge>
          {finished ? null : <JobCancel job={job} />}
        </div>
      </div>
      <JobBar job={job} />
      {/* Announced once, when the job ends: a live region that changed every second would drown a screen reader. */}
      <div role="status" aria-live="polite">
        {summary ? (
          <p className={job.state === "done" && !job.failed ? "text-sm text-emerald-800 dark:text-emerald-200" : "text-sm text-slate-800 dark:text-slate-200"}>{summary}</p>
        ) : null}
      </div>
      {canRetry ? (
        <div className="flex flex-wrap gap-2">
          <Button
            disabled={retry.isPending}
            onClick={() =>
              runMutation(retry, job.id, {
                onSuccess: (next) => setRetried({ from: jobId, to: next.id }),
                onError: (e) => toastError("The failed ones could not be retried", e),
              })
            }
          >
            {retry.isPending ? "Starting…" : `Retry the failed ones (${job.failed.toLocaleString("en-US")})`}
          </Button>
          <a href={jobFailuresCsvUrl(job.id)} download className={buttonClass("secondary")}>
            Download failures (CSV)
          </a>
        </div>
      ) : null}
      {/* A retry's items are numbered within the retry, not the file, so it lists no row numbers. */}
      <JobItems items={job.items} show={items} rows={job.kind === "registrants.import" ? (rowNumbers ?? "index") : null} />
    </section>
  );
}
