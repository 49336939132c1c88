"use client";

/**
 * The registrants tab's URL state: status tab (`?status=`, pushed like the lists' tabs), search
 * (`?q=`, shared with the lists), sort (`?sort=name|-time…`) and occurrence (`?occurrence=`).
 * Defaults stay out of the URL.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { useSearchParam, useTabParam } from "@/components/scheduled/list-url-state";
import { formatSort, parseSort } from "@/components/registrants/registrant-rows";
import type { Sorting } from "@/components/ui/table-sort";
import { REGISTRANT_STATUSES, type RegistrantStatus } from "@/lib/schemas/registrant";

export const DEFAULT_STATUS: RegistrantStatus = "approved";

function useWrite() {
  const pathname = usePathname();
  return (key: string, value: string | null, how: "push" | "replace") => {
    const params = new URLSearchParams(window.location.search);
    if (value === null) params.delete(key);
    else params.set(key, value);
    const query = params.toString();
    window.history[how === "push" ? "pushState" : "replaceState"](null, "", query ? `${pathname}?${query}` : pathname);
  };
}

export function useRegistrantsUrl() {
  const params = useSearchParams();
  const write = useWrite();
  const [status, setStatus] = useTabParam<RegistrantStatus>("status", REGISTRANT_STATUSES, DEFAULT_STATUS);
  const [search, setSearch] = useSearchParam();
  const sorting = parseSort(params.get("sort"));
  const occurrence = params.get("occurrence");
  return {
    status,
    setStatus,
    search,
    setSearch,
    sorting,
    // Sorting is a view choice, not a place: it replaces the history entry.
    setSorting: (next: Sorting | null) => write("sort", formatSort(next), "replace"),
    occurrenceId: occurrence && /^\d{1,20}$/.test(occurrence) ? occurrence : null,
    setOccurrenceId: (next: string | null) => write("occurrence", next, "push"),
  };
}
