"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

/** Every root a refetch-everything message touches (after a reconnect nothing says what changed). */
const ROOTS = ["meetings", "webinars", "home", "registrants", "recordings", "live"] as const;

interface ZoomMessage {
  event: string;
  keys: string[][];
}

/**
 * Listens to GET /api/events and invalidates exactly the query keys each Zoom event names.
 * EventSource reconnects by itself with Last-Event-ID; the server replays what was missed, or says
 * "refetch". Returns when the last update arrived (for the "Updated just now" cue).
 */
export function useLiveUpdates(): number | null {
  const queryClient = useQueryClient();
  const [lastUpdate, setLastUpdate] = useState<number | null>(null);
  useEffect(() => {
    const source = new EventSource("/api/events");
    source.addEventListener("zoom", (message) => {
      let parsed: ZoomMessage;
      try {
        parsed = JSON.parse((message as MessageEvent<string>).data) as ZoomMessage;
      } catch {
        return;
      }
      for (const key of parsed.keys) void queryClient.invalidateQueries({ queryKey: key });
      setLastUpdate(Date.now());
    });
    source.addEventListener("refetch", () => {
      for (const root of ROOTS) void queryClient.invalidateQueries({ queryKey: [root] });
    });
    return () => source.close();
  }, [queryClient]);
  return lastUpdate;
}
