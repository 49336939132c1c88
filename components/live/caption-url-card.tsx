"use client";

/**
 * The caption URL for a third-party captioner (CART service). It is a secret-bearing URL, so it is
 * fetched only when a host or admin clicks Reveal, held in this component's state only, and never
 * part of the page's HTML or the query cache.
 */
import { useId, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { controlClass } from "@/components/ui/field";
import { ZoomErrorDetails } from "@/components/ui/toast";
import { useRevealCaptionUrl } from "@/lib/queries/live";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { CaptionUrlView } from "@/lib/zoom/types/live";

export function CaptionUrlCard({ parent, enabled }: { parent: ScheduledRef; enabled: boolean }) {
  const inputId = useId();
  const reveal = useRevealCaptionUrl(parent);
  const [shown, setShown] = useState<CaptionUrlView | null>(null);
  const open = async () => {
    try {
      setShown(await reveal.mutateAsync());
    } catch {
      // The error is rendered below from the mutation.
    }
  };
  return (
    <Card title="Caption URL for a captioner">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A third-party captioning service posts to this URL. It works only while the {parent.kind} runs and stops working 24 hours after Zoom issued it.
        Anyone who has it can caption this {parent.kind}: send it privately.
      </p>
      {shown ? (
        <div className="mt-4 space-y-2">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            Caption URL
          </label>
          <div className="flex gap-2">
            <input id={inputId} readOnly value={shown.url} className={`${controlClass} font-mono text-xs`} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={shown.url} label="Copy" />
          </div>
          <p className="text-xs text-slate-500 dark:text-slate-400">Stops working at {new Date(shown.expiresAt).toLocaleString()} at the latest, or when the {parent.kind} ends.</p>
          <Button variant="ghost" onClick={() => setShown(null)}>
            Hide caption URL
          </Button>
        </div>
      ) : (
        <Button variant="secondary" className="mt-4" disabled={!enabled || reveal.isPending} onClick={() => void open()}>
          {reveal.isPending ? "Asking Zoom…" : "Reveal caption URL"}
        </Button>
      )}
      {reveal.isError && !shown ? (
        <div role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-500/10 dark:text-red-200">
          <ZoomErrorDetails error={reveal.error} />
        </div>
      ) : null}
    </Card>
  );
}
