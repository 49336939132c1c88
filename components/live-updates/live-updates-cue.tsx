"use client";

import { useLiveUpdates } from "@/components/live-updates/use-live-updates";

/** Keeps the open page in step with Zoom (server push) and says so briefly when it changed something. */
export function LiveUpdatesCue() {
  const visible = useLiveUpdates();
  return (
    <p role="status" className="mr-2 min-w-0 text-xs text-slate-600 dark:text-slate-300">
      {visible ? (
        <span className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2 py-1 font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          <span className="h-1.5 w-1.5 rounded-full bg-emerald-600 dark:bg-emerald-400" aria-hidden="true" />
          Updated just now
        </span>
      ) : null}
    </p>
  );
}
