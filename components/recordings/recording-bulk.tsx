"use client";

/**
 * Trash or delete a selection of recordings as a background job: a confirmation that names what
 * will happen, then the job's progress with a result per recording. The list is refreshed when the
 * job ends — watched through the same job query `JobProgress` polls, so no second poll runs.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { JobProgress } from "@/components/jobs/job-progress";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toastError } from "@/components/ui/toast";
import { isFinished } from "@/lib/jobs/types";
import { jobQueries } from "@/lib/queries/jobs";
import { recordingKeys, useStartRecordingBulk } from "@/lib/queries/recordings";
import type { RecordingView } from "@/lib/zoom/types/recording";

type Action = "trash" | "delete";

/**
 * A running bulk job's progress, kept by the list page itself (not by the selection bar, which the
 * Trash tab or a new date range unmounts): switching tabs keeps the panel, and every recordings list
 * — the Trash tab's too — is refreshed when the job ends.
 */
export function RecordingBulkJob({ jobId, onDismiss }: { jobId: string | null; onDismiss: () => void }) {
  const queryClient = useQueryClient();
  const job = useQuery({ ...jobQueries.detail(jobId ?? "", "all"), enabled: jobId !== null });
  const finished = job.data ? isFinished(job.data.state) : false;
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: recordingKeys.lists() });
  }, [finished, queryClient]);
  if (!jobId) return null;
  return (
    <div className="border-b border-slate-200 px-4 py-3 dark:border-slate-800">
      <JobProgress jobId={jobId} items="all" />
      {finished ? (
        <Button variant="ghost" className="mt-2" onClick={onDismiss}>
          Dismiss
        </Button>
      ) : null}
    </div>
  );
}

export function RecordingBulkBar({ selected, onDone, onStarted, selectAll }: { selected: RecordingView[]; onDone: () => void; onStarted: (jobId: string) => void; selectAll: ReactNode }) {
  const [asking, setAsking] = useState<Action | null>(null);
  const start = useStartRecordingBulk();

  const count = selected.length;
  const noun = count === 1 ? "recording" : "recordings";
  const run = async (action: Action) => {
    try {
      const created = await start.mutateAsync({ action, recordings: selected.map((r) => ({ uuid: r.uuid, topic: r.topic })) });
      onStarted(created.id);
      setAsking(null);
      onDone();
    } catch (error) {
      setAsking(null);
      toastError(action === "trash" ? "Could not move the recordings to the trash" : "Could not delete the recordings", error);
    }
  };

  return (
    <>
      <div className={cn("flex min-h-13 flex-wrap items-center gap-3 border-b px-4 py-2 text-sm", count > 0 ? "border-brand-100 bg-brand-50/70 dark:border-brand-600/30 dark:bg-brand-600/10" : "border-slate-200 dark:border-slate-800")}>
        {selectAll}
        <p aria-live="polite" className="font-medium text-brand-800 dark:text-brand-100">
          {count > 0 ? `${count} ${noun} selected` : ""}
        </p>
        {count > 0 ? (
          <div className="ml-auto flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setAsking("trash")}>
              Move to trash
            </Button>
            <Button variant="danger" onClick={() => setAsking("delete")}>
              Delete for good
            </Button>
          </div>
        ) : null}
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={asking === "delete" ? `Delete ${count} ${noun} for good?` : `Move ${count} ${noun} to the trash?`}
        confirmLabel={asking === "delete" ? "Delete for good" : "Move to trash"}
        tone={asking === "delete" ? "danger" : "primary"}
        busy={start.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => void run(asking!)}
      >
        {asking === "delete" ? (
          <p>Every file of the selected {noun} — video, audio, transcript and chat — is deleted at Zoom. This cannot be undone.</p>
        ) : (
          <p>The {noun} stay in the trash for 30 days; you can recover them from the Trash tab until then.</p>
        )}
        <ul className="mt-3 max-h-40 list-disc space-y-0.5 overflow-y-auto pl-5">
          {selected.slice(0, 20).map((r) => (
            <li key={r.uuid}>{r.topic}</li>
          ))}
          {count > 20 ? <li>and {count - 20} more</li> : null}
        </ul>
      </ConfirmDialog>
    </>
  );
}
