"use client";

import { DateTime } from "luxon";
import { Facts } from "@/components/meetings/detail-parts";
import { formatDate, formatDuration, formatTime, useViewerTimeZone, zoneAbbreviation } from "@/components/ui/time";
import { Skeleton } from "@/components/ui/skeleton";
import { describeRecurrence } from "@/lib/recurrence/describe";
import { fromZoomRecurrence } from "@/lib/schemas/recurrence";
import type { ZoomRecurrence } from "@/lib/zoom/types/meeting";

/** Start in the viewer's zone and the meeting's (or webinar's) own, length and pattern. */
export function WhenFacts({ item, noun }: { item: { start_time?: string; timezone?: string; duration?: number; recurrence?: ZoomRecurrence; type: number }; noun: "meeting" | "webinar" }) {
  const zone = useViewerTimeZone();
  if (!zone) return <Skeleton className="h-16 w-full" />;
  const own = item.timezone || zone;
  const recurring = (item.type === 8 || item.type === 9) && item.recurrence;
  const pattern = recurring
    ? describeRecurrence(
        fromZoomRecurrence(item.recurrence!, (utc) => DateTime.fromISO(utc, { zone: "utc" }).setZone(own).toFormat("yyyy-MM-dd")),
        (date) => formatDate(DateTime.fromISO(date, { zone: own }).toISO()!, own),
      )
    : null;
  const start = item.start_time;
  return (
    <Facts
      items={[
        [recurring ? "Next occurrence" : "Starts", start ? `${formatDate(start, zone)}, ${formatTime(start, zone)} ${zoneAbbreviation(start, zone)}` : "No fixed time"],
        [`In the ${noun}'s time zone`, start ? `${formatTime(start, own)} ${zoneAbbreviation(start, own)} · ${own.replaceAll("_", " ")}` : own.replaceAll("_", " ")],
        ["Duration", formatDuration(item.duration)],
        ["Repeats", pattern ?? (item.type === 3 || item.type === 6 ? "Recurring, no fixed time" : "Does not repeat")],
      ]}
    />
  );
}
