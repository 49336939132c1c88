"use client";

import { useSyncExternalStore } from "react";

const TICK_MS = 15_000;

function subscribe(callback: () => void) {
  const timer = setInterval(callback, TICK_MS);
  return () => clearInterval(timer);
}

let snapshot = Date.now();
const read = () => {
  // Same value between ticks, so React sees a stable snapshot.
  const now = Date.now();
  if (now - snapshot >= TICK_MS) snapshot = now;
  return snapshot;
};

/** The current time, ticking every 15 s; null while rendering on the server and hydrating (no mismatch). */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
