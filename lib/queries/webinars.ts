/** Webinars cache: key factory, query options and mutations (fetch → /api/zoom/webinars…). */
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { OccurrenceUpdate } from "@/lib/schemas/meeting";
import type { SaveAsTemplateInput } from "@/lib/schemas/template";
import type { WebinarInput, WebinarUpdate } from "@/lib/schemas/webinar";
import type { ZoomTemplateCreated } from "@/lib/zoom/types/template";
import type { WebinarDetail, WebinarPage } from "@/lib/zoom/webinars";
import { apiFetch } from "@/lib/queries/http";
import { invalidateListsAndHome } from "@/lib/queries/home";
import { templateKeys } from "@/lib/queries/templates";
import { refreshWriteBudget } from "@/lib/queries/write-budget";

export type WebinarTab = "upcoming" | "scheduled";

export interface WebinarListParams {
  userId: string;
  type: WebinarTab;
}

export const WEBINAR_PAGE_SIZE = 100;

export const webinarKeys = {
  all: ["webinars"] as const,
  lists: () => [...webinarKeys.all, "list"] as const,
  list: (params: WebinarListParams) => [...webinarKeys.lists(), params] as const,
  details: () => [...webinarKeys.all, "detail"] as const,
  detail: (webinarId: string) => [...webinarKeys.details(), webinarId] as const,
};

export const webinarQueries = {
  list: (params: WebinarListParams) =>
    infiniteQueryOptions({
      queryKey: webinarKeys.list(params),
      queryFn: ({ pageParam, signal }) =>
        apiFetch<WebinarPage>("/api/zoom/webinars", {
          query: { type: params.type, userId: params.userId, page_size: WEBINAR_PAGE_SIZE, next_page_token: pageParam },
          signal,
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextPageToken,
    }),
  detail: (webinarId: string) =>
    queryOptions({
      queryKey: webinarKeys.detail(webinarId),
      queryFn: ({ signal }) => apiFetch<WebinarDetail>(`/api/zoom/webinars/${webinarId}`, { signal }),
    }),
};

export async function fetchWebinarStartLink(webinarId: string): Promise<string | null> {
  return (await apiFetch<{ startUrl: string | null }>(`/api/zoom/webinars/${webinarId}/start-link`)).startUrl;
}

export function useCreateWebinar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WebinarInput) => apiFetch<WebinarDetail>("/api/zoom/webinars", { method: "POST", body: input }),
    onSuccess: (webinar) => {
      queryClient.setQueryData(webinarKeys.detail(String(webinar.id)), webinar);
      invalidateListsAndHome(queryClient, webinarKeys.lists());
    },
    onSettled: () => refreshWriteBudget(queryClient),
  });
}

export function useUpdateWebinar(webinarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: WebinarUpdate) => apiFetch<void>(`/api/zoom/webinars/${webinarId}`, { method: "PATCH", body: update }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: webinarKeys.detail(webinarId) });
      invalidateListsAndHome(queryClient, webinarKeys.lists());
    },
    onSettled: () => refreshWriteBudget(queryClient),
  });
}

export function useUpdateWebinarOccurrence(webinarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ occurrenceId, update }: { occurrenceId: string; update: OccurrenceUpdate }) =>
      apiFetch<void>(`/api/zoom/webinars/${webinarId}/occurrences/${occurrenceId}`, { method: "PATCH", body: update }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: webinarKeys.detail(webinarId) });
      invalidateListsAndHome(queryClient, webinarKeys.lists());
    },
    onSettled: () => refreshWriteBudget(queryClient),
  });
}

export function useDeleteWebinar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ webinarId, occurrenceId, notifyRegistrants }: { webinarId: string; occurrenceId?: string; notifyRegistrants: boolean }) =>
      apiFetch<void>(occurrenceId ? `/api/zoom/webinars/${webinarId}/occurrences/${occurrenceId}` : `/api/zoom/webinars/${webinarId}`, {
        method: "DELETE",
        query: { cancel_webinar_reminder: notifyRegistrants },
      }),
    onSuccess: (_data, { webinarId, occurrenceId }) => {
      if (occurrenceId) void queryClient.invalidateQueries({ queryKey: webinarKeys.detail(webinarId) });
      else queryClient.removeQueries({ queryKey: webinarKeys.detail(webinarId) });
      invalidateListsAndHome(queryClient, webinarKeys.lists());
    },
  });
}

export function useSaveWebinarAsTemplate(webinarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveAsTemplateInput) => apiFetch<ZoomTemplateCreated>(`/api/zoom/webinars/${webinarId}/template`, { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templateKeys.kind("webinar") }),
  });
}
