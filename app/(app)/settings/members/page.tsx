import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MembersTable } from "@/components/settings/members-table";
import { EmptyState } from "@/components/ui/empty-state";
import { listMembers } from "@/lib/auth/members";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { memberQueries } from "@/lib/queries/members";

export const metadata: Metadata = { title: "Members · Settings" };

export default async function MembersPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  if (!isAdminRole(viewer.role)) {
    return (
      <EmptyState title="Only admins and owners can see members">
        Ask an owner or admin of {viewer.workspaceName} if you need someone&apos;s role changed.
      </EmptyState>
    );
  }
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({ ...memberQueries.list(), queryFn: () => listMembers(viewer) });
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-1 text-lg font-semibold text-slate-900 dark:text-white">
        Members
      </h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        People of your Zoom account join as members when they first sign in. Admins can promote, demote and remove them; only owners make owners.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <MembersTable viewer={{ userId: viewer.userId, role: viewer.role }} />
      </HydrationBoundary>
    </section>
  );
}
