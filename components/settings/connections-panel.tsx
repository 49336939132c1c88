"use client";

import { useQuery } from "@tanstack/react-query";
import { AccountConnectionCard } from "@/components/settings/account-connection-card";
import { DeviceConnect } from "@/components/settings/device-connect";
import { OwnConnectionCard } from "@/components/settings/own-connection-card";
import { EmptyState } from "@/components/ui/empty-state";
import { connectionQueries } from "@/lib/queries/connections";

/** Settings → Connections: prefetched on the server, kept fresh here. */
export function ConnectionsPanel() {
  const { data, error } = useQuery(connectionQueries.overview());
  if (error) return <EmptyState title="Connections could not be loaded">{error.message}</EmptyState>;
  if (!data) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading connections…</p>;
  return (
    <div className="space-y-6">
      <OwnConnectionCard connection={data.own} />
      <DeviceConnect pending={data.pendingDevice} />
      {data.canSeeAccount ? <AccountConnectionCard overview={data} /> : null}
    </div>
  );
}
