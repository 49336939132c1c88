"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { signInWithZoom } from "@/components/auth/auth-actions";
import { Button, buttonClass } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ConnectionAlert } from "@/lib/auth/connections";
import type { WorkspaceRole } from "@/lib/auth/viewer-type";
import { connectionKeys, connectionQueries, useReconnectS2S } from "@/lib/queries/connections";
import { runMutation } from "@/lib/queries/http";

/**
 * The "needs reconnect" banner across the dashboard, with a one-click fix. Rendered from the
 * server's view, then refreshed when any query or mutation fails with `needs_reconnect` (a token Zoom refused
 * mid-session), so the banner appears without a page load.
 */
export function ConnectionBanner({ initialAlerts, role }: { initialAlerts: ConnectionAlert[]; role: WorkspaceRole }) {
  const queryClient = useQueryClient();
  const { data: alerts = initialAlerts } = useQuery({ ...connectionQueries.alerts(), initialData: initialAlerts });
  useEffect(() => {
    const recheck = (error: unknown) => {
      if ((error as { code?: string } | null)?.code === "needs_reconnect") void queryClient.invalidateQueries({ queryKey: connectionKeys.alerts() });
    };
    const offQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") recheck(event.action.error);
    });
    const offMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") recheck(event.action.error);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [queryClient]);
  if (alerts.length === 0) return null;
  return (
    <div role="region" aria-label="Zoom connection problems" className="border-b border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950">
      {alerts.map((alert) => (
        <div key={`${alert.level}-${alert.connectionId ?? "none"}`} className="mx-auto flex max-w-[1400px] flex-wrap items-center gap-3 px-4 py-2.5 sm:px-8">
          <p className="text-sm font-medium text-amber-950 dark:text-amber-100">{alert.message}</p>
          <BannerAction alert={alert} role={role} />
        </div>
      ))}
    </div>
  );
}

function BannerAction({ alert, role }: { alert: ConnectionAlert; role: WorkspaceRole }) {
  const reconnect = useReconnectS2S();
  if (alert.level === "user") {
    return (
      <Button className="py-1.5" onClick={() => void signInWithZoom(window.location.pathname)}>
        Reconnect Zoom
      </Button>
    );
  }
  if (role !== "owner") {
    return (
      <Link href="/settings/connections" className={buttonClass("secondary", "py-1.5")}>
        See connections
      </Link>
    );
  }
  return (
    <Button
      className="py-1.5"
      disabled={reconnect.isPending}
      aria-busy={reconnect.isPending}
      onClick={() =>
        runMutation(reconnect, undefined, {
          onSuccess: () => toast.success("The Server-to-Server connection works again."),
          onError: (error) => toast.error(`${error.message} Check the credentials in Settings → Connections.`),
        })
      }
    >
      {reconnect.isPending ? "Reconnecting…" : "Reconnect account connection"}
    </Button>
  );
}
