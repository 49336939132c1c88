/**
 * A job's bar and counts. The bar is one `progressbar` (processed of total, with the percentage
 * as its text); its coloured segments — succeeded, already done, failed — are decoration the
 * counts below repeat in words.
 */
import { formatEta, formatRate, jobProgress } from "@/components/jobs/job-format";
import { cn } from "@/components/ui/cn";
import { isFinished, type JobView } from "@/lib/jobs/types";

const fmt = (n: number) => n.toLocaleString("en-US");

export function JobBar({ job }: { job: JobView }) {
  const { processed, percent } = jobProgress(job);
  const share = (n: number) => (job.total > 0 ? `${(n / job.total) * 100}%` : "0%");
  const running = !isFinished(job.state);
  const rate = running ? formatRate(job.ratePerSecond) : null;
  const eta = running ? formatEta(job.etaSeconds) : null;
  return (
    <div className="space-y-3">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium text-slate-900 dark:text-slate-100">
          {fmt(processed)} of {fmt(job.total)}
        </span>
        <span className="tabular-nums text-slate-600 dark:text-slate-400">{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={`Progress of ${job.label}`}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={processed}
        aria-valuetext={`${fmt(processed)} of ${fmt(job.total)} (${percent}%)`}
        className="flex h-2.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <span className="h-full bg-emerald-500 transition-[width] duration-700" style={{ width: share(job.done) }} />
        <span className="h-full bg-sky-400 transition-[width] duration-700" style={{ width: share(job.skipped) }} />
        <span className="h-full bg-red-500 transition-[width] duration-700" style={{ width: share(job.failed) }} />
      </div>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Count label="Succeeded" value={job.done} dot="bg-emerald-500" />
        <Count label="Failed" value={job.failed} dot="bg-red-500" emphasis={job.failed > 0} />
        <Count label="Already done" value={job.skipped} dot="bg-sky-400" />
        <Count label="Remaining" value={job.remaining} dot="bg-slate-300 dark:bg-slate-600" />
      </dl>
      {running ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {job.state === "queued" ? "Waiting to start…" : [rate, eta].filter(Boolean).join(" · ") || "Starting…"}
        </p>
      ) : null}
    </div>
  );
}

function Count({ label, value, dot, emphasis = false }: { label: string; value: number; dot: string; emphasis?: boolean }) {
  return (
    <div className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
      <dt className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
        <span className={cn("h-2 w-2 rounded-full", dot)} aria-hidden="true" />
        {label}
      </dt>
      <dd className={cn("text-lg font-semibold tabular-nums text-slate-900 dark:text-slate-100", emphasis && "text-red-700 dark:text-red-300")}>{fmt(value)}</dd>
    </div>
  );
}
