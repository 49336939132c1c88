"use client";

/**
 * Deleting a meeting (dialog: components/scheduled/scheduled-delete-dialog.tsx), with the e-mails
 * Zoom can send: `schedule_for_reminder` to the host and alternative hosts, `cancel_meeting_reminder`
 * to registrants.
 */
import { useState } from "react";
import { ScheduledDeleteDialog, type DeleteDialogProps } from "@/components/scheduled/scheduled-delete-dialog";
import { CheckboxField } from "@/components/ui/field";
import { useDeleteMeeting } from "@/lib/queries/meetings";

export function MeetingDeleteDialog(props: DeleteDialogProps) {
  const [notifyHosts, setNotifyHosts] = useState(true);
  const [notifyRegistrants, setNotifyRegistrants] = useState(true);
  const remove = useDeleteMeeting();

  return (
    <ScheduledDeleteDialog
      {...props}
      noun="meeting"
      remove={(target, outcome) => remove.mutate({ meetingId: String(target.id), occurrenceId: target.occurrence?.occurrence_id, notifyHosts, notifyRegistrants }, outcome)}
      pending={remove.isPending}
      seriesNote="every occurrence will be removed. To remove a single date, open the meeting and delete that occurrence."
    >
      <div className="space-y-3">
        <CheckboxField label="Email the host and alternative hosts" description="Zoom sends them a cancellation notice." checked={notifyHosts} onChange={(event) => setNotifyHosts(event.target.checked)} />
        <CheckboxField label="Email registrants" description="Only matters if the meeting takes registrations." checked={notifyRegistrants} onChange={(event) => setNotifyRegistrants(event.target.checked)} />
        <p className="text-xs text-slate-500 dark:text-slate-400">Zoom keeps a deleted meeting recoverable for 7 days in the Zoom web portal.</p>
      </div>
    </ScheduledDeleteDialog>
  );
}
