"use client";
/**
 * Settings → Background jobs: the workspace's running and recent jobs (the last 50, newest first),
 * who started each, and one job's full progress opened above the table. The list polls while any
 * job runs, so states and bars move on their own.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { jobProgress, STATE_LABELS, stateTone } from "@/components/jobs/job-format";
import { JobProgress } from "@/components/jobs/job-progress";
import { itemsFor } from "@/components/jobs/parent-jobs";
import { formatMeetingId } from "@/components/scheduled/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn, type Sorting, byId } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import { ZoomErrorDetails } from "@/components/ui/toast";
import type { JobKind, JobView } from "@/lib/jobs/types";
import { jobQueries } from "@/lib/queries/jobs";

const KIND_LABELS: Record<JobKind, string> = {
  "registrants.import": "Registrant import",
  "registrants.status": "Registrant status change",
  "recordings.bulk": "Recordings trash/delete",
};

export function JobsTable() {
  const { data, error, refetch } = useQuery(jobQueries.list());
  const zone = useViewerTimeZone() ?? "UTC";
  const [open, setOpen] = useState<string | null>(null);
  const [sorting, setSorting] = useState<Sorting | null>(null);
  if (error && !data) {
    return (
      <EmptyState title="Jobs could not be loaded" action={<Button onClick={() => void refetch()}>Try again</Button>}>
        <ZoomErrorDetails error={error} />
      </EmptyState>
    );
  }
  if (!data) return <SkeletonRows label="Loading jobs" />;
  const jobs = data.jobs;
  const opened = jobs.find((job) => job.id === open);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, zone) : "—");
  const columns: DataColumn<JobView>[] = [
    {
      id: "job",
      header: "Job",
      cell: (job) => (
        <span className="block min-w-48">
          <span className="block font-medium text-slate-900 dark:text-slate-100">{job.label}</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            {KIND_LABELS[job.kind]}
            {job.parent ? (
              <>
                {" · "}
                <Link href={`/${job.parent.kind}s/${encodeURIComponent(job.parent.id)}/registrants`} className="whitespace-nowrap text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                  {job.parent.kind === "meeting" ? "Meeting" : "Webinar"} {formatMeetingId(job.parent.id)}
                </Link>
              </>
            ) : null}
          </span>
        </span>
      ),
    },
    {
      id: "by",
      header: "Started by",
      sortValue: (job) => job.createdBy.name.toLowerCase(),
      cell: (job) => (
        <span className="block min-w-40">
          <span className="block whitespace-nowrap text-slate-900 dark:text-slate-100">{job.createdBy.name}</span>
          <span className="block break-words text-xs text-slate-600 dark:text-slate-400">{job.createdBy.email}</span>
        </span>
      ),
    },
    { id: "state", header: "State", sortValue: (job) => job.state, cell: (job) => <Badge tone={stateTone(job)}>{STATE_LABELS[job.state]}</Badge> },
    { id: "progress", header: "Progress", cell: (job) => <MiniProgress job={job} /> },
    {
      id: "when",
      header: "Started",
      sortValue: (job) => job.startedAt ?? job.createdAt,
      cell: (job) => (
        <span className="block whitespace-nowrap">
          <span className="block">{when(job.startedAt ?? job.createdAt)}</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">{job.finishedAt ? `Finished ${when(job.finishedAt)}` : job.startedAt ? "Not finished yet" : "Waiting to start"}</span>
        </span>
      ),
    },
    {
      id: "details",
      header: "Details",
      srOnlyHeader: true,
      cell: (job) => (
        <Button variant="ghost" className="px-2 py-1 text-xs" aria-expanded={open === job.id} aria-controls="job-details" onClick={() => setOpen(open === job.id ? null : job.id)}>
          {open === job.id ? "Hide" : "Details"}
          <span className="sr-only"> of {job.label}</span>
        </Button>
      ),
    },
  ];
  return (
    <div className="space-y-4">
      <div id="job-details">
        {opened ? (
          <div className="space-y-2">
            <JobProgress jobId={opened.id} items={itemsFor(opened)} />
            <Button variant="ghost" className="text-xs" onClick={() => setOpen(null)}>
              Close details
            </Button>
          </div>
        ) : null}
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <DataTable
          rows={jobs}
          rowKey={byId}
          columns={columns}
          caption="Background jobs"
          sorting={sorting}
          onSortingChange={setSorting}
          empty="No background jobs yet. Imports and bulk approvals of registrants show up here while they run and afterwards."
        />
      </div>
    </div>
  );
}

function MiniProgress({ job }: { job: JobView }) {
  const { processed, percent } = jobProgress(job);
  return (
    <span className="block min-w-32">
      <span className="block text-xs tabular-nums text-slate-700 dark:text-slate-300">
        {processed.toLocaleString("en-US")} of {job.total.toLocaleString("en-US")}
        {job.failed ? <span className="text-red-700 dark:text-red-300"> · {job.failed.toLocaleString("en-US")} failed</span> : null}
      </span>
      <span className="mt-1 block h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
        <span className="block h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
