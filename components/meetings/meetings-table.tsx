"use client";

/**
 * A host's meetings by Zoom's list types (Upcoming / Live / Previous / All scheduled), page by
 * page through `next_page_token` ("Load more" never pretends the first page is everything),
 * searchable over what is loaded, sortable by start time. Tab and host live in the URL.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { HostPicker, useHostNames } from "@/components/meetings/host-picker";
import { MeetingDeleteDialog, type DeleteTarget } from "@/components/meetings/meeting-delete-dialog";
import { MeetingRowActions } from "@/components/meetings/meeting-row-actions";
import { ListFooter, ListError } from "@/components/meetings/list-footer";
import { formatMeetingId, itemStatus, matchesSearch, scheduleKind, scheduleKindLabel, statusLabel } from "@/components/meetings/format";
import { StartTimeCell } from "@/components/meetings/start-time-cell";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { formatDuration, useNow } from "@/components/ui/time";
import { MEETING_TABS, parseMeetingTab } from "@/components/meetings/meeting-tabs";
import { meetingQueries } from "@/lib/queries/meetings";
import type { ZoomMeetingSummary } from "@/lib/zoom/types/meeting";

export function MeetingsTable({ isAdmin, viewerZoomUserId, viewerName }: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const tab = parseMeetingTab(params.get("tab"));
  const host = (isAdmin && params.get("host")) || "me";
  const [search, setSearch] = useState("");
  const [sorting, setSorting] = useState<SortingState>([{ id: "start", desc: tab === "previous_meetings" }]);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };

  const list = useInfiniteQuery(meetingQueries.list({ userId: host, type: tab }));
  // Zoom's list items carry no live status; the Live list marks them in every tab.
  const liveList = useInfiniteQuery({ ...meetingQueries.list({ userId: host, type: "live" }), select: (data) => new Set(data.pages.flatMap((p) => p.meetings.map((m) => m.id))) });
  const names = useHostNames(isAdmin);
  const now = useNow() ?? 0;

  const rows = useMemo(() => {
    const seen = new Set<string>();
    const all = (list.data?.pages ?? []).flatMap((page) => page.meetings);
    return all.filter((m) => {
      const key = `${m.id}:${m.start_time ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return matchesSearch(m, search);
    });
  }, [list.data, search]);
  const loaded = (list.data?.pages ?? []).reduce((sum, page) => sum + page.meetings.length, 0);
  const total = list.data?.pages[0]?.totalRecords ?? null;

  const columns = useMemo<ColumnDef<ZoomMeetingSummary>[]>(
    () => [
      {
        id: "topic",
        header: "Topic",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="min-w-48">
            {/* One link per row: prefetching them all would render every meeting page (and call Zoom) on load. */}
            <Link href={`/meetings/${row.original.id}`} prefetch={false} className="font-medium text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
              {row.original.topic}
            </Link>
            <div className="font-mono text-xs text-slate-500 dark:text-slate-400">{formatMeetingId(row.original.id)}</div>
          </div>
        ),
      },
      {
        id: "start",
        header: "Start",
        accessorFn: (m) => m.start_time,
        // ISO times sort as text; meetings without a fixed time go last.
        sortingFn: "basic",
        sortUndefined: "last",
        cell: ({ row }) => <StartTimeCell start={row.original.start_time} meetingZone={row.original.timezone} />,
      },
      { id: "duration", header: "Duration", enableSorting: false, cell: ({ row }) => <span className="whitespace-nowrap">{formatDuration(row.original.duration)}</span> },
      {
        id: "host",
        header: "Host",
        enableSorting: false,
        cell: ({ row }) => <span className="whitespace-nowrap">{row.original.host_id === viewerZoomUserId ? `${viewerName} (you)` : (names.get(row.original.host_id) ?? "—")}</span>,
      },
      {
        id: "recurrence",
        header: "Recurrence",
        enableSorting: false,
        cell: ({ row }) => {
          const kind = scheduleKind(row.original.type);
          return <Badge tone={kind === "single" ? "neutral" : "brand"}>{scheduleKindLabel[kind]}</Badge>;
        },
      },
      {
        id: "status",
        header: "Status",
        enableSorting: false,
        cell: ({ row }) => {
          const status = tab === "previous_meetings" ? "ended" : itemStatus(row.original, liveList.data?.has(row.original.id) ?? tab === "live", now);
          return <Badge tone={status === "live" ? "live" : status === "ended" ? "neutral" : "success"}>{statusLabel[status]}</Badge>;
        },
      },
      {
        id: "actions",
        header: "Actions",
        enableSorting: false,
        meta: { className: "w-12 text-right", srOnlyHeader: true },
        cell: ({ row }) => (
          <MeetingRowActions
            meeting={row.original}
            basePath="/meetings"
            onDelete={() => setDeleting({ id: row.original.id, topic: row.original.topic, recurring: scheduleKind(row.original.type) !== "single" })}
          />
        ),
      },
    ],
    [names, viewerZoomUserId, viewerName, tab, liveList.data, now],
  );

  // TanStack Table keeps mutable state the React Compiler cannot memoize; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const idBase = "meetings";
  const emptyText = search ? `No loaded meeting matches “${search}”.` : MEETING_TABS.find((t) => t.value === tab)!.empty;

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        {isAdmin ? <HostPicker value={host} onChange={(value) => setParam("host", value === "me" ? null : value)} viewerZoomUserId={viewerZoomUserId} /> : null}
        <TextField
          label="Search meetings"
          type="search"
          placeholder="Topic or meeting ID"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="w-full sm:w-80"
          hint={list.hasNextPage ? `Searches the ${loaded} meetings loaded so far.` : undefined}
        />
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="px-4 pt-2">
          <Tabs label="Meeting lists" idBase={idBase} items={MEETING_TABS.map(({ value, label }) => ({ value, label, count: value === tab ? total : undefined }))} value={tab} onChange={(value) => setParam("tab", value === "upcoming" ? null : value)} />
        </div>
        <TabPanel idBase={idBase} value={tab}>
          {list.isPending ? (
            <SkeletonRows label="Loading meetings" />
          ) : list.isError && !list.data ? (
            <ListError error={list.error} onRetry={() => void list.refetch()} what="meetings" />
          ) : (
            <>
              <DataTable table={table} caption={`${MEETING_TABS.find((t) => t.value === tab)!.label} meetings`} empty={emptyText} />
              <ListFooter loaded={loaded} total={total} noun="meetings" query={list} />
            </>
          )}
        </TabPanel>
      </div>
      <MeetingDeleteDialog target={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
