"use client";

/**
 * Confirms deleting a meeting, a whole series, or one occurrence, with the e-mails Zoom can send
 * (`schedule_for_reminder` to the host and alternative hosts, `cancel_meeting_reminder` to
 * registrants). A failure keeps the dialog open and says what Zoom said.
 */
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CheckboxField } from "@/components/ui/field";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import { useDeleteMeeting } from "@/lib/queries/meetings";

export interface DeleteTarget {
  id: number;
  topic: string;
  recurring: boolean;
  occurrence?: { occurrence_id: string; start_time: string };
}

export function MeetingDeleteDialog({ target, onClose, onDeleted }: { target: DeleteTarget | null; onClose: () => void; onDeleted?: () => void }) {
  const zone = useViewerTimeZone();
  const [notifyHosts, setNotifyHosts] = useState(true);
  const [notifyRegistrants, setNotifyRegistrants] = useState(true);
  const remove = useDeleteMeeting();
  const what = target?.occurrence ? "this occurrence" : target?.recurring ? "the whole series" : "this meeting";

  const confirm = () => {
    if (!target) return;
    remove.mutate(
      { meetingId: String(target.id), occurrenceId: target.occurrence?.occurrence_id, notifyHosts, notifyRegistrants },
      {
        onSuccess: () => {
          toastSuccess(target.occurrence ? "Occurrence deleted" : "Meeting deleted", target.topic);
          onClose();
          onDeleted?.();
        },
        onError: (error) => toastError("Zoom did not delete the meeting", error),
      },
    );
  };

  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title={target?.occurrence ? "Delete this occurrence?" : target?.recurring ? "Delete the whole series?" : "Delete this meeting?"}
      description={
        target ? (
          <>
            <span className="font-medium text-slate-900 dark:text-slate-100">{target.topic}</span>
            {target.occurrence && zone ? <> on {formatDateTime(target.occurrence.start_time, zone)}</> : null}
            {target.recurring && !target.occurrence ? <> — every occurrence will be removed. To remove a single date, open the meeting and delete that occurrence.</> : null}
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
      <div className="space-y-3">
        <CheckboxField label="Email the host and alternative hosts" description="Zoom sends them a cancellation notice." checked={notifyHosts} onChange={(event) => setNotifyHosts(event.target.checked)} />
        <CheckboxField label="Email registrants" description="Only matters if the meeting takes registrations." checked={notifyRegistrants} onChange={(event) => setNotifyRegistrants(event.target.checked)} />
        <p className="text-xs text-slate-500 dark:text-slate-400">Zoom keeps a deleted meeting recoverable for 7 days in the Zoom web portal.</p>
      </div>
    </Dialog>
  );
}
