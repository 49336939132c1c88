"use client";

/**
 * The end of a paged list: how many are loaded out of how many Zoom has, and "Load more" while
 * Zoom has another page. Zoom's page tokens expire after 15 minutes; when one has, say so and
 * offer to start over instead of failing silently.
 */
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ZoomErrorDetails } from "@/components/ui/toast";
import { ApiClientError } from "@/lib/queries/http";

export function ListFooter<T>({ loaded, total, noun, query }: { loaded: number; total: number | null; noun: string; query: UseInfiniteQueryResult<InfiniteData<T>, Error> }) {
  const expired = query.isFetchNextPageError && query.error instanceof ApiClientError && query.error.zoom?.code === 300;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <p aria-live="polite">
        Showing {loaded.toLocaleString("en-US")}
        {total !== null ? ` of ${total.toLocaleString("en-US")}` : ""} {noun}
      </p>
      {expired ? (
        <div className="flex items-center gap-3">
          <p role="alert">This list is more than 15 minutes old, so Zoom will not give the next page.</p>
          <Button variant="secondary" onClick={() => void query.refetch()}>
            Start over
          </Button>
        </div>
      ) : query.isFetchNextPageError ? (
        <div className="flex items-center gap-3">
          <p role="alert" className="text-red-700 dark:text-red-400">
            <ZoomErrorDetails error={query.error} />
          </p>
          <Button variant="secondary" onClick={() => void query.fetchNextPage()}>
            Try again
          </Button>
        </div>
      ) : query.hasNextPage ? (
        <Button variant="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? "Loading…" : `Load more ${noun}`}
        </Button>
      ) : loaded > 0 ? (
        <p>That’s everything.</p>
      ) : null}
    </div>
  );
}

export function ListError({ error, onRetry, what }: { error: Error; onRetry: () => void; what: string }) {
  return (
    <div role="alert" className="m-4 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
      <p className="font-medium">Could not load {what}.</p>
      <div className="mt-1">
        <ZoomErrorDetails error={error} />
      </div>
      <Button variant="secondary" className="mt-3" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
