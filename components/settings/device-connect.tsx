"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { toast } from "@/components/ui/toast";
import { useNow } from "@/components/settings/use-now";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { PendingDeviceView } from "@/lib/auth/connections";
import { describeExpiry } from "@/lib/auth/expiry";
import { connectionKeys, connectionQueries, useCancelDevice, useStartDevice } from "@/lib/queries/connections";

/** Device OAuth: show the code and link, poll at Zoom's interval, and report approval, denial or expiry. */
export function DeviceConnect({ pending }: { pending: PendingDeviceView | null }) {
  const [device, setDevice] = useState<PendingDeviceView | null>(pending);
  const start = useStartDevice();
  const cancel = useCancelDevice();
  return (
    <Card title="Connect with a device code">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        For when the browser you use the dashboard in cannot reach Zoom&apos;s sign-in page: approve a short code on any device where you are
        signed in to Zoom. It replaces your current Zoom connection.
      </p>
      {device ? (
        <DeviceProgress
          key={device.id}
          device={device}
          onRestart={() => setDevice(null)}
          onCancel={() => cancel.mutate(device.id, { onSettled: () => setDevice(null) })}
        />
      ) : (
        <div className="mt-4">
          <Button
            variant="secondary"
            disabled={start.isPending}
            aria-busy={start.isPending}
            onClick={() => start.mutate(undefined, { onSuccess: setDevice, onError: (error) => toast.error(error.message) })}
          >
            {start.isPending ? "Asking Zoom for a code…" : "Connect with a device code"}
          </Button>
        </div>
      )}
    </Card>
  );
}

function DeviceProgress({ device, onRestart, onCancel }: { device: PendingDeviceView; onRestart: () => void; onCancel: () => void }) {
  const queryClient = useQueryClient();
  const now = useNow();
  const poll = useQuery(connectionQueries.devicePoll(device.id, device.intervalSeconds));
  const result = poll.data;
  useEffect(() => {
    if (result?.status !== "approved") return;
    toast.success("Zoom connected with a device code.");
    void queryClient.invalidateQueries({ queryKey: connectionKeys.all });
  }, [result?.status, queryClient]);

  if (result?.status === "approved") {
    return <p role="status" className="mt-4 text-sm font-medium text-emerald-800 dark:text-emerald-300">Approved: your Zoom connection now uses the device code.</p>;
  }
  if (result?.status === "denied" || result?.status === "expired" || poll.error) {
    return (
      <div className="mt-4 space-y-3">
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {result?.status === "denied" ? "Denied. " : result?.status === "expired" ? "Expired. " : ""}
          {result && "message" in result ? result.message : poll.error?.message}
        </p>
        <Button variant="secondary" onClick={onRestart}>
          Start again
        </Button>
      </div>
    );
  }
  const interval = result?.status === "pending" ? result.intervalSeconds : device.intervalSeconds;
  const link = device.verificationUriComplete ?? device.verificationUri;
  return (
    <div className="mt-4 space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        1. Open{" "}
        <a href={link} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 underline dark:text-brand-100">
          Zoom&apos;s verification page
        </a>{" "}
        ({device.verificationUri}).
      </p>
      <div className="text-sm text-slate-700 dark:text-slate-300">
        2. Enter this code and approve:
        <output aria-label="Your device code" className="mt-1 block font-mono text-2xl font-semibold tracking-[0.3em] text-slate-900 dark:text-white">
          {device.userCode}
        </output>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
        Waiting for approval — checking every {interval === 1 ? "second" : `${interval} seconds`}.
        {result?.status === "pending" && result.message ? ` ${result.message}` : ""}
        {now === null ? "" : Date.parse(device.expiresAt) > now ? ` The code expires ${describeExpiry(device.expiresAt, now)}.` : " The code has expired."}
      </p>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
