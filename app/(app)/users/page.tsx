import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { UsersHeaderActions } from "@/components/users/users-header-actions";
import { UsersTable } from "@/components/users/users-table";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { userQueries, USER_PAGE_SIZE } from "@/lib/queries/users";
import type { UserStatus } from "@/lib/zoom/types/user";
import { userPageFor } from "@/lib/services/account";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  if (!isAdminRole(viewer.role)) {
    return (
      <>
        <PageHeader title="Users" />
        <EmptyState title="Only workspace admins can see the account's users">Ask an admin or the workspace owner if you need someone added.</EmptyState>
      </>
    );
  }
  const raw = (await searchParams).status;
  const status: UserStatus = raw === "pending" || raw === "inactive" ? raw : "active";
  return (
    <>
      <PageHeader title="Users" description="Everyone in the Zoom account, with their licence and status." actions={<UsersHeaderActions />} />
      <Hydrate
        prefetch={(client) =>
          client.prefetchInfiniteQuery({
            ...userQueries.list(status),
            queryFn: () => userPageFor(viewer, { status, page_size: USER_PAGE_SIZE }),
          })
        }
      >
        <UsersTable />
      </Hydrate>
    </>
  );
}
