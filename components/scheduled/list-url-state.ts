"use client";

/**
 * The list pages' state that belongs in the URL, so a reload, a shared link and Back all land where
 * the person was: tabs and filters are deliberate choices and get a history entry each (Back returns
 * to the previous tab); the search box replaces the current entry once typing pauses, so Back does
 * not step through keystrokes.
 *
 * Written on Next's own URL hooks: `history.pushState`/`replaceState` update `useSearchParams`
 * without a server round trip (Next 14.1+), and a host change is a real navigation. A URL-state
 * library did the same for 4 KB gzip of every list page's first load.
 */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** How long typing must pause before the search is written to the URL. */
const SEARCH_URL_DEBOUNCE_MS = 300;

type Write = "push" | "replace" | "navigate";

/** Sets (or, for null, removes) one query parameter, keeping the others and the scroll position. */
function useWriteParam() {
  const pathname = usePathname();
  const router = useRouter();
  return (key: string, value: string | null, how: Write) => {
    const params = new URLSearchParams(window.location.search);
    if (value === null) params.delete(key);
    else params.set(key, value);
    const query = params.toString();
    const url = query ? `${pathname}?${query}` : pathname;
    if (how === "navigate") router.push(url, { scroll: false });
    else window.history[how === "push" ? "pushState" : "replaceState"](null, "", url);
  };
}

/** A tab kept in `?{key}=`; the default tab is left out of the URL. */
export function useTabParam<T extends string>(key: string, values: readonly T[], fallback: T) {
  const raw = useSearchParams().get(key);
  const write = useWriteParam();
  const value = values.find((v) => v === raw) ?? fallback;
  return [value, (next: T) => write(key, next === fallback ? null : next, "push")] as const;
}

/**
 * An admin's host filter (`?host=`), ignored for members. A navigation, not only a URL change: the
 * server page prefetches that host's list and carries the host into its "Schedule a …" link.
 */
export function useHostParam(isAdmin: boolean) {
  const host = useSearchParams().get("host") || "me";
  const write = useWriteParam();
  return [isAdmin ? host : "me", (value: string) => write("host", value === "me" ? null : value, "navigate")] as const;
}

/** The search box (`?q=`): the input follows every keystroke, the URL follows when typing pauses. */
export function useSearchParam() {
  const inUrl = useSearchParams().get("q") ?? "";
  const write = useWriteParam();
  const [search, setSearch] = useState(inUrl);
  // The URL changed under us (Back, a link): the box follows — unless it is our own write arriving.
  const [seen, setSeen] = useState(inUrl);
  const [written, setWritten] = useState<string | null>(null);
  if (inUrl !== seen) {
    setSeen(inUrl);
    if (inUrl !== written) setSearch(inUrl);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<(() => void) | null>(null);
  // A click on a link (a row's topic) starts a navigation. A search written to the URL after it would
  // land while that navigation is pending, and Next drops a pending navigation for any later URL
  // change: the person clicked a result and stayed on the list. So a link's click writes the waiting
  // search first — in the capture phase, before the link's own handler navigates. Only links: done
  // on every click, the write (a router update in the middle of the event) undid a row's checkbox.
  useEffect(() => {
    const flush = (event: MouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest("a[href]")) return;
      clearTimeout(timer.current);
      const commit = pending.current;
      pending.current = null;
      commit?.();
    };
    document.addEventListener("click", flush, true);
    return () => {
      document.removeEventListener("click", flush, true);
      clearTimeout(timer.current);
    };
  }, []);
  // Back/Forward: the box takes the entry's search at once. Next applies our own replaceState to
  // useSearchParams in a transition; when Back lands before that commits, the hook goes from "" to
  // "" and the check above sees no change, leaving the typed text in the box (seen on a loaded CI).
  useEffect(() => {
    const onPop = () => {
      clearTimeout(timer.current);
      pending.current = null;
      const q = new URLSearchParams(window.location.search).get("q") ?? "";
      setWritten(null);
      setSeen(q);
      setSearch(q);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const update = (value: string) => {
    setSearch(value);
    clearTimeout(timer.current);
    const commit = () => {
      pending.current = null;
      setWritten(value);
      write("q", value || null, "replace");
    };
    // Clearing the box is written at once, so a reload right after never brings the old search back.
    if (value) {
      pending.current = commit;
      timer.current = setTimeout(commit, SEARCH_URL_DEBOUNCE_MS);
    } else commit();
  };
  return [search, update] as const;
}
