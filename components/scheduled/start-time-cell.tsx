"use client";

import { differentWallTime, formatDateTime, formatRelative, formatTime, formatShortDate, useNow, useViewerTimeZone, zoneAbbreviation } from "@/components/ui/time";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * A start time in the viewer's zone, with the meeting's own zone underneath (and on hover) when
 * it reads differently there.
 */
export function StartTimeCell({ start, meetingZone }: { start?: string; meetingZone?: string }) {
  const zone = useViewerTimeZone();
  const now = useNow();
  if (!start) return <span className="text-slate-500 dark:text-slate-400">No fixed time</span>;
  if (!zone) return <Skeleton className="h-4 w-36" />;
  const other = meetingZone && differentWallTime(start, zone, meetingZone) ? meetingZone : null;
  return (
    <div className="whitespace-nowrap" title={other ? `${formatDateTime(start, other)} ${zoneAbbreviation(start, other)} (${other})` : undefined}>
      <time dateTime={start} className="text-slate-900 dark:text-slate-100">
        {formatShortDate(start, zone)} · {formatTime(start, zone)}
      </time>
      <div className="text-xs text-slate-500 dark:text-slate-400">
        {other ? (
          <>
            {formatTime(start, other)} {zoneAbbreviation(start, other)} <span className="sr-only">in {other}</span>
          </>
        ) : (
          now !== null && formatRelative(start, now)
        )}
      </div>
    </div>
  );
}
