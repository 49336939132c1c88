/**
 * Zoom Mail cache: a drafts page per (q, spam/trash, page token, size), a draft, and the two
 * settings. Drafts are saved by the compose form itself (auto-save), which refreshes the list.
 */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { LanguageInput, MailDraftInput, Vacation, VacationInput } from "@/lib/schemas/mail";
import type { DraftDetail, DraftList } from "@/lib/zoom/types/mail";
import { apiFetch } from "@/lib/queries/http";

export interface DraftListParams {
  q: string;
  includeSpamTrash: boolean;
  pageToken: string | null;
  maxResults: number;
}

const draftPath = (id: string) => `/api/zoom/mail/drafts/${encodeURIComponent(id)}`;

export const mailKeys = {
  all: ["mail"] as const,
  lists: () => [...mailKeys.all, "drafts"] as const,
  list: (params: DraftListParams) => [...mailKeys.lists(), params] as const,
  draft: (id: string) => [...mailKeys.all, "draft", id] as const,
  vacation: () => [...mailKeys.all, "vacation"] as const,
  language: () => [...mailKeys.all, "language"] as const,
};

export const mailQueries = {
  list: (params: DraftListParams) =>
    queryOptions({
      queryKey: mailKeys.list(params),
      queryFn: ({ signal }) =>
        apiFetch<DraftList>("/api/zoom/mail/drafts", {
          query: { q: params.q, includeSpamTrash: params.includeSpamTrash ? "true" : undefined, pageToken: params.pageToken, maxResults: params.maxResults },
          signal,
        }),
    }),
  draft: (id: string) => queryOptions({ queryKey: mailKeys.draft(id), queryFn: ({ signal }) => apiFetch<DraftDetail>(draftPath(id), { signal }) }),
  vacation: () => queryOptions({ queryKey: mailKeys.vacation(), queryFn: ({ signal }) => apiFetch<Vacation>("/api/zoom/mail/settings/vacation", { signal }) }),
  language: () => queryOptions({ queryKey: mailKeys.language(), queryFn: ({ signal }) => apiFetch<{ language: string }>("/api/zoom/mail/settings/language", { signal }) }),
};

/** Creates the draft the first time, replaces it after (the form keeps the id). */
export function saveDraft(id: string | null, draft: MailDraftInput): Promise<{ id: string }> {
  return id ? apiFetch(draftPath(id), { method: "PUT", body: draft }) : apiFetch("/api/zoom/mail/drafts", { method: "POST", body: draft });
}

export function useSendDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: MailDraftInput }) => apiFetch<{ messageId: string }>(`${draftPath(id)}/send`, { method: "POST", body: { draft } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mailKeys.lists() }),
  });
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(draftPath(id), { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mailKeys.lists() }),
  });
}

export function useSaveVacation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VacationInput) => apiFetch<Vacation>("/api/zoom/mail/settings/vacation", { method: "PUT", body: input }),
    onSuccess: (saved) => queryClient.setQueryData(mailKeys.vacation(), saved),
  });
}

export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LanguageInput) => apiFetch<{ language: string }>("/api/zoom/mail/settings/language", { method: "PUT", body: input }),
    onSuccess: (saved) => queryClient.setQueryData(mailKeys.language(), saved),
  });
}
