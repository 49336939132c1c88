"use client";

/** Trash or delete for good a whole recording (every file), each behind a confirmation that says what follows. */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { useDeleteRecording } from "@/lib/queries/recordings";

export function RecordingActions({ uuid, topic, listHref }: { uuid: string; topic: string; listHref: string }) {
  const [asking, setAsking] = useState<"trash" | "delete" | null>(null);
  const remove = useDeleteRecording();
  const router = useRouter();
  const run = async (action: "trash" | "delete") => {
    try {
      await remove.mutateAsync({ uuid, action });
      toastSuccess(action === "trash" ? "Recording moved to the trash" : "Recording deleted for good", action === "trash" ? "Recover it from the Trash tab within 30 days." : `“${topic}” is gone.`);
      router.push(action === "trash" ? `${listHref}?tab=trash` : listHref);
    } catch (error) {
      setAsking(null);
      toastError(action === "trash" ? "Could not move the recording to the trash" : "Could not delete the recording", error);
    }
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setAsking("trash")}>
        Move to trash
      </Button>
      <Button variant="danger" onClick={() => setAsking("delete")}>
        Delete for good
      </Button>
      <ConfirmDialog
        open={asking !== null}
        title={asking === "delete" ? "Delete this recording for good?" : "Move this recording to the trash?"}
        confirmLabel={asking === "delete" ? "Delete for good" : "Move to trash"}
        tone={asking === "delete" ? "danger" : "primary"}
        busy={remove.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => void run(asking!)}
      >
        {asking === "delete" ? (
          <p>Every file of “{topic}” — video, audio, transcript and chat — is deleted at Zoom. It does not go to the trash and cannot be recovered.</p>
        ) : (
          <p>“{topic}” and all its files stay in the trash for 30 days, then Zoom deletes them. You can recover them from the Trash tab until then.</p>
        )}
      </ConfirmDialog>
    </>
  );
}
