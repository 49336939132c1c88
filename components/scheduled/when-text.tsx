import type { ReactNode } from "react";
import { readWhen } from "@/components/scheduled/format";

/**
 * A start time as every view prints it (readWhen): "Wed, Jun 30, 2027 · 9:00 AM GMT+2", and under
 * it the viewer's own reading when their clock differs. `after` follows the time on the first line.
 */
export function WhenText({ iso, meetingZone, viewerZone, after }: { iso: string; meetingZone: string; viewerZone: string | null; after?: ReactNode }) {
  const when = readWhen(iso, meetingZone, viewerZone);
  return (
    <>
      <span className="font-medium text-slate-900 dark:text-slate-100">{when.date}</span>
      <span className="text-slate-600 dark:text-slate-400">
        {" "}
        · {when.time}
        {after}
      </span>
      {when.viewer ? <span className="block text-xs text-slate-500 dark:text-slate-400">{when.viewer}</span> : null}
    </>
  );
}
