/**
 * Background jobs as the browser sees them (pure types, shared by routes, queries and components).
 * A job is a list of items (one per registrant or CSV row) worked through on the PostgreSQL job
 * queue; each item ends done, failed (with Zoom's reason) or skipped (already so at Zoom).
 */
import type { ScheduledRef } from "@/lib/schemas/scheduled";

export const JOB_KINDS = ["registrants.import", "registrants.status", "recordings.bulk"] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATES = ["queued", "running", "done", "cancelled", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];
export const isFinished = (state: JobState) => state === "done" || state === "cancelled" || state === "failed";

export type JobItemState = "pending" | "running" | "done" | "failed" | "skipped" | "cancelled";

export interface JobView {
  id: string;
  kind: JobKind;
  /** "Import 300 registrants from guests.csv", "Approve 12 registrants". */
  label: string;
  parent: ScheduledRef | null;
  state: JobState;
  total: number;
  done: number;
  failed: number;
  /** Already in the wanted state at Zoom (an address already registered, a registrant already approved). */
  skipped: number;
  remaining: number;
  /** Items finished per second since the job started (null before it starts). */
  ratePerSecond: number | null;
  /** Seconds left at the current rate (null when unknown or finished). */
  etaSeconds: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  createdBy: { name: string; email: string };
  /** Why the whole job stopped (for `failed`), in a sentence. */
  error: string | null;
  /** The job whose failed items this one retries. */
  retryOf: string | null;
}

export interface JobItemView {
  /** Position in the job (the CSV row number is `index + 2` with a header row). */
  index: number;
  /** Imports: the row's line in the uploaded file (header = line 1), when the browser sent it. */
  row: number | null;
  /** The registrant's email (both kinds of job). */
  email: string;
  name: string;
  state: JobItemState;
  /** Zoom's answer for a failed item. */
  error: { code: string; message: string; zoomCode: number | null; trackingId: string | null } | null;
  /** Imports: the registration Zoom made (or found). */
  registrantId: string | null;
  joinUrl: string | null;
}

export interface JobDetail extends JobView {
  /** `?items=failed` (default): failed ones only; `?items=all`: every item (status jobs, small imports). */
  items: JobItemView[];
}
