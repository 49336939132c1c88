"use client";

/**
 * The list pages' state that belongs in the URL, so a reload, a shared link and Back all land where
 * the person was: tabs and filters are deliberate choices and get a history entry each (Back returns
 * to the previous tab); the search box replaces the current entry once typing pauses, so Back does
 * not step through keystrokes.
 */
import { debounce, parseAsString, parseAsStringLiteral, useQueryState } from "nuqs";

const choice = { history: "push", scroll: false } as const;

/** How long typing must pause before the search is written to the URL. */
const SEARCH_URL_DEBOUNCE_MS = 300;

/** A tab kept in `?{key}=`; the default tab is left out of the URL. */
export function useTabParam<T extends string>(key: string, values: readonly T[], fallback: T) {
  return useQueryState(key, parseAsStringLiteral(values).withDefault(fallback).withOptions(choice));
}

/**
 * An admin's host filter (`?host=`), ignored for members. Not shallow: the server page prefetches
 * that host's list and carries the host into its "Schedule a …" link.
 */
export function useHostParam(isAdmin: boolean) {
  const [host, setHost] = useQueryState("host", parseAsString.withDefault("me").withOptions({ ...choice, shallow: false }));
  return [isAdmin ? host : "me", (value: string) => void setHost(value)] as const;
}

/** The search box (`?q=`): the input follows every keystroke, the URL follows when typing pauses. */
export function useSearchParam() {
  const [search, setSearch] = useQueryState("q", parseAsString.withDefault("").withOptions({ history: "replace", scroll: false }));
  // Clearing the box is written at once, so a reload right after never brings the old search back.
  return [search, (value: string) => void setSearch(value, value ? { limitUrlUpdates: debounce(SEARCH_URL_DEBOUNCE_MS) } : {})] as const;
}
