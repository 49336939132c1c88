/**
 * Background jobs cache. A running job is polled (every second while it runs, then not at all),
 * so a user can leave the page and come back to the same progress.
 */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { isFinished, type JobDetail, type JobView } from "@/lib/jobs/types";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import { apiFetch } from "@/lib/queries/http";

export interface JobListParams {
  /** Jobs of one meeting's or webinar's registrants; absent: every job the viewer may see. */
  parent?: ScheduledRef | null;
}

export const jobKeys = {
  all: ["jobs"] as const,
  lists: () => [...jobKeys.all, "list"] as const,
  list: (params: JobListParams) => [...jobKeys.lists(), params.parent ? `${params.parent.kind}:${params.parent.id}` : "all"] as const,
  detail: (jobId: string, items: "failed" | "all") => [...jobKeys.all, "detail", jobId, items] as const,
};

const POLL_MS = 1_000;

export const jobQueries = {
  list: (params: JobListParams = {}) =>
    queryOptions({
      queryKey: jobKeys.list(params),
      queryFn: ({ signal }) =>
        apiFetch<{ jobs: JobView[] }>("/api/jobs", { query: { parentKind: params.parent?.kind, parentId: params.parent?.id }, signal }),
      refetchInterval: (query) => (query.state.data?.jobs.some((job) => !isFinished(job.state)) ? POLL_MS : false),
    }),
  detail: (jobId: string, items: "failed" | "all" = "failed") =>
    queryOptions({
      queryKey: jobKeys.detail(jobId, items),
      queryFn: ({ signal }) => apiFetch<JobDetail>(`/api/jobs/${encodeURIComponent(jobId)}`, { query: { items }, signal }),
      refetchInterval: (query) => (query.state.data && isFinished(query.state.data.state) ? false : POLL_MS),
    }),
};

/** The failed items of a job as CSV (row, email, name, Zoom code, message, tracking id). */
export const jobFailuresCsvUrl = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}/failures.csv`;

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => apiFetch<JobView>(`/api/jobs/${encodeURIComponent(jobId)}/cancel`, { method: "POST" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}

/** A new job with only the failed items of `jobId`; answers with it. */
export function useRetryFailed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => apiFetch<JobView>(`/api/jobs/${encodeURIComponent(jobId)}/retry`, { method: "POST" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
