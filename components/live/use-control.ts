"use client";

/** Sends in-meeting controls for one card and remembers what Zoom answered to the last one. */
import { useState } from "react";
import type { Outcome } from "@/components/live/action-outcome";
import { useLiveEvent } from "@/lib/queries/live";
import type { LiveEvent } from "@/lib/schemas/live";

export function useControl(meetingId: string) {
  const mutation = useLiveEvent(meetingId);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const send = async (event: LiveEvent, label: string): Promise<boolean> => {
    setOutcome(null);
    try {
      const res = await mutation.mutateAsync(event);
      setOutcome({ ok: true, label, at: res.at });
      return true;
    } catch (error) {
      setOutcome({ ok: false, label, error });
      return false;
    }
  };
  return { send, outcome, pending: mutation.isPending, pendingMethod: mutation.isPending ? mutation.variables?.method : undefined };
}
