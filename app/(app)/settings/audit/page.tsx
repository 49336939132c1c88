import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuditLog } from "@/components/audit/audit-log";
import { AuditRetention } from "@/components/audit/audit-retention";
import { EmptyState } from "@/components/ui/empty-state";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { auditQueries } from "@/lib/queries/audit";
import { auditFilterOptionsFor, auditPageFor, auditSettingsFor } from "@/lib/services/audit";

export const metadata: Metadata = { title: "Audit log · Settings" };

export default async function AuditPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  if (!isAdminRole(viewer.role)) {
    return <EmptyState title="Only admins and owners can read the audit log">Ask an owner or admin of your workspace if you need to know who changed something.</EmptyState>;
  }
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchInfiniteQuery({ ...auditQueries.list({}), queryFn: () => auditPageFor(viewer, { pageSize: 50 }) }),
    queryClient.prefetchQuery({ ...auditQueries.filters(), queryFn: () => auditFilterOptionsFor(viewer) }),
    queryClient.prefetchQuery({ ...auditQueries.settings(), queryFn: () => auditSettingsFor(viewer) }),
  ]);
  return (
    <section aria-labelledby="audit-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="audit-heading" className="mb-1 text-lg font-semibold text-slate-900 dark:text-white">
            Audit log
          </h2>
          <p className="max-w-2xl text-sm text-slate-600 dark:text-slate-400">
            Every change made through this dashboard: who made it, to what, from where and whether Zoom accepted it. Entries cannot be edited or deleted; message text, captions and secrets are never kept.
          </p>
        </div>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <AuditRetention />
        <AuditLog />
      </HydrationBoundary>
    </section>
  );
}
