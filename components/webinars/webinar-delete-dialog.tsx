"use client";

/** Confirms deleting a webinar, a whole series or one occurrence; Zoom can email registrants and panelists. */
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CheckboxField } from "@/components/ui/field";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import type { DeleteTarget } from "@/components/meetings/meeting-delete-dialog";
import { useDeleteWebinar } from "@/lib/queries/webinars";

export function WebinarDeleteDialog({ target, onClose, onDeleted }: { target: DeleteTarget | null; onClose: () => void; onDeleted?: () => void }) {
  const zone = useViewerTimeZone();
  const [notify, setNotify] = useState(true);
  const remove = useDeleteWebinar();
  const what = target?.occurrence ? "this occurrence" : target?.recurring ? "the whole series" : "this webinar";
  const confirm = () => {
    if (!target) return;
    remove.mutate(
      { webinarId: String(target.id), occurrenceId: target.occurrence?.occurrence_id, notifyRegistrants: notify },
      {
        onSuccess: () => {
          toastSuccess(target.occurrence ? "Occurrence deleted" : "Webinar deleted", target.topic);
          onClose();
          onDeleted?.();
        },
        onError: (error) => toastError("Zoom did not delete the webinar", error),
      },
    );
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
          </>
        ) : null
      }
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={remove.isPending}>
            Keep it
          </Button>
          <Button variant="danger" onClick={confirm} disabled={remove.isPending}>
            {remove.isPending ? "Deleting…" : `Delete ${what}`}
          </Button>
        </>
      }
    >
      <CheckboxField label="Email registrants and panelists" description="Zoom sends them a cancellation notice." checked={notify} onChange={(event) => setNotify(event.target.checked)} />
    </Dialog>
  );
}
