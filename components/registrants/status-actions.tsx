"use client";

/**
 * Approve / deny / cancel registrations — a selection or one row — as a background job: ask first
 * (how many, and that Zoom may email them), start the job, then follow it with a result per
 * registrant and refresh the registrants when it ends.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { JobProgress } from "@/components/jobs/job-progress";
import { registrantName } from "@/components/registrants/registrant-rows";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ZoomErrorDetails } from "@/components/ui/toast";
import { runMutation } from "@/lib/queries/http";
import { registrantKeys, useStartStatusJob } from "@/lib/queries/registrants";
import type { RegistrantStatus, StatusAction } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { ZoomRegistrant } from "@/lib/zoom/types/registrant";

export const STATUS_LABELS: Record<RegistrantStatus, string> = { pending: "Pending", approved: "Approved", denied: "Denied" };

/** What can happen to a registrant of each tab (Zoom: `meetingRegistrantStatus` actions). */
export const ACTIONS_FOR: Record<RegistrantStatus, StatusAction[]> = { pending: ["approve", "deny"], approved: ["cancel", "deny"], denied: ["approve"] };

export const ACTION_LABELS: Record<StatusAction, string> = { approve: "Approve", deny: "Deny", cancel: "Cancel registration" };

const verb: Record<StatusAction, string> = { approve: "Approve", deny: "Deny", cancel: "Cancel the registration of" };

const people = (n: number) => (n === 1 ? "1 registrant" : `${n.toLocaleString("en-US")} registrants`);

interface Asked {
  action: StatusAction;
  registrants: ZoomRegistrant[];
  onStarted?: () => void;
}

export function useStatusChange(parent: ScheduledRef, occurrenceId: string | null) {
  const queryClient = useQueryClient();
  const start = useStartStatusJob(parent);
  const [asked, setAsked] = useState<Asked | null>(null);
  const [job, setJob] = useState<{ id: string; label: string } | null>(null);

  const confirm = () => {
    if (!asked) return;
    const { action, registrants, onStarted } = asked;
    runMutation(
      start,
      { action, registrants: registrants.map((r) => ({ id: r.id, email: r.email })), ...(occurrenceId ? { occurrenceId } : {}) },
      {
        onSuccess: (started) => {
          setJob({ id: started.id, label: started.label });
          setAsked(null);
          onStarted?.();
        },
      },
    );
  };
  const cancel = () => {
    setAsked(null);
    start.reset();
  };

  const n = asked?.registrants.length ?? 0;
  const only = n === 1 ? asked!.registrants[0]! : null;
  const dialog = (
    <ConfirmDialog
      open={asked !== null}
      title={asked ? `${ACTION_LABELS[asked.action]} ${people(n)}?` : ""}
      confirmLabel={asked ? `${ACTION_LABELS[asked.action]} ${people(n)}` : ""}
      tone={asked?.action === "approve" ? "primary" : "danger"}
      busy={start.isPending}
      onConfirm={confirm}
      onCancel={cancel}
    >
      {asked ? (
        <div className="space-y-3">
          <p>
            {verb[asked.action]} {only ? `${registrantName(only)} (${only.email})` : people(n)}
            {asked.action === "cancel" ? "; their join links stop working." : "."}
          </p>
          <p>Zoom may email {n === 1 ? "them" : "each of them"} about it, according to this {parent.kind}’s email notification settings in Zoom.</p>
          {start.error ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
              <ZoomErrorDetails error={start.error} />
            </p>
          ) : null}
        </div>
      ) : null}
    </ConfirmDialog>
  );

  // JobProgress is itself a region named by the job's label; only the way to put it away is added.
  const progress = job ? (
    <div className="space-y-2">
      <JobProgress jobId={job.id} items="all" onFinished={() => void queryClient.invalidateQueries({ queryKey: registrantKeys.parent(parent) })} />
      <div className="flex justify-end">
        <Button variant="ghost" onClick={() => setJob(null)}>
          Dismiss
        </Button>
      </div>
    </div>
  ) : null;

  return { ask: (next: Asked) => setAsked(next), dialog, progress };
}

export type StatusChange = ReturnType<typeof useStatusChange>;
