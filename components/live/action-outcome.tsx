"use client";

/** What Zoom answered to the last control sent from a card: accepted (with time) or Zoom's code, message and tracking id. */
import { ZoomErrorDetails } from "@/components/ui/toast";

export interface Outcome {
  ok: boolean;
  label: string;
  at?: string;
  error?: unknown;
}

export function ActionOutcome({ outcome }: { outcome: Outcome | null }) {
  return (
    <div role="status" aria-live="polite" className="min-h-0">
      {outcome ? (
        outcome.ok ? (
          <p className="mt-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-500/10 dark:text-emerald-200">
            Zoom accepted: {outcome.label}
            {outcome.at ? <span className="text-emerald-800/80 dark:text-emerald-200/80"> · {new Date(outcome.at).toLocaleTimeString()}</span> : null}
          </p>
        ) : (
          <div className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-500/10 dark:text-red-200">
            <p className="font-medium">{outcome.label} failed</p>
            <ZoomErrorDetails error={outcome.error} />
          </div>
        )
      ) : null}
    </div>
  );
}

/** The reason a control is off, shown next to it and referenced by its buttons' aria-describedby. */
export function DisabledReason({ id, reason }: { id: string; reason: string | null }) {
  if (!reason) return null;
  return (
    <p id={id} className="mt-2 flex gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
      <span aria-hidden="true">⚠</span>
      <span>{reason}</span>
    </p>
  );
}
