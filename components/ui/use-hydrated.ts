"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** False during the server render and hydration, true from then on (no mismatch, no extra effect). */
export function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}
