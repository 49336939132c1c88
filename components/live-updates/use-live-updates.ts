"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

/** How long "Updated just now" stays after Zoom reported a change. */
const RECENT_MS = 8_000;

/**
 * Events come in bursts (a 300-row import is 300 registrations): the keys they name are collected
 * and invalidated together at most this often, so a burst costs a refetch or two, not hundreds.
 */
const BATCH_MS = 500;

/** Every root a refetch-everything message touches (after a reconnect nothing says what changed). */
const ROOTS = ["meetings", "webinars", "home", "registrants", "recordings", "live"] as const;

interface ZoomMessage {
  event: string;
  keys: string[][];
}

/**
 * Listens to GET /api/events and invalidates exactly the query keys each Zoom event names.
 * EventSource reconnects by itself with Last-Event-ID; the server replays what was missed, or says
 * "refetch". Returns whether an update arrived in the last few seconds (the "Updated just now" cue).
 */
export function useLiveUpdates(): boolean {
  const queryClient = useQueryClient();
  const [recent, setRecent] = useState(false);
  useEffect(() => {
    const source = new EventSource("/api/events");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending = new Map<string, string[]>();
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      flushTimer = undefined;
      for (const key of pending.values()) void queryClient.invalidateQueries({ queryKey: key });
      pending.clear();
    };
    source.addEventListener("zoom", (message) => {
      let parsed: ZoomMessage;
      try {
        parsed = JSON.parse((message as MessageEvent<string>).data) as ZoomMessage;
      } catch {
        return;
      }
      for (const key of parsed.keys) pending.set(JSON.stringify(key), key);
      flushTimer ??= setTimeout(flush, BATCH_MS);
      setRecent(true);
      clearTimeout(timer);
      timer = setTimeout(() => setRecent(false), RECENT_MS);
    });
    source.addEventListener("refetch", () => {
      for (const root of ROOTS) void queryClient.invalidateQueries({ queryKey: [root] });
    });
    return () => {
      source.close();
      clearTimeout(timer);
      clearTimeout(flushTimer);
    };
  }, [queryClient]);
  return recent;
}
