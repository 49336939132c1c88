"use client";

/** Deleting a webinar (dialog: components/scheduled/scheduled-delete-dialog.tsx); Zoom can email registrants and panelists. */
import { useState } from "react";
import { ScheduledDeleteDialog, type DeleteDialogProps } from "@/components/scheduled/scheduled-delete-dialog";
import { CheckboxField } from "@/components/ui/field";
import { useDeleteWebinar } from "@/lib/queries/webinars";

export function WebinarDeleteDialog(props: DeleteDialogProps) {
  const [notify, setNotify] = useState(true);
  const remove = useDeleteWebinar();
  return (
    <ScheduledDeleteDialog
      {...props}
      noun="webinar"
      remove={(target, outcome) => remove.mutate({ webinarId: String(target.id), occurrenceId: target.occurrence?.occurrence_id, notifyRegistrants: notify }, outcome)}
      pending={remove.isPending}
    >
      <CheckboxField label="Email registrants and panelists" description="Zoom sends them a cancellation notice." checked={notify} onChange={(event) => setNotify(event.target.checked)} />
    </ScheduledDeleteDialog>
  );
}
