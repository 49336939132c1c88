"use client";

/**
 * Confirms deleting a meeting or webinar, a whole series, or one occurrence. A failure keeps the
 * dialog open and says what Zoom said. The kinds differ in whom Zoom can email (their checkboxes,
 * passed as children) and in the request; the wording around them is the same.
 */
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export interface DeleteTarget {
  id: number;
  topic: string;
  recurring: boolean;
  occurrence?: { occurrence_id: string; start_time: string };
}

export interface DeleteDialogProps {
  target: DeleteTarget | null;
  onClose: () => void;
  onDeleted?: () => void;
}

export function ScheduledDeleteDialog({
  noun,
  target,
  onClose,
  onDeleted,
  remove,
  pending,
  seriesNote,
  children,
}: DeleteDialogProps & {
  noun: ScheduledKind;
  /** Sends the delete; the dialog reports the outcome. */
  remove: (target: DeleteTarget, outcome: { onSuccess: () => void; onError: (error: Error) => void }) => void;
  pending: boolean;
  /** Said after the topic when the whole series goes. */
  seriesNote?: string;
  children: ReactNode;
}) {
  const zone = useViewerTimeZone();
  const what = target?.occurrence ? "this occurrence" : target?.recurring ? "the whole series" : `this ${noun}`;

  const confirm = () => {
    if (!target) return;
    remove(target, {
      onSuccess: () => {
        toastSuccess(target.occurrence ? "Occurrence deleted" : `${noun === "meeting" ? "Meeting" : "Webinar"} deleted`, target.topic);
        onClose();
        onDeleted?.();
      },
      onError: (error) => toastError(`Zoom did not delete the ${noun}`, error),
    });
  };

  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title={`Delete ${what}?`}
      description={
        target ? (
          <>
            <span className="font-medium text-slate-900 dark:text-slate-100">{target.topic}</span>
            {target.occurrence && zone ? <> on {formatDateTime(target.occurrence.start_time, zone)}</> : null}
            {seriesNote && target.recurring && !target.occurrence ? <> — {seriesNote}</> : null}
          </>
        ) : null
      }
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            Keep it
          </Button>
          <Button variant="danger" onClick={confirm} disabled={pending}>
            {pending ? "Deleting…" : `Delete ${what}`}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
