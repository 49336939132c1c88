"use client";

/**
 * The recordings list's date range in the URL (`?range=90d`, or `?range=custom&from=…&to=…`), so
 * a reload or a shared link asks Zoom for the same months. A change is a deliberate choice and
 * gets a history entry, like the list pages' tabs (components/scheduled/list-url-state.ts).
 */
import { DateTime } from "luxon";
import { usePathname, useSearchParams } from "next/navigation";
import { isRangePreset, rangeDates, type RangePreset } from "@/components/recordings/list";

export function useRangeParam() {
  const params = useSearchParams();
  const pathname = usePathname();
  const raw = params.get("range");
  const preset: RangePreset = isRangePreset(raw) ? raw : "30d";
  const dates = rangeDates(preset, DateTime.utc(), { from: params.get("from"), to: params.get("to") });
  const set = (next: { preset: RangePreset; from?: string; to?: string }) => {
    const query = new URLSearchParams(window.location.search);
    query.delete("from");
    query.delete("to");
    if (next.preset === "30d") query.delete("range");
    else query.set("range", next.preset);
    if (next.preset === "custom") {
      query.set("from", next.from ?? dates.from);
      query.set("to", next.to ?? dates.to);
    }
    const qs = query.toString();
    window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
  };
  return { preset, ...dates, set };
}
