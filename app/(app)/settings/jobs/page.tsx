import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JobsTable } from "@/components/jobs/jobs-table";
import { EmptyState } from "@/components/ui/empty-state";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { jobQueries } from "@/lib/queries/jobs";
import { jobListFor } from "@/lib/services/jobs";

export const metadata: Metadata = { title: "Background jobs · Settings" };

export default async function JobsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  if (!isAdminRole(viewer.role)) {
    return (
      <EmptyState title="Only admins and owners can see the workspace's background jobs">
        Your own imports and bulk changes show their progress on the meeting&apos;s or webinar&apos;s Registrants tab.
      </EmptyState>
    );
  }
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({ ...jobQueries.list(), queryFn: () => jobListFor(viewer, {}) });
  return (
    <section aria-labelledby="jobs-heading">
      <h2 id="jobs-heading" className="mb-1 text-lg font-semibold text-slate-900 dark:text-white">
        Background jobs
      </h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        Registrant imports and bulk approvals run here, one registrant at a time within Zoom&apos;s rate limits, even after the person who started them leaves the page. The list shows the latest 50.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <JobsTable />
      </HydrationBoundary>
    </section>
  );
}
