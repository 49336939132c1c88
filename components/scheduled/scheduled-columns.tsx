"use client";

/** The columns of the meetings and webinars tables (scheduled-table.tsx). */
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { formatMeetingId, scheduleKind, scheduleKindLabel, statusLabel, type ItemStatus } from "@/components/scheduled/format";
import type { DeleteTarget } from "@/components/scheduled/scheduled-delete-dialog";
import { ScheduledRowActions } from "@/components/scheduled/scheduled-row-actions";
import { StartTimeCell } from "@/components/scheduled/start-time-cell";
import { Badge } from "@/components/ui/badge";
import { formatDuration } from "@/components/ui/time";

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
