"use client";

/** The columns of the meetings and webinars tables (scheduled-table.tsx). */
import Link from "next/link";
import { formatMeetingId, scheduleKind, scheduleKindLabel, statusLabel, type ItemStatus } from "@/components/scheduled/format";
import type { DeleteTarget } from "@/components/scheduled/scheduled-delete-dialog";
import { ScheduledRowActions } from "@/components/scheduled/scheduled-row-actions";
import { StartTimeCell } from "@/components/scheduled/start-time-cell";
import { Badge } from "@/components/ui/badge";
import type { DataColumn } from "@/components/ui/data-table";
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
}): DataColumn<R>[] {
  return [
    {
      id: "topic",
      header: "Topic",
      cell: (item) => (
        <div className="min-w-48">
          {/* One link per row: prefetching them all would render every item's page (and call Zoom) on load. */}
          <Link href={`${basePath}/${item.id}`} prefetch={false} className="font-medium text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
            {item.topic}
          </Link>
          <div className="font-mono text-xs text-slate-500 dark:text-slate-400">{formatMeetingId(item.id)}</div>
        </div>
      ),
    },
    {
      id: "start",
      header: "Start",
      // ISO times sort as text; items without a fixed time go last.
      sortValue: (item) => item.start_time,
      cell: (item) => <StartTimeCell start={item.start_time} meetingZone={item.timezone} />,
    },
    { id: "duration", header: "Duration", cell: (item) => <span className="whitespace-nowrap">{formatDuration(item.duration)}</span> },
    {
      id: "host",
      header: "Host",
      cell: (item) => <span className="whitespace-nowrap">{item.host_id === viewerZoomUserId ? `${viewerName} (you)` : (names.get(item.host_id) ?? "—")}</span>,
    },
    {
      id: "recurrence",
      header: "Recurrence",
      cell: (item) => {
        const kind = scheduleKind(item.type);
        return <Badge tone={kind === "single" ? "neutral" : "brand"}>{scheduleKindLabel[kind]}</Badge>;
      },
    },
    {
      id: "status",
      header: "Status",
      cell: (item) => {
        const status = statusOf(item);
        const badge = <Badge tone={status === "live" ? "live" : status === "ended" ? "neutral" : "success"}>{statusLabel[status]}</Badge>;
        // A live meeting's badge opens its live panel (controls and captions).
        return status === "live" && basePath === "/meetings" ? (
          <Link href={`${basePath}/${item.id}/live`} aria-label={`Open the live panel of ${item.topic}`} className="rounded-full focus-visible:outline-2 focus-visible:outline-brand-500">
            {badge}
          </Link>
        ) : (
          badge
        );
      },
    },
    {
      id: "actions",
      header: "Actions",
      className: "w-12 text-right",
      srOnlyHeader: true,
      cell: (item) => (
        <ScheduledRowActions
          meeting={item}
          basePath={basePath}
          onDelete={() => onDelete({ id: item.id, topic: item.topic, recurring: scheduleKind(item.type) !== "single" })}
        />
      ),
    },
  ];
}
