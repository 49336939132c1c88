"use client";

/** Cloud recording of a live meeting: start, pause, resume, stop — each answered by Zoom. */
import { useId } from "react";
import { ActionOutcome, DisabledReason } from "@/components/live/action-outcome";
import { useControl } from "@/components/live/use-control";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ControlAvailability } from "@/lib/zoom/types/live";

const ACTIONS = [
  { method: "recording.start", label: "Start recording", short: "Start", variant: "primary" },
  { method: "recording.pause", label: "Pause recording", short: "Pause", variant: "secondary" },
  { method: "recording.resume", label: "Resume recording", short: "Resume", variant: "secondary" },
  { method: "recording.stop", label: "Stop recording", short: "Stop", variant: "danger" },
] as const;

export function RecordingControls({ meetingId, availability }: { meetingId: string; availability: ControlAvailability }) {
  const reasonId = useId();
  const { send, outcome, pending, pendingMethod } = useControl(meetingId);
  return (
    <Card title="Cloud recording">
      <div className="grid grid-cols-2 gap-2">
        {ACTIONS.map((action) => (
          <Button
            key={action.method}
            variant={action.variant}
            disabled={!availability.enabled || pending}
            aria-describedby={availability.reason ? reasonId : undefined}
            onClick={() => void send({ method: action.method }, action.label)}
          >
            {pendingMethod === action.method ? "Sending…" : action.label}
          </Button>
        ))}
      </div>
      <DisabledReason id={reasonId} reason={availability.reason} />
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Records to the host&apos;s Zoom cloud. Zoom does not report the recording&apos;s state to apps, so each button shows Zoom&apos;s answer.</p>
      <ActionOutcome outcome={outcome} />
    </Card>
  );
}
