/**
 * Registrants cache, generic over the parent (meeting or webinar): keys live under the parent,
 * `["registrants", kind, id, …]`, so a change to one meeting's registrants never touches another's.
 * Bulk changes and imports are background jobs (lib/queries/jobs.ts); when one finishes, the
 * component invalidates `registrantKeys.parent(parent)`.
 */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { JobView } from "@/lib/jobs/types";
import type { RegistrantAdd, RegistrantImport, RegistrantStatus, RegistrantStatusJob, RegistrationQuestionsInput } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { RegistrantAdded, RegistrantList, RegistrationSummary } from "@/lib/zoom/types/registrant";
import { apiFetch } from "@/lib/queries/http";
import { jobKeys } from "@/lib/queries/jobs";

export const registrantsPath = (parent: ScheduledRef) => `/api/zoom/${parent.kind}s/${encodeURIComponent(parent.id)}/registrants`;

export const registrantKeys = {
  parent: (parent: ScheduledRef) => ["registrants", parent.kind, parent.id] as const,
  summary: (parent: ScheduledRef, occurrenceId: string | null) => [...registrantKeys.parent(parent), "summary", occurrenceId ?? "all"] as const,
  list: (parent: ScheduledRef, status: RegistrantStatus, occurrenceId: string | null) => [...registrantKeys.parent(parent), "list", status, occurrenceId ?? "all"] as const,
  questions: (parent: ScheduledRef) => [...registrantKeys.parent(parent), "questions"] as const,
};

export const registrantQueries = {
  summary: (parent: ScheduledRef, occurrenceId: string | null = null) =>
    queryOptions({
      queryKey: registrantKeys.summary(parent, occurrenceId),
      queryFn: ({ signal }) => apiFetch<RegistrationSummary>(`${registrantsPath(parent)}/summary`, { query: { occurrence_id: occurrenceId }, signal }),
    }),
  list: (parent: ScheduledRef, status: RegistrantStatus, occurrenceId: string | null = null) =>
    queryOptions({
      queryKey: registrantKeys.list(parent, status, occurrenceId),
      queryFn: ({ signal }) => apiFetch<RegistrantList>(registrantsPath(parent), { query: { status, occurrence_id: occurrenceId }, signal }),
    }),
};

export function useAddRegistrant(parent: ScheduledRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegistrantAdd) => apiFetch<RegistrantAdded>(registrantsPath(parent), { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: registrantKeys.parent(parent) }),
  });
}

export function useUpdateQuestions(parent: ScheduledRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegistrationQuestionsInput) => apiFetch<void>(`${registrantsPath(parent)}/questions`, { method: "PATCH", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: registrantKeys.parent(parent) }),
  });
}

/** Approve / deny / cancel a selection: starts a background job (202) and answers with it. */
export function useStartStatusJob(parent: ScheduledRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegistrantStatusJob) => apiFetch<JobView>(`${registrantsPath(parent)}/status`, { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
  });
}

/** A CSV import, already mapped and checked in the browser: starts a background job (202). */
export function useStartImport(parent: ScheduledRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegistrantImport) => apiFetch<JobView>(`${registrantsPath(parent)}/imports`, { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
  });
}
