"use client";

/**
 * Showing Zoom's UTC times to people: in the viewer's own time zone (the browser's), with the
 * meeting's zone as a secondary reading. The browser tells its zone; it also keeps it in a cookie
 * (lib/time-zone-cookie.ts), so on every visit after the first the server renders times in it too
 * and they paint with the page. Without the cookie the zone is null during server render and
 * hydration (no mismatch) and filled in right after; when the cookie is out of date (the viewer
 * travelled), React renders again with the browser's zone straight after hydration.
 */
import { createContext, useContext, useSyncExternalStore } from "react";

const noop = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The zone the viewer's cookie remembers, given by the root layout (components/providers.tsx). */
export const RememberedTimeZone = createContext<string | null>(null);

/** The viewer's IANA time zone: the browser's, or on the server the one it remembered; null when neither is known. */
export function useViewerTimeZone(): string | null {
  const remembered = useContext(RememberedTimeZone);
  return useSyncExternalStore(noop, browserZone, () => remembered);
}

/**
 * The browser's own zone, null until the page has hydrated: for what is computed from the zone
 * together with the current time (a new meeting's default start, "today"), which the server's
 * clock would render differently from the browser's.
 */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(noop, browserZone, () => null);
}

const fmt = (options: Intl.DateTimeFormatOptions, zone: string) => new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone });

export function formatDate(iso: string, zone: string): string {
  return fmt({ weekday: "short", month: "short", day: "numeric", year: "numeric" }, zone).format(new Date(iso));
}

export function formatShortDate(iso: string, zone: string): string {
  return fmt({ weekday: "short", month: "short", day: "numeric" }, zone).format(new Date(iso));
}

export function formatTime(iso: string, zone: string): string {
  return fmt({ hour: "numeric", minute: "2-digit" }, zone).format(new Date(iso));
}

export function formatDateTime(iso: string, zone: string): string {
  return `${formatShortDate(iso, zone)} · ${formatTime(iso, zone)}`;
}

/** "EST", "GMT+1"… for a zone at a given instant. */
export function zoneAbbreviation(iso: string, zone: string): string {
  const part = fmt({ timeZoneName: "short" }, zone)
    .formatToParts(new Date(iso))
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}

/** The same instant in two zones differs in wall time? */
export function differentWallTime(iso: string, a: string, b: string): boolean {
  return formatDateTime(iso, a) !== formatDateTime(iso, b);
}

export function formatDuration(minutes: number | undefined | null): string {
  if (!minutes && minutes !== 0) return "—";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "in 3 hours", "2 days ago"; "now" within a minute. */
export function formatRelative(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  const abs = Math.abs(diff);
  if (abs < 60_000) return "now";
  const rtf = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });
  for (const [unit, ms] of units) if (abs >= ms) return rtf.format(Math.round(diff / ms), unit);
  return "now";
}

// One shared clock for "in 3 hours" labels and status badges: a snapshot that changes every
// 30 seconds, so renders stay pure and every component agrees on "now".
let nowSnapshot = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribeNow(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    nowSnapshot = Date.now();
    timer = setInterval(() => {
      nowSnapshot = Date.now();
      listeners.forEach((l) => l());
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time (ms), refreshed every 30 s; null during server render and hydration. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribeNow, () => nowSnapshot, () => null);
}
