"use client";

/** The form's live summary: what will be scheduled, read like the detail page (readWhen, describeSeries). */
import { lazy, Suspense } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { isKnownZone, isLocalDate, isLocalTime, localToUtcIso } from "@/components/scheduled/local-time";
import { WhenText } from "@/components/scheduled/when-text";
import { formatDuration, useViewerTimeZone } from "@/components/ui/time";
import type { RecurrenceInput } from "@/lib/schemas/recurrence";

// The pattern in words needs the recurrence rules (zod): they load once the form has a series.
const SeriesText = lazy(() => import("@/components/scheduled/series-text").then((module) => ({ default: module.SeriesText })));

interface Values {
  topic: string;
  startDate: string;
  startTime: string;
  timezone: string;
  duration: number;
  recurrence: RecurrenceInput | null;
}

export function ScheduledSummary({ noun, showTopic = true }: { noun: string; showTopic?: boolean }) {
  const { control } = useFormContext<Values>();
  const [topic, startDate, startTime, timezone, duration, recurrence] = useWatch({ control, name: ["topic", "startDate", "startTime", "timezone", "duration", "recurrence"] });
  const viewerZone = useViewerTimeZone();
  // On Intl, not the form's zod schema and luxon: the summary is on screen from the first paint.
  const start = isLocalDate(startDate) && isLocalTime(startTime) && isKnownZone(timezone) ? localToUtcIso(startDate, startTime, timezone) : null;
  return (
    <dl className="space-y-3 text-sm">
      {showTopic ? (
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Topic</dt>
          <dd className="mt-0.5 font-medium text-slate-900 dark:text-white">{topic?.trim() || `Untitled ${noun}`}</dd>
        </div>
      ) : null}
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Starts</dt>
        <dd className="mt-0.5 text-slate-900 dark:text-white">
          {start ? <WhenText iso={start} meetingZone={timezone} viewerZone={viewerZone} /> : "—"}
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Length</dt>
        <dd className="mt-0.5 text-slate-900 dark:text-white">{Number.isFinite(duration) && duration > 0 ? formatDuration(duration) : "—"}</dd>
      </div>
      {recurrence ? (
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Repeats</dt>
          <dd className="mt-0.5 text-slate-900 dark:text-white">
            <Suspense fallback="…">
              <SeriesText rule={recurrence} />
            </Suspense>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
