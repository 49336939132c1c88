/**
 * How a background job reads to people: its rate, time left, state and the sentence that ends it.
 * Pure, so the wording is unit-tested once and shared by the progress view and the jobs table.
 */
import type { BadgeTone } from "@/components/ui/badge";
import type { JobState, JobView } from "@/lib/jobs/types";

const number = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;

/** "12.4 per second", "40 per minute" below one a second; null before the job has a rate. */
export function formatRate(ratePerSecond: number | null): string | null {
  if (ratePerSecond === null || !Number.isFinite(ratePerSecond) || ratePerSecond <= 0) return null;
  if (ratePerSecond < 1) return `${Math.round(ratePerSecond * 60)} per minute`;
  return `${ratePerSecond < 100 ? ratePerSecond.toFixed(1) : Math.round(ratePerSecond)} per second`;
}

/** "about 3 minutes left", "12 seconds left"; null when unknown. */
export function formatEta(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 5) return "a few seconds left";
  if (seconds < 60) return `${Math.round(seconds)} seconds left`;
  if (seconds < 3600) return `about ${plural(Math.round(seconds / 60), "minute")} left`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  return `about ${plural(hours, "hour")}${minutes ? ` ${plural(minutes, "minute")}` : ""} left`;
}

/** "42 s", "3 min 5 s", "1 h 2 min": how long a finished job took. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min${seconds % 60 ? ` ${seconds % 60} s` : ""}`;
  return `${Math.floor(seconds / 3600)} h${Math.round((seconds % 3600) / 60) ? ` ${Math.round((seconds % 3600) / 60)} min` : ""}`;
}

export const STATE_LABELS: Record<JobState, string> = { queued: "Queued", running: "Running", done: "Finished", cancelled: "Cancelled", failed: "Stopped" };

export function stateTone(job: Pick<JobView, "state" | "failed">): BadgeTone {
  if (job.state === "running" || job.state === "queued") return "brand";
  if (job.state === "failed") return "danger";
  if (job.state === "cancelled" || job.failed > 0) return "warning";
  return "success";
}

/** Items finished one way or another, and the share of the whole (0–100, whole numbers). */
export function jobProgress(job: Pick<JobView, "total" | "done" | "failed" | "skipped">) {
  const processed = job.done + job.failed + job.skipped;
  const percent = job.total > 0 ? Math.min(100, Math.floor((processed / job.total) * 100)) : 0;
  return { processed, percent };
}

/** The sentence shown once a job is over (null while it runs). */
export function summarySentence(job: JobView): string | null {
  const took = job.startedAt && job.finishedAt ? ` in ${formatDuration(Date.parse(job.finishedAt) - Date.parse(job.startedAt))}` : "";
  const parts = [`${number(job.done)} of ${number(job.total)} succeeded`];
  if (job.skipped) parts.push(`${plural(job.skipped, "was", "were")} already done`);
  if (job.failed) parts.push(`${number(job.failed)} failed`);
  const counts = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  switch (job.state) {
    case "done":
      return job.failed ? `Finished${took}: ${counts}. The failed ones are listed below with Zoom's reason.` : `Finished${took}: ${counts}.`;
    case "cancelled":
      return `Cancelled: ${counts}; ${plural(job.remaining, "was", "were")} not started.`;
    case "failed":
      return `Stopped: ${job.error ?? "the job could not go on"}. ${counts}; ${plural(job.remaining, "was", "were")} not started.`;
    default:
      return null;
  }
}
