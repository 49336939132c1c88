/**
 * Cloud recordings cache: the list per host and date range (asked of Zoom a month at a time by the
 * server), a meeting instance's detail, and the mutations. Files are played and downloaded from
 * `file.contentPath` — the dashboard's own streaming route.
 */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { JobView } from "@/lib/jobs/types";
import { recordingPathId, type RecordingBulk } from "@/lib/schemas/recording";
import type { RecordingDetailView, RecordingListView } from "@/lib/zoom/types/recording";
import { apiFetch, responseError } from "@/lib/queries/http";
import { jobKeys } from "@/lib/queries/jobs";

export interface RecordingListParams {
  /** `me` or a Zoom user id/email (admins). */
  userId: string;
  /** `yyyy-MM-dd`, inclusive. */
  from: string;
  to: string;
  trash: boolean;
}

const path = (uuid: string) => `/api/zoom/recordings/${encodeURIComponent(recordingPathId(uuid))}`;

export const recordingKeys = {
  all: ["recordings"] as const,
  lists: () => [...recordingKeys.all, "list"] as const,
  list: (params: RecordingListParams) => [...recordingKeys.lists(), params] as const,
  detail: (uuid: string) => [...recordingKeys.all, "detail", uuid] as const,
};

export const recordingQueries = {
  list: (params: RecordingListParams) =>
    queryOptions({
      queryKey: recordingKeys.list(params),
      queryFn: ({ signal }) =>
        apiFetch<RecordingListView>("/api/zoom/recordings", { query: { userId: params.userId, from: params.from, to: params.to, trash: params.trash }, signal }),
    }),
  detail: (uuid: string) =>
    queryOptions({
      queryKey: recordingKeys.detail(uuid),
      queryFn: ({ signal }) => apiFetch<RecordingDetailView>(path(uuid), { signal }),
    }),
};

/** A text file of a recording (transcript VTT, chat TXT) through the dashboard's content route. */
export async function fetchRecordingText(contentPath: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(contentPath, { cache: "no-store", signal });
  if (!res.ok) throw await responseError(res);
  return res.text();
}

function useRecordingMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: recordingKeys.all }),
  });
}

/** Trash (`action: "trash"`) or delete for good every file of a meeting instance. */
export const useDeleteRecording = () =>
  useRecordingMutation(({ uuid, action }: { uuid: string; action: "trash" | "delete" }) => apiFetch<void>(path(uuid), { method: "DELETE", query: { action } }));

export const useRecoverRecording = () => useRecordingMutation(({ uuid }: { uuid: string }) => apiFetch<void>(`${path(uuid)}/recover`, { method: "POST" }));

export const useDeleteRecordingFile = () =>
  useRecordingMutation(({ uuid, fileKey, action }: { uuid: string; fileKey: string; action: "trash" | "delete" }) =>
    apiFetch<void>(`${path(uuid)}/files/${encodeURIComponent(fileKey)}`, { method: "DELETE", query: { action } }),
  );

export const useRecoverRecordingFile = () =>
  useRecordingMutation(({ uuid, fileKey }: { uuid: string; fileKey: string }) => apiFetch<void>(`${path(uuid)}/files/${encodeURIComponent(fileKey)}/recover`, { method: "POST" }));

/** Trash or delete a selection: a background job (202) with a result per meeting. */
export function useStartRecordingBulk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordingBulk) => apiFetch<JobView>("/api/zoom/recordings/bulk", { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
  });
}
