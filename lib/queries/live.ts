/**
 * The live panel's cache under `["live"]` (the webhook feed invalidates that root when a meeting
 * starts or ends): a meeting's or webinar's live status, polled while the tab is visible, and its
 * caption stream. The caption URL is never cached: it is revealed by a mutation and held only in
 * the component that asked.
 */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CaptionSend, LiveEvent } from "@/lib/schemas/live";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { CaptionSendResult, CaptionStateView, CaptionUrlView, LiveStatusView } from "@/lib/zoom/types/live";
import { apiFetch } from "@/lib/queries/http";

/** Often enough that "the meeting ended" shows within seconds; TanStack pauses it while the tab is hidden. */
export const LIVE_POLL_MS = 5_000;

const base = (ref: ScheduledRef) => `/api/zoom/${ref.kind}s/${encodeURIComponent(ref.id)}`;

export const liveKeys = {
  all: ["live"] as const,
  item: (ref: ScheduledRef) => [...liveKeys.all, ref.kind, ref.id] as const,
  status: (ref: ScheduledRef) => [...liveKeys.item(ref), "status"] as const,
  captions: (ref: ScheduledRef, lang: string) => [...liveKeys.item(ref), "captions", lang] as const,
};

export const liveQueries = {
  status: (ref: ScheduledRef) =>
    queryOptions({
      queryKey: liveKeys.status(ref),
      queryFn: ({ signal }) => apiFetch<LiveStatusView>(`${base(ref)}/live`, { signal }),
      refetchInterval: LIVE_POLL_MS,
    }),
  captions: (ref: ScheduledRef, lang: string) =>
    queryOptions({
      queryKey: liveKeys.captions(ref, lang),
      queryFn: ({ signal }) => apiFetch<CaptionStateView>(`${base(ref)}/captions`, { query: { lang }, signal }),
    }),
};

export interface LiveEventResult {
  method: string;
  status: number;
  trackingId: string | null;
  at: string;
}

export function useLiveEvent(meetingId: string) {
  const queryClient = useQueryClient();
  const ref: ScheduledRef = { kind: "meeting", id: meetingId };
  return useMutation({
    mutationFn: (event: LiveEvent) => apiFetch<LiveEventResult>(`${base(ref)}/live/events`, { method: "POST", body: event }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: liveKeys.status(ref) }),
  });
}

export function useRevealCaptionUrl(ref: ScheduledRef) {
  return useMutation({ mutationFn: () => apiFetch<CaptionUrlView>(`${base(ref)}/captions/url`, { method: "POST" }) });
}

export function useSendCaptions(ref: ScheduledRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaptionSend) => apiFetch<CaptionSendResult>(`${base(ref)}/captions/lines`, { method: "POST", body: input }),
    onSettled: (_data, _error, input) => void queryClient.invalidateQueries({ queryKey: liveKeys.captions(ref, input.lang) }),
  });
}
