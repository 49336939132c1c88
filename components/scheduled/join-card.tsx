"use client";

import { useState } from "react";
import { DetailCard } from "@/components/scheduled/detail-parts";
import { formatMeetingId } from "@/components/scheduled/format";
import { CopyButton } from "@/components/ui/copy-button";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/** How participants get in: join link, ID, passcode (hidden until asked), registration link. */
export function JoinCard({ item, noun }: { item: { id: number; join_url?: string; password?: string; registration_url?: string }; noun: ScheduledKind }) {
  const [reveal, setReveal] = useState(false);
  return (
    <DetailCard title="Join">
      <div className="space-y-4 text-sm">
        {item.join_url ? (
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Join link</p>
            <a href={item.join_url} target="_blank" rel="noreferrer" className="mt-1 block truncate font-mono text-xs text-brand-700 hover:underline dark:text-brand-100">
              {item.join_url}
            </a>
            <CopyButton text={item.join_url} label="Copy join link" copiedLabel="Join link copied" className="mt-2 w-full" />
          </div>
        ) : null}
        <div className="grid grid-cols-2 gap-3">
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{noun === "meeting" ? "Meeting" : "Webinar"} ID</p>
            <p className="mt-0.5 font-mono text-slate-900 dark:text-slate-100">{formatMeetingId(item.id)}</p>
          </div>
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Passcode</p>
            {item.password ? (
              <p className="mt-0.5 flex items-center gap-2">
                <span className="font-mono text-slate-900 dark:text-slate-100">{reveal ? item.password : "••••••"}</span>
                <button type="button" onClick={() => setReveal((v) => !v)} className="text-xs font-medium text-brand-700 hover:underline dark:text-brand-100">
                  {reveal ? "Hide" : "Show"}
                  <span className="sr-only"> passcode</span>
                </button>
              </p>
            ) : (
              <p className="mt-0.5 text-slate-500 dark:text-slate-400">None</p>
            )}
          </div>
        </div>
        {item.registration_url ? (
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Registration link</p>
            <a href={item.registration_url} target="_blank" rel="noreferrer" className="mt-1 block truncate font-mono text-xs text-brand-700 hover:underline dark:text-brand-100">
              {item.registration_url}
            </a>
          </div>
        ) : null}
      </div>
    </DetailCard>
  );
}
