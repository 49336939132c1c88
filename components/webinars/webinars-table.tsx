"use client";

/** A host's webinars (Upcoming / All scheduled), paged through `next_page_token`, searchable, sortable. */
import { useInfiniteQuery } from "@tanstack/react-query";
import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { formatMeetingId, itemStatus, matchesSearch, scheduleKind, scheduleKindLabel, statusLabel } from "@/components/meetings/format";
import { HostPicker, useHostNames } from "@/components/meetings/host-picker";
import { ListError, ListFooter } from "@/components/meetings/list-footer";
import type { DeleteTarget } from "@/components/meetings/meeting-delete-dialog";
import { MeetingRowActions } from "@/components/meetings/meeting-row-actions";
import { StartTimeCell } from "@/components/meetings/start-time-cell";
import { WebinarDeleteDialog } from "@/components/webinars/webinar-delete-dialog";
import { parseWebinarTab, WEBINAR_TABS } from "@/components/webinars/webinar-tabs";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { formatDuration, useNow } from "@/components/ui/time";
import { webinarQueries } from "@/lib/queries/webinars";
import type { ZoomWebinarSummary } from "@/lib/zoom/types/webinar";

export function WebinarsTable({ isAdmin, viewerZoomUserId, viewerName }: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const tab = parseWebinarTab(params.get("tab"));
  const host = (isAdmin && params.get("host")) || "me";
  const [search, setSearch] = useState("");
  const [sorting, setSorting] = useState<SortingState>([{ id: "start", desc: false }]);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const list = useInfiniteQuery(webinarQueries.list({ userId: host, type: tab }));
  const names = useHostNames(isAdmin);
  const now = useNow() ?? 0;

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };

  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((page) => page.webinars).filter((w) => matchesSearch(w, search)), [list.data, search]);
  const loaded = (list.data?.pages ?? []).reduce((sum, page) => sum + page.webinars.length, 0);
  const total = list.data?.pages[0]?.totalRecords ?? null;

  const columns = useMemo<ColumnDef<ZoomWebinarSummary>[]>(
    () => [
      {
        id: "topic",
        header: "Topic",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="min-w-48">
            <Link href={`/webinars/${row.original.id}`} prefetch={false} className="font-medium text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
              {row.original.topic}
            </Link>
            <div className="font-mono text-xs text-slate-500 dark:text-slate-400">{formatMeetingId(row.original.id)}</div>
          </div>
        ),
      },
      { id: "start", header: "Start", accessorFn: (w) => w.start_time, sortingFn: "basic", sortUndefined: "last", cell: ({ row }) => <StartTimeCell start={row.original.start_time} meetingZone={row.original.timezone} /> },
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
          const status = itemStatus(row.original, false, now);
          return <Badge tone={status === "ended" ? "neutral" : "success"}>{statusLabel[status]}</Badge>;
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
            basePath="/webinars"
            onDelete={() => setDeleting({ id: row.original.id, topic: row.original.topic, recurring: scheduleKind(row.original.type) !== "single" })}
          />
        ),
      },
    ],
    [names, viewerZoomUserId, viewerName, now],
  );
  // TanStack Table keeps mutable state the React Compiler cannot memoize; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const current = WEBINAR_TABS.find((t) => t.value === tab)!;

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        {isAdmin ? <HostPicker value={host} onChange={(value) => setParam("host", value === "me" ? null : value)} viewerZoomUserId={viewerZoomUserId} /> : null}
        <TextField label="Search webinars" type="search" placeholder="Topic or webinar ID" value={search} onChange={(event) => setSearch(event.target.value)} className="w-full sm:w-80" />
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="px-4 pt-2">
          <Tabs label="Webinar lists" idBase="webinars" items={WEBINAR_TABS.map(({ value, label }) => ({ value, label, count: value === tab ? total : undefined }))} value={tab} onChange={(value) => setParam("tab", value === "upcoming" ? null : value)} />
        </div>
        <TabPanel idBase="webinars" value={tab}>
          {list.isPending ? (
            <SkeletonRows label="Loading webinars" />
          ) : list.isError && !list.data ? (
            <ListError error={list.error} onRetry={() => void list.refetch()} what="webinars" />
          ) : (
            <>
              <DataTable table={table} caption={`${current.label} webinars`} empty={search ? `No loaded webinar matches “${search}”.` : current.empty} />
              <ListFooter loaded={loaded} total={total} noun="webinars" query={list} />
            </>
          )}
        </TabPanel>
      </div>
      <WebinarDeleteDialog target={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
