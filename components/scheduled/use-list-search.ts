"use client";

/**
 * The search of a meetings or webinars table: the rows of every loaded page that match (loading
 * the rest while a search is on, list-search.ts), or the one item an ID names, looked up directly;
 * plus what the live region and an empty table say. Rows repeated across pages (Zoom lists each
 * occurrence of a series) are shown once per id and start.
 */
import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from "@tanstack/react-query";
import { useMemo } from "react";
import { matchesSearch } from "@/components/scheduled/format";
import { searchMessages, useLoadAllWhile } from "@/components/scheduled/list-search";
import { ApiClientError } from "@/lib/queries/http";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

interface Item {
  id: number;
  topic: string;
  start_time?: string;
}

export function useListSearch<R extends Item, P extends { totalRecords: number | null }>({
  noun,
  search,
  itemId,
  list,
  itemsOf,
  lookup,
}: {
  noun: ScheduledKind;
  search: string;
  /** The ID the search names (idQuery), or null. */
  itemId: string | null;
  list: UseInfiniteQueryResult<InfiniteData<P>, Error>;
  itemsOf: (page: P) => R[];
  /** The direct lookup of `itemId` (enabled only when there is one). */
  lookup: UseQueryResult<R, Error>;
}) {
  const pages = list.data?.pages;
  const loaded = (pages ?? []).reduce((sum, page) => sum + itemsOf(page).length, 0);
  const total = pages?.[0]?.totalRecords ?? null;
  const { searching, capped } = useLoadAllWhile(list, search.trim() !== "" && itemId === null, loaded);

  const rows = useMemo(() => {
    if (itemId !== null) return lookup.data ? [lookup.data] : [];
    const seen = new Set<string>();
    return (pages ?? [])
      .flatMap(itemsOf)
      .filter((item) => {
        const key = `${item.id}:${item.start_time ?? ""}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return matchesSearch(item, search);
      });
  }, [pages, itemsOf, search, itemId, lookup.data]);

  const notFound = lookup.error instanceof ApiClientError && lookup.error.status === 404;
  const messages = searchMessages({
    plural: `${noun}s`,
    search,
    searching,
    capped,
    loaded,
    total,
    lookup: itemId === null ? undefined : { id: itemId, noun, pending: lookup.isPending, notFound },
  });
  const lookupFailed = lookup.isError && !notFound ? `Could not look up this ${noun} ID: ${lookup.error.message}` : null;
  return { rows, loaded, searchStatus: lookupFailed ?? messages.status, searchEmpty: lookupFailed ?? messages.empty };
}
