"use client";

/**
 * What the meetings and webinars tables share: the columns and the frame (host picker, search with
 * its live status, tabs, table, "Load more"). Each table keeps its own query, tabs, row filtering
 * and status rule — meetings know about live and previous lists, webinars do not. URL state lives
 * in list-url-state.ts, search in list-search.ts.
 */
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { formatMeetingId, scheduleKind, scheduleKindLabel, statusLabel, type ItemStatus } from "@/components/scheduled/format";
import { HostPicker } from "@/components/scheduled/host-picker";
import { ListError, ListFooter } from "@/components/ui/list-footer";
import type { DeleteTarget } from "@/components/scheduled/scheduled-delete-dialog";
import { ScheduledRowActions } from "@/components/scheduled/scheduled-row-actions";
import { StartTimeCell } from "@/components/scheduled/start-time-cell";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { formatDuration } from "@/components/ui/time";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/** A list row, as Zoom's meeting and webinar list items both have it. */
export interface ScheduledRow {
  id: number;
  topic: string;
  type: number;
  host_id: string;
  start_time?: string;
  duration?: number;
  timezone?: string;
  join_url?: string;
}

export function scheduledColumns<R extends ScheduledRow>({
  basePath,
  names,
  viewerZoomUserId,
  viewerName,
  statusOf,
  onDelete,
}: {
  basePath: "/meetings" | "/webinars";
  names: Map<string, string>;
  viewerZoomUserId: string;
  viewerName: string;
  statusOf: (row: R) => ItemStatus;
  onDelete: (target: DeleteTarget) => void;
}): ColumnDef<R>[] {
  return [
    {
      id: "topic",
      header: "Topic",
      enableSorting: false,
      cell: ({ row }) => (
        <div className="min-w-48">
          {/* One link per row: prefetching them all would render every item's page (and call Zoom) on load. */}
          <Link href={`${basePath}/${row.original.id}`} prefetch={false} className="font-medium text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
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
      // ISO times sort as text; items without a fixed time go last.
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
        const status = statusOf(row.original);
        return <Badge tone={status === "live" ? "live" : status === "ended" ? "neutral" : "success"}>{statusLabel[status]}</Badge>;
      },
    },
    {
      id: "actions",
      header: "Actions",
      enableSorting: false,
      meta: { className: "w-12 text-right", srOnlyHeader: true },
      cell: ({ row }) => (
        <ScheduledRowActions
          meeting={row.original}
          basePath={basePath}
          onDelete={() => onDelete({ id: row.original.id, topic: row.original.topic, recurring: scheduleKind(row.original.type) !== "single" })}
        />
      ),
    },
  ];
}

export function ScheduledList<R, P extends { totalRecords: number | null }, T extends string>({
  noun,
  isAdmin,
  viewerZoomUserId,
  host,
  onHostChange,
  search,
  onSearchChange,
  searchStatus,
  searchEmpty,
  tabs,
  tab,
  onTabChange,
  list,
  loaded,
  rows,
  columns,
  initialSortDesc,
  deleteDialog,
}: {
  noun: ScheduledKind;
  isAdmin: boolean;
  viewerZoomUserId: string;
  host: string;
  onHostChange: (host: string) => void;
  search: string;
  onSearchChange: (value: string) => void;
  /** What the search is doing ("Searching all 312 meetings…"), for the live region. */
  searchStatus: string;
  /** What an empty table says while a search is on; null when no search is. */
  searchEmpty: string | null;
  tabs: { value: T; label: string; empty: string }[];
  tab: T;
  onTabChange: (tab: T) => void;
  list: UseInfiniteQueryResult<InfiniteData<P>, Error>;
  loaded: number;
  rows: R[];
  columns: ColumnDef<R>[];
  /** Start times newest first (a list of past items) or soonest first. */
  initialSortDesc: boolean;
  deleteDialog: ReactNode;
}) {
  const [sorting, setSorting] = useState<SortingState>([{ id: "start", desc: initialSortDesc }]);
  // TanStack Table keeps mutable state the React Compiler cannot memoize; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const plural = `${noun}s`;
  const total = list.data?.pages[0]?.totalRecords ?? null;
  const current = tabs.find((t) => t.value === tab)!;
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        {isAdmin ? <HostPicker value={host} onChange={onHostChange} viewerZoomUserId={viewerZoomUserId} /> : null}
        <div className="w-full sm:w-80">
          <TextField label={`Search ${plural}`} type="search" placeholder={`Topic or ${noun} ID`} value={search} onChange={(event) => onSearchChange(event.target.value)} />
          {/* Always rendered, so screen readers announce each change of the search's progress. */}
          <p role="status" className="mt-1.5 min-h-4 text-xs text-slate-500 dark:text-slate-400">
            {searchStatus}
          </p>
        </div>
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="px-4 pt-2">
          <Tabs
            label={`${noun === "meeting" ? "Meeting" : "Webinar"} lists`}
            idBase={plural}
            items={tabs.map(({ value, label }) => ({ value, label, count: value === tab ? total : undefined }))}
            value={tab}
            onChange={onTabChange}
          />
        </div>
        <TabPanel idBase={plural} value={tab}>
          {list.isPending ? (
            <SkeletonRows label={`Loading ${plural}`} />
          ) : list.isError && !list.data ? (
            <ListError error={list.error} onRetry={() => void list.refetch()} what={plural} />
          ) : (
            <>
              <DataTable table={table} caption={`${current.label} ${plural}`} empty={searchEmpty ?? current.empty} />
              <ListFooter loaded={loaded} total={total} noun={plural} query={list} />
            </>
          )}
        </TabPanel>
      </div>
      {deleteDialog}
    </div>
  );
}
