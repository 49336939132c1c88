/**
 * Meetings cache: one key factory, query options shared by server prefetch and useQuery, and the
 * mutations (fetch → /api/zoom/meetings…). Mutations invalidate the lists, home and the one meeting
 * they touched — never the whole cache — and creates and updates the host's write budget.
 */
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { MeetingInput, MeetingUpdate, OccurrenceUpdate } from "@/lib/schemas/meeting";
import type { SaveAsTemplateInput } from "@/lib/schemas/template";
import type { MeetingDetail, MeetingPage } from "@/lib/zoom/meetings";
import type { ZoomTemplateCreated } from "@/lib/zoom/types/template";
import { apiFetch } from "@/lib/queries/http";
import { invalidateListsAndHome } from "@/lib/queries/home";
import { templateKeys } from "@/lib/queries/templates";
import { refreshWriteBudget } from "@/lib/queries/write-budget";

export type MeetingTab = "upcoming" | "live" | "previous_meetings" | "scheduled";

export interface MeetingListParams {
  /** `me` or a Zoom user id (admins). */
  userId: string;
  type: MeetingTab;
}

/** Page size asked of Zoom (max 300); small enough to answer fast, big enough to rarely page. */
export const MEETING_PAGE_SIZE = 100;

export const meetingKeys = {
  all: ["meetings"] as const,
  lists: () => [...meetingKeys.all, "list"] as const,
  list: (params: MeetingListParams) => [...meetingKeys.lists(), params] as const,
  details: () => [...meetingKeys.all, "detail"] as const,
  detail: (meetingId: string) => [...meetingKeys.details(), meetingId] as const,
};

export const meetingQueries = {
  list: (params: MeetingListParams) =>
    infiniteQueryOptions({
      queryKey: meetingKeys.list(params),
      queryFn: ({ pageParam, signal }) =>
        apiFetch<MeetingPage>("/api/zoom/meetings", {
          query: { type: params.type, userId: params.userId, page_size: MEETING_PAGE_SIZE, next_page_token: pageParam },
          signal,
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextPageToken,
    }),
  detail: (meetingId: string) =>
    queryOptions({
      queryKey: meetingKeys.detail(meetingId),
      queryFn: ({ signal }) => apiFetch<MeetingDetail>(`/api/zoom/meetings/${meetingId}`, { signal }),
    }),
  /** The same meeting with past occurrences too (`show_previous_occurrences`), for the timeline. */
  detailWithPast: (meetingId: string) =>
    queryOptions({
      queryKey: [...meetingKeys.detail(meetingId), "with-past"] as const,
      queryFn: ({ signal }) => apiFetch<MeetingDetail>(`/api/zoom/meetings/${meetingId}`, { query: { show_previous_occurrences: true }, signal }),
    }),
};

/** The host's start link, fetched at click time (it signs the host in and expires). */
export async function fetchMeetingStartLink(meetingId: string): Promise<string | null> {
  return (await apiFetch<{ startUrl: string | null }>(`/api/zoom/meetings/${meetingId}/start-link`)).startUrl;
}

export interface DeleteOptions {
  occurrenceId?: string;
  /** Email the host and alternative hosts. */
  notifyHosts: boolean;
  /** Email registrants. */
  notifyRegistrants: boolean;
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingInput) => apiFetch<MeetingDetail>("/api/zoom/meetings", { method: "POST", body: input }),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(String(meeting.id)), meeting);
      invalidateListsAndHome(queryClient, meetingKeys.lists());
    },
    onSettled: () => refreshWriteBudget(queryClient),
  });
}

export function useUpdateMeeting(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: MeetingUpdate) => apiFetch<void>(`/api/zoom/meetings/${meetingId}`, { method: "PATCH", body: update }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      invalidateListsAndHome(queryClient, meetingKeys.lists());
    },
    onSettled: () => refreshWriteBudget(queryClient),
  });
}

export function useUpdateOccurrence(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ occurrenceId, update }: { occurrenceId: string; update: OccurrenceUpdate }) =>
      apiFetch<void>(`/api/zoom/meetings/${meetingId}/occurrences/${occurrenceId}`, { method: "PATCH", body: update }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      invalidateListsAndHome(queryClient, meetingKeys.lists());
    },
    onSettled: () => refreshWriteBudget(queryClient),
  });
}

export function useDeleteMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, occurrenceId, notifyHosts, notifyRegistrants }: DeleteOptions & { meetingId: string }) =>
      apiFetch<void>(occurrenceId ? `/api/zoom/meetings/${meetingId}/occurrences/${occurrenceId}` : `/api/zoom/meetings/${meetingId}`, {
        method: "DELETE",
        query: { schedule_for_reminder: notifyHosts, cancel_meeting_reminder: notifyRegistrants },
      }),
    onSuccess: (_data, { meetingId, occurrenceId }) => {
      if (occurrenceId) void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      else queryClient.removeQueries({ queryKey: meetingKeys.detail(meetingId) });
      invalidateListsAndHome(queryClient, meetingKeys.lists());
    },
  });
}

export function useSaveMeetingAsTemplate(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveAsTemplateInput) => apiFetch<ZoomTemplateCreated>(`/api/zoom/meetings/${meetingId}/template`, { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templateKeys.kind("meeting") }),
  });
}
