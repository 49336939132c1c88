"use client";

import { DateTime } from "luxon";
import { Facts } from "@/components/scheduled/detail-parts";
import { describeSeries } from "@/components/scheduled/describe-series";
import { readWhen } from "@/components/scheduled/format";
import { formatDuration, useViewerTimeZone } from "@/components/ui/time";
import { Skeleton } from "@/components/ui/skeleton";
import { fromZoomRecurrence } from "@/lib/schemas/recurrence";
import type { ScheduledKind } from "@/lib/schemas/scheduled";
import type { ZoomRecurrence } from "@/lib/zoom/types/meeting";

/** Start read like the form and the occurrence list (readWhen): the item's zone, then the viewer's; length and pattern. */
export function WhenFacts({ item, noun }: { item: { start_time?: string; timezone?: string; duration?: number; recurrence?: ZoomRecurrence; type: number }; noun: ScheduledKind }) {
  const zone = useViewerTimeZone();
  if (!zone) return <Skeleton className="h-16 w-full" />;
  const own = item.timezone || zone;
  const recurring = (item.type === 8 || item.type === 9) && item.recurrence;
  const pattern = recurring ? describeSeries(fromZoomRecurrence(item.recurrence!, (utc) => DateTime.fromISO(utc, { zone: "utc" }).setZone(own).toFormat("yyyy-MM-dd"))) : null;
  const start = item.start_time;
  const when = start ? readWhen(start, own, zone) : null;
  return (
    <Facts
      items={[
        [recurring ? "Next occurrence" : "Starts", when ? `${when.date} · ${when.time}` : "No fixed time"],
        ["Your time", when ? (when.viewer ?? `The same as the ${noun}'s time zone`) : "—"],
        ["Time zone", own.replaceAll("_", " ")],
        ["Duration", formatDuration(item.duration)],
        ["Repeats", pattern ?? (item.type === 3 || item.type === 6 ? "Recurring, no fixed time" : "Does not repeat")],
      ]}
    />
  );
}
