/**
 * Search over Zoom lists that Zoom itself cannot search: Zoom's list endpoints have no text filter
 * and our list routes return one Zoom page per call, so a search loads the remaining pages in the
 * background (up to a cap) and filters them here. A query shaped like a meeting or webinar ID is
 * answered by one direct lookup instead, which finds items on any page and in any tab.
 */
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useEffect } from "react";
import { formatMeetingId } from "@/components/scheduled/format";

/**
 * How many items a search loads at most (30 Zoom calls of 100). Beyond it the search says it looked
 * at the first ones only, rather than spending a host's rate limit on one keystroke.
 */
export const SEARCH_LOAD_CAP = 3000;

/** The digits of a typed Zoom meeting/webinar ID (9–11 digits; spaces and dashes as Zoom prints them), else null. */
export function idQuery(search: string): string | null {
  const trimmed = search.trim();
  if (!/^[\d\s-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[\s-]/g, "");
  return /^\d{9,11}$/.test(digits) ? digits : null;
}

/**
 * While `active`, fetches the next page of `list` until Zoom has no more or `cap` items are loaded.
 * Stops on a failed page (the list footer offers "Try again", which resumes it) and never fires
 * while another fetch of the same list runs, so a background refetch is not cancelled.
 */
export function useLoadAllWhile<T>(list: UseInfiniteQueryResult<InfiniteData<T>, Error>, active: boolean, loaded: number, cap = SEARCH_LOAD_CAP) {
  const { hasNextPage, isFetching, isFetchNextPageError, fetchNextPage } = list;
  const more = active && hasNextPage && loaded < cap;
  const searching = more && !isFetchNextPageError;
  useEffect(() => {
    if (searching && !isFetching) void fetchNextPage();
  }, [searching, isFetching, fetchNextPage, loaded]);
  return { searching, capped: active && hasNextPage && loaded >= cap };
}

export interface SearchMessageInput {
  /** Plural noun: "meetings", "webinars", "users". */
  plural: string;
  search: string;
  searching: boolean;
  capped: boolean;
  loaded: number;
  total: number | null;
  /** The ID lookup, when the search is an ID. */
  lookup?: { id: string; pending: boolean; notFound: boolean; noun: string };
}

const count = (n: number) => n.toLocaleString("en-US");

/** What the live region says about a search, and what an empty table says. */
export function searchMessages({ plural, search, searching, capped, loaded, total, lookup }: SearchMessageInput): { status: string; empty: string | null } {
  const q = search.trim();
  if (!q) return { status: "", empty: null };
  if (lookup) {
    const shown = formatMeetingId(lookup.id);
    if (lookup.pending) return { status: `Looking up ${lookup.noun} ID ${shown}…`, empty: `Looking up ${lookup.noun} ID ${shown}…` };
    if (lookup.notFound) return { status: `No ${lookup.noun} with ID ${shown}.`, empty: `No ${lookup.noun} with ID ${shown}.` };
    return { status: `Found ${lookup.noun} ID ${shown}.`, empty: null };
  }
  const all = total ?? loaded;
  if (searching) return { status: `Searching all ${count(all)} ${plural}…`, empty: "Nothing found yet." };
  if (capped) {
    const note = `Searched the first ${count(loaded)} of ${count(all)} ${plural}. Type more of the name to narrow it down.`;
    return { status: note, empty: `Nothing among the first ${count(loaded)} ${plural} matches “${q}”.` };
  }
  return { status: `Searched all ${count(loaded)} ${plural}.`, empty: `Nothing matches “${q}”.` };
}
