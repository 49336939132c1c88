"use client";

/** Zoom's share link and its passcode, each with a copy button. */
import { DetailCard } from "@/components/scheduled/detail-parts";
import { CopyButton } from "@/components/ui/copy-button";

export function ShareCard({ shareUrl, passcode }: { shareUrl: string | null; passcode: string | null }) {
  return (
    <DetailCard title="Sharing">
      <dl className="space-y-3 text-sm">
        <div className="flex flex-wrap items-center gap-3">
          <dt className="w-24 shrink-0 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Share link</dt>
          <dd className="flex min-w-0 flex-1 items-center gap-2">
            {shareUrl ? (
              <>
                <span className="min-w-0 flex-1 truncate font-mono text-xs text-slate-800 dark:text-slate-200">{shareUrl}</span>
                <CopyButton text={shareUrl} label="Copy link" className="px-3 py-1.5" />
              </>
            ) : (
              <span className="text-slate-600 dark:text-slate-400">Zoom gave no share link for this recording.</span>
            )}
          </dd>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <dt className="w-24 shrink-0 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Passcode</dt>
          <dd className="flex min-w-0 flex-1 items-center gap-2">
            {passcode ? (
              <>
                <span className="min-w-0 flex-1 font-mono text-slate-800 dark:text-slate-200">{passcode}</span>
                <CopyButton text={passcode} label="Copy passcode" className="px-3 py-1.5" />
              </>
            ) : (
              <span className="text-slate-600 dark:text-slate-400">None</span>
            )}
          </dd>
        </div>
      </dl>
    </DetailCard>
  );
}
