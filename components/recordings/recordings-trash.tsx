"use client";

/** The Trash tab: trashed recordings with the days Zoom keeps them, recover and delete for good. */
import { useState } from "react";
import { byUuid, trashColumns } from "@/components/recordings/recording-columns";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable, type Sorting } from "@/components/ui/data-table";
import { useNow } from "@/components/ui/time";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { useDeleteRecording, useRecoverRecording } from "@/lib/queries/recordings";
import type { RecordingView } from "@/lib/zoom/types/recording";

export function RecordingsTrash({ rows, hostName, empty }: { rows: RecordingView[]; hostName: (hostId: string) => string; empty: string }) {
  const now = useNow();
  const recover = useRecoverRecording();
  const remove = useDeleteRecording();
  const [deleting, setDeleting] = useState<RecordingView | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [sorting, setSorting] = useState<Sorting | null>({ id: "left", desc: false });

  const onRecover = async (row: RecordingView) => {
    setBusy(row.uuid);
    try {
      await recover.mutateAsync({ uuid: row.uuid });
      toastSuccess("Recording recovered", `“${row.topic}” is back in your recordings.`);
    } catch (error) {
      toastError("Could not recover the recording", error);
    } finally {
      setBusy(null);
    }
  };
  const onDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync({ uuid: deleting.uuid, action: "delete" });
      toastSuccess("Recording deleted for good", `“${deleting.topic}” is gone.`);
      setDeleting(null);
    } catch (error) {
      toastError("Could not delete the recording", error);
    }
  };

  return (
    <>
      <DataTable
        rows={rows}
        rowKey={byUuid}
        columns={trashColumns({ hostName, now, onRecover: (row) => void onRecover(row), onDelete: setDeleting, busy })}
        caption="Recordings in the trash"
        sorting={sorting}
        onSortingChange={setSorting}
        empty={empty}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this recording for good?"
        confirmLabel="Delete for good"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => void onDelete()}
      >
        <p>
          Every file of “{deleting?.topic}” is deleted at Zoom now instead of at the end of its 30 days in the trash. This cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
