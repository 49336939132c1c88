"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { toastError } from "@/components/ui/toast";
import type { JobView } from "@/lib/jobs/types";
import { runMutation } from "@/lib/queries/http";
import { useCancelJob } from "@/lib/queries/jobs";

/**
 * Cancel a queued or running job, after a question: what already happened at Zoom stays (people
 * already registered keep their links), only the items not started are dropped.
 */
export function JobCancel({ job }: { job: JobView }) {
  const [open, setOpen] = useState(false);
  const cancel = useCancelJob();
  const close = () => setOpen(false);
  return (
    <>
      <Button variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => setOpen(true)}>
        Cancel…
      </Button>
      <Dialog
        open={open}
        onClose={close}
        busy={cancel.isPending}
        closeOnBackdrop={false}
        size="sm"
        title="Cancel this job?"
        footer={
          <>
            <Button variant="secondary" onClick={close} disabled={cancel.isPending}>
              Keep it running
            </Button>
            <Button
              variant="danger"
              disabled={cancel.isPending}
              onClick={() =>
                runMutation(cancel, job.id, {
                  onSuccess: close,
                  onError: (error) => {
                    close();
                    toastError("The job could not be cancelled", error);
                  },
                })
              }
            >
              {cancel.isPending ? "Cancelling…" : "Cancel the job"}
            </Button>
          </>
        }
      >
        <p className="text-sm text-slate-600 dark:text-slate-300">
          “{job.label}” stops after the item it is working on. What is already done at Zoom stays done; the {job.remaining.toLocaleString("en-US")} not started yet are dropped.
        </p>
      </Dialog>
    </>
  );
}
