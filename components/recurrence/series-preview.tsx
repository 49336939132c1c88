"use client";

/**
 * Live preview of a series while it is being edited: the next occurrences in the meeting's zone
 * (and the viewer's, when different), and a warning wherever a daylight-saving change moves a
 * local time. Computed in the browser with the same rules Zoom applies (lib/recurrence). Loaded by
 * recurrence-preview.tsx once the form has a series.
 */
import { useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { WhenText } from "@/components/scheduled/when-text";
import { formatDate, useViewerTimeZone } from "@/components/ui/time";
import { dstNotices } from "@/lib/recurrence/dst";
import { expandRecurrence } from "@/lib/recurrence/occurrences";
import { recurrenceSchema, type RecurrenceInput } from "@/lib/schemas/recurrence";
import { isoDate, localTime, timeZone } from "@/lib/schemas/common";

interface Values {
  recurrence: RecurrenceInput | null;
  startDate: string;
  startTime: string;
  timezone: string;
}

const SHOWN = 8;

export function SeriesPreview() {
  const { control } = useFormContext<Values>();
  const [recurrence, startDate, startTime, timezone] = useWatch({ control, name: ["recurrence", "startDate", "startTime", "timezone"] });
  const viewerZone = useViewerTimeZone();

  const result = useMemo(() => {
    if (!recurrence) return null;
    const rule = recurrenceSchema.safeParse(recurrence);
    if (!rule.success || !isoDate.safeParse(startDate).success || !localTime.safeParse(startTime).success || !timeZone.safeParse(timezone).success) return { invalid: true as const };
    const expansion = expandRecurrence({ date: startDate, time: startTime, timezone }, rule.data);
    return { invalid: false as const, ...expansion, notices: dstNotices(expansion.occurrences, timezone, viewerZone ?? timezone) };
  }, [recurrence, startDate, startTime, timezone, viewerZone]);

  if (!result) return null;
  if (result.invalid) return <p className="text-sm text-slate-500 dark:text-slate-400">Complete the schedule to preview its occurrences.</p>;
  const { occurrences, notices, truncated } = result;
  const noticeAt = new Map(notices.map((n) => [n.index, n]));
  const last = occurrences[occurrences.length - 1];

  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h3 id="preview-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
        Next occurrences
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {occurrences.length} occurrence{occurrences.length === 1 ? "" : "s"}
        {last ? `, the last on ${formatDate(last.startUtc, timezone)}` : ""}.
        {truncated ? " Zoom stops a series at 60 occurrences; later dates are dropped." : ""}
      </p>
      {notices.length ? (
        <div role="note" aria-label="Daylight saving time" className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-100">
          <p className="font-medium">Daylight saving time changes during this series</p>
          <ul className="list-disc space-y-1 pl-5">
            {notices.map((notice) => (
              <li key={`${notice.kind}-${notice.index}`}>{notice.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {occurrences.slice(0, SHOWN).map((occurrence, index) => (
          <li key={occurrence.startUtc} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
            <span>
              <WhenText iso={occurrence.startUtc} meetingZone={timezone} viewerZone={viewerZone} />
            </span>
            {noticeAt.has(index) ? <Badge tone="warning">{noticeAt.get(index)!.kind === "gap" ? "Starts later" : "Time shifts"}</Badge> : null}
          </li>
        ))}
      </ol>
      {occurrences.length > SHOWN ? <p className="text-xs text-slate-500 dark:text-slate-400">…and {occurrences.length - SHOWN} more.</p> : null}
    </section>
  );
}
