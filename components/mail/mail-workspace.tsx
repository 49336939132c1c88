"use client";

/**
 * The /mail page body: the drafts table with Zoom's search (`q`), the spam/trash toggle and
 * page-token paging (a stack of tokens, so Previous works and every page is reachable), and the
 * compose panel for a new or opened draft.
 */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ComposeForm } from "@/components/mail/compose-form";
import { DraftsTable } from "@/components/mail/drafts-table";
import { MailUnavailable } from "@/components/mail/mail-unavailable";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { controlBase } from "@/components/ui/field";
import { ListError } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { ApiClientError } from "@/lib/queries/http";
import { mailKeys, mailQueries, type DraftListParams } from "@/lib/queries/mail";
import { MAIL_PAGE_SIZES } from "@/lib/schemas/mail";

export const initialDraftListParams: DraftListParams = { q: "", includeSpamTrash: false, pageToken: null, maxResults: 25 };

type Compose = { kind: "new"; key: number } | { kind: "open"; id: string } | null;

function OpenedDraft({ id, onSaved, onDone }: { id: string; onSaved: (id: string) => void; onDone: () => void }) {
  // Read once per opening: the form owns the content while open (a refetch must never replace what
  // is being typed), and the cached copy goes when the panel closes, so the next opening reads Zoom.
  const draft = useQuery({ ...mailQueries.draft(id), staleTime: Infinity, gcTime: 0 });
  if (draft.isPending) return <SkeletonRows rows={4} label="Opening the draft" />;
  if (draft.isError) return <ListError error={draft.error} onRetry={() => void draft.refetch()} what="the draft" />;
  return <ComposeForm key={id} draftId={id} initial={draft.data.content} onSaved={onSaved} onDone={onDone} />;
}

export function MailWorkspace({ email }: { email: string }) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState({ q: "", includeSpamTrash: false, maxResults: initialDraftListParams.maxResults });
  const [typed, setTyped] = useState("");
  const [tokens, setTokens] = useState<(string | null)[]>([null]);
  const page = tokens.length - 1;
  const params: DraftListParams = { ...search, pageToken: tokens[page] ?? null };
  const list = useQuery({ ...mailQueries.list(params), placeholderData: keepPreviousData });
  const [compose, setCompose] = useState<Compose>(null);

  const restart = (next: Partial<typeof search>) => {
    setSearch((s) => ({ ...s, ...next }));
    setTokens([null]);
  };
  const refreshList = () => void queryClient.invalidateQueries({ queryKey: mailKeys.lists() });
  const onSaved = () => refreshList();

  if (list.error instanceof ApiClientError && (list.error.zoom?.code === 4711 || (list.error.code === "forbidden" && /Mail scope/.test(list.error.message)))) {
    return <MailUnavailable reason="scopes" detail={list.error.message} />;
  }
  if (list.error instanceof ApiClientError && list.error.code === "not_found" && !search.q && page === 0) {
    return <MailUnavailable reason="mailbox" detail={list.error.message} />;
  }

  return (
    <div className="space-y-6">
      {compose ? (
        <Card title={compose.kind === "new" ? "New draft" : "Edit draft"}>
          {compose.kind === "new" ? (
            <ComposeForm key={compose.key} draftId={null} onSaved={onSaved} onDone={() => setCompose(null)} />
          ) : (
            <OpenedDraft id={compose.id} onSaved={onSaved} onDone={() => setCompose(null)} />
          )}
        </Card>
      ) : null}
      <Card
        title={`Drafts · ${email}`}
        actions={
          <Button onClick={() => setCompose({ kind: "new", key: Date.now() })} disabled={compose?.kind === "new"}>
            New draft
          </Button>
        }
      >
        <div className="mb-4 flex flex-wrap items-end gap-3">
          <form
            role="search"
            aria-label="Search drafts"
            className="flex min-w-[16rem] flex-1 gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              restart({ q: typed.trim() });
            }}
          >
            <label htmlFor="mail-search" className="sr-only">
              Search drafts
            </label>
            <input id="mail-search" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Search: words, from:, to:, subject:" className={`${controlBase} flex-1`} />
            <Button type="submit" variant="secondary">
              Search
            </Button>
          </form>
          <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            <input type="checkbox" checked={search.includeSpamTrash} onChange={(e) => restart({ includeSpamTrash: e.target.checked })} className="h-4 w-4 rounded border-slate-300" />
            Include spam and trash
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            Per page
            <select value={search.maxResults} onChange={(e) => restart({ maxResults: Number(e.target.value) })} className={controlBase}>
              {MAIL_PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </div>
        {list.isPending ? (
          <SkeletonRows label="Loading drafts" />
        ) : list.isError ? (
          <ListError error={list.error} onRetry={() => void list.refetch()} what="your drafts" />
        ) : (
          <>
            <DraftsTable rows={list.data.drafts} searching={!!search.q} onOpen={(id) => setCompose({ kind: "open", id })} />
            <nav aria-label="Pages of drafts" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600 dark:text-slate-400">
              <p aria-live="polite">
                Page {page + 1} · about {list.data.resultSizeEstimate} {list.data.resultSizeEstimate === 1 ? "draft" : "drafts"}
              </p>
              <div className="flex gap-2">
                <Button variant="secondary" disabled={page === 0} onClick={() => setTokens((t) => t.slice(0, -1))}>
                  Previous page
                </Button>
                <Button variant="secondary" disabled={!list.data.nextPageToken || list.isPlaceholderData} onClick={() => setTokens((t) => [...t, list.data.nextPageToken])}>
                  Next page
                </Button>
              </div>
            </nav>
          </>
        )}
      </Card>
    </div>
  );
}
