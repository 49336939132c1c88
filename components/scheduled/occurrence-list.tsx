"use client";

/**
 * A recurring series as a timeline: each occurrence with its time (the series' zone, and the
 * viewer's when it differs — read like the form's preview), length and
 * status, and — for ones still ahead — edit or delete just that occurrence.
 */
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { WhenText } from "@/components/scheduled/when-text";
import { formatDuration, formatShortDate, useNow, useViewerTimeZone } from "@/components/ui/time";
import { Skeleton } from "@/components/ui/skeleton";
import type { ZoomOccurrence } from "@/lib/zoom/types/meeting";

export function OccurrenceList({
  occurrences,
  seriesDuration,
  editHref,
  onDelete,
  meetingZone,
}: {
  occurrences: ZoomOccurrence[];
  /** The series' own zone: times read like the form's preview (readWhen); the viewer's when absent. */
  meetingZone?: string;
  seriesDuration?: number;
  editHref: (occurrenceId: string) => string;
  onDelete: (occurrence: ZoomOccurrence) => void;
}) {
  const zone = useViewerTimeZone();
  const now = useNow();
  const [all, setAll] = useState(false);
  if (!zone || now === null) return <Skeleton className="h-40 w-full" />;
  if (!occurrences.length) return <p className="text-sm text-slate-500 dark:text-slate-400">No occurrences left in this series.</p>;
  const shown = all ? occurrences : occurrences.slice(0, SHOWN);
  return (
    <>
    <ol className="relative space-y-0 border-l border-slate-200 pl-5 dark:border-slate-700" aria-label="Occurrences">
      {shown.map((o) => {
        const past = Date.parse(o.start_time) + o.duration * 60_000 < now;
        const deleted = o.status === "deleted";
        return (
          <li key={o.occurrence_id} className="relative py-2.5">
            <span
              aria-hidden="true"
              className={`absolute -left-[26px] top-4 h-2.5 w-2.5 rounded-full ring-4 ring-white dark:ring-slate-900 ${deleted ? "bg-slate-300 dark:bg-slate-600" : past ? "bg-slate-400" : "bg-brand-600"}`}
            />
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className={deleted ? "text-slate-400 line-through dark:text-slate-500" : undefined}>
                <WhenText iso={o.start_time} meetingZone={meetingZone ?? zone} viewerZone={zone} after={<> · {formatDuration(o.duration)}</>} />
                {seriesDuration && o.duration !== seriesDuration && !deleted ? <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">(changed)</span> : null}
              </div>
              <div className="flex items-center gap-2">
                <Badge tone={deleted ? "danger" : past ? "neutral" : "success"}>{deleted ? "Deleted" : past ? "Past" : "Available"}</Badge>
                {!deleted && !past ? (
                  <>
                    <Link href={editHref(o.occurrence_id)} prefetch={false} className="rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-brand-600/15">
                      Edit<span className="sr-only"> the occurrence on {formatShortDate(o.start_time, meetingZone ?? zone)}</span>
                    </Link>
                    <button type="button" onClick={() => onDelete(o)} className="rounded px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-500/10">
                      Delete<span className="sr-only"> the occurrence on {formatShortDate(o.start_time, meetingZone ?? zone)}</span>
                    </button>
                  </>
                ) : null}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
    {occurrences.length > SHOWN ? (
      <button type="button" onClick={() => setAll((v) => !v)} className="mt-2 text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
        {all ? "Show fewer" : `Show all ${occurrences.length} occurrences`}
      </button>
    ) : null}
    </>
  );
}

const SHOWN = 10;
