"use client";

/**
 * The account's users for admins: by status, paged through `next_page_token`. A search looks through
 * every page (Zoom's user list has no text filter); status and search live in the URL.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { ListError, ListFooter } from "@/components/ui/list-footer";
import { searchMessages, useLoadAllWhile } from "@/components/scheduled/list-search";
import { useSearchParam, useTabParam } from "@/components/scheduled/list-url-state";
import { canHost, displayName, userStatusLabel, userTypeLabel } from "@/components/users/user-labels";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn, byId } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { ActionsMenu } from "@/components/ui/menu";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { formatDate, useViewerTimeZone } from "@/components/ui/time";
import { userQueries } from "@/lib/queries/users";
import type { UserStatus, ZoomUserSummary } from "@/lib/zoom/types/user";

const STATUSES: { value: UserStatus; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "pending", label: "Pending" },
  { value: "inactive", label: "Deactivated" },
];
const STATUS_VALUES = STATUSES.map((s) => s.value);

export function UsersTable() {
  const [status, setStatus] = useTabParam("status", STATUS_VALUES, "active");
  const [search, setSearch] = useSearchParam();
  const zone = useViewerTimeZone();
  const list = useInfiniteQuery(userQueries.list(status));
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (list.data?.pages ?? []).flatMap((p) => p.users).filter((u) => !q || displayName(u).toLowerCase().includes(q) || u.email.toLowerCase().includes(q) || (u.dept ?? "").toLowerCase().includes(q));
  }, [list.data, search]);
  const loaded = (list.data?.pages ?? []).reduce((sum, p) => sum + p.users.length, 0);
  const total = list.data?.pages[0]?.totalRecords ?? null;
  const { searching, capped } = useLoadAllWhile(list, search.trim() !== "", loaded);
  const messages = searchMessages({ plural: "users", search, searching, capped, loaded, total });

  const columns = useMemo<DataColumn<ZoomUserSummary>[]>(
    () => [
      {
        id: "name",
        header: "Name",
        cell: (user) => (
          <div className="flex items-center gap-3">
            <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-700 dark:bg-brand-600/20 dark:text-brand-100">
              {displayName(user)
                .split(/\s+/)
                .map((p) => p[0])
                .join("")
                .slice(0, 2)
                .toUpperCase()}
            </span>
            <div>
              <div className="font-medium text-slate-900 dark:text-white">{displayName(user)}</div>
              <div className="text-xs text-slate-500 dark:text-slate-400">{user.email}</div>
            </div>
          </div>
        ),
      },
      { id: "type", header: "Type", cell: (user) => <Badge tone={user.type === 2 ? "brand" : "neutral"}>{userTypeLabel[user.type] ?? user.type}</Badge> },
      {
        id: "status",
        header: "Status",
        cell: (user) => {
          const s = user.status ?? status;
          return <Badge tone={s === "active" ? "success" : s === "pending" ? "warning" : "danger"}>{userStatusLabel[s]}</Badge>;
        },
      },
      { id: "dept", header: "Department", cell: (user) => user.dept || "—" },
      { id: "timezone", header: "Time zone", cell: (user) => <span className="whitespace-nowrap">{user.timezone?.replaceAll("_", " ") ?? "—"}</span> },
      {
        id: "lastLogin",
        header: "Last sign-in",
        cell: (user) => (user.last_login_time && zone ? <span className="whitespace-nowrap">{formatDate(user.last_login_time, zone)}</span> : <span className="text-slate-500 dark:text-slate-400">Never</span>),
      },
      {
        id: "actions",
        header: "Actions",
        className: "w-12 text-right",
        srOnlyHeader: true,
        cell: (user) =>
          canHost(user.type) && (user.status ?? status) === "active" ? (
            <ActionsMenu
              label={`Actions for ${displayName(user)}`}
              items={[
                { label: "Schedule a meeting", href: `/meetings/new?host=${encodeURIComponent(user.id)}` },
                { label: "View meetings", href: `/meetings?host=${encodeURIComponent(user.id)}` },
              ]}
            />
          ) : null,
      },
    ],
    [status, zone],
  );

  return (
    <div className="space-y-4">
      <div className="w-full sm:w-80">
        <TextField label="Search users" type="search" placeholder="Name, email or department" value={search} onChange={(event) => setSearch(event.target.value)} />
        {/* Always rendered, so screen readers announce each change of the search's progress. */}
        <p role="status" className="mt-1.5 min-h-4 text-xs text-slate-500 dark:text-slate-400">
          {messages.status}
        </p>
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="px-4 pt-2">
          <Tabs
            label="User status"
            idBase="users"
            items={STATUSES.map((s) => ({ ...s, count: s.value === status ? total : undefined }))}
            value={status}
            onChange={(value) => void setStatus(value)}
          />
        </div>
        <TabPanel idBase="users" value={status}>
          {list.isPending ? (
            <SkeletonRows label="Loading users" />
          ) : list.isError && !list.data ? (
            <ListError error={list.error} onRetry={() => void list.refetch()} what="users" />
          ) : (
            <>
              <DataTable rows={rows} rowKey={byId} columns={columns} caption={`${STATUSES.find((s) => s.value === status)!.label} users`} empty={messages.empty ?? "No users with this status."} />
              <ListFooter loaded={loaded} total={total} noun="users" query={list} />
            </>
          )}
        </TabPanel>
      </div>
      <p className="text-sm text-slate-500 dark:text-slate-400">
        To act for one of these people, open their meetings from the ⋯ menu, or pick them as host on the <Link className="text-brand-700 underline dark:text-brand-100" href="/meetings">Meetings</Link> page.
      </p>
    </div>
  );
}
