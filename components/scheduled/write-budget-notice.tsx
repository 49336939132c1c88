"use client";

/**
 * Zoom lets each host create or update 100 meetings/webinars a day. When this host is close to
 * (or at) that limit, say so before they fill in a form for nothing.
 */
import { useQuery } from "@tanstack/react-query";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import { writeBudgetQueries } from "@/lib/queries/write-budget";

/** Warn when this many or fewer writes are left. */
const WARN_AT = 10;

export function WriteBudgetNotice({ userId }: { userId: string }) {
  const budget = useQuery(writeBudgetQueries.host(userId || "me"));
  const zone = useViewerTimeZone();
  const data = budget.data;
  if (!data || !zone || (!data.exhausted && data.remaining > WARN_AT)) return null;
  const resets = formatDateTime(data.resetsAt, zone);
  return (
    <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-100">
      {data.exhausted ? (
        <p>
          <span className="font-semibold">This host has used all {data.limit} of today&apos;s meeting changes.</span> Zoom refuses new creates and updates for this host
          until {resets} your time.
        </p>
      ) : (
        <p>
          <span className="font-semibold">
            At most {data.remaining} of {data.limit} meeting changes left today for this host.
          </span>{" "}
          Zoom counts creates and updates per host and resets at {resets} your time.
        </p>
      )}
    </div>
  );
}
