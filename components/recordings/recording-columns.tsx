"use client";

/** The columns of the recordings table and of the trash (recordings-list.tsx). */
import { recordingPathId } from "@/lib/schemas/recording";
import Link from "next/link";
import { formatMeetingId } from "@/components/scheduled/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DataColumn } from "@/components/ui/data-table";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDuration, formatRelative, formatShortDate, formatTime, useNow, useViewerTimeZone } from "@/components/ui/time";
import { daysLeft, fileTypeLabel, formatBytes } from "@/components/recordings/list";
import type { RecordingView } from "@/lib/zoom/types/recording";

/** A recording row is the recording (one meeting instance): its UUID. */
export const byUuid = (row: RecordingView) => row.uuid;

export const recordingHref = (uuid: string) => `/recordings/${encodeURIComponent(recordingPathId(uuid))}`;

const statusTone: Record<RecordingView["status"], BadgeTone> = { completed: "success", processing: "warning", trash: "danger" };
const statusText: Record<RecordingView["status"], string> = { completed: "Completed", processing: "Processing", trash: "In trash" };

export const RecordingStatusBadge = ({ status }: { status: RecordingView["status"] }) => <Badge tone={statusTone[status]}>{statusText[status]}</Badge>;

export function FileTypeBadges({ types }: { types: readonly string[] }) {
  return (
    <div className="flex min-w-40 max-w-56 flex-wrap gap-1">
      {types.map((type) => (
        <Badge key={type} tone={type === "MP4" || type === "M4A" ? "brand" : "neutral"}>
          {fileTypeLabel(type)}
        </Badge>
      ))}
    </div>
  );
}

interface Shared {
  hostName: (hostId: string) => string;
}

const topicCell = (row: RecordingView, link: boolean, select?: { checked: boolean; onToggle: () => void }) => (
  <div className="flex min-w-44 items-start gap-3">
    {select ? (
      <input
        type="checkbox"
        checked={select.checked}
        onChange={select.onToggle}
        aria-label={`Select ${row.topic} (${row.startTime.slice(0, 10)})`}
        className="mt-1 h-4 w-4 shrink-0 rounded border-slate-300 accent-brand-600"
      />
    ) : null}
    <div>
      {link ? (
        <Link href={recordingHref(row.uuid)} prefetch={false} className="font-medium text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
          {row.topic}
        </Link>
      ) : (
        <span className="font-medium text-slate-900 dark:text-white">{row.topic}</span>
      )}
      <div className="font-mono text-xs text-slate-500 dark:text-slate-400">{formatMeetingId(row.meetingId)}</div>
    </div>
  </div>
);

/** When it started (viewer's zone), and under it how long it ran and how long ago: one column, so the table fits a laptop. */
function StartCell({ row }: { row: RecordingView }) {
  const zone = useViewerTimeZone();
  const now = useNow();
  if (!zone) return <Skeleton className="h-4 w-36" />;
  return (
    <div className="whitespace-nowrap">
      <time dateTime={row.startTime} className="text-slate-900 dark:text-slate-100">
        {formatShortDate(row.startTime, zone)} · {formatTime(row.startTime, zone)}
      </time>
      <div className="text-xs text-slate-500 dark:text-slate-400">
        <span className="sr-only">Duration </span>
        {formatDuration(row.duration)}
        {now !== null ? ` · ${formatRelative(row.startTime, now)}` : ""}
      </div>
    </div>
  );
}

const start: DataColumn<RecordingView> = { id: "start", header: "Start", sortValue: (row) => row.startTime, cell: (row) => <StartCell row={row} /> };
const files: DataColumn<RecordingView> = { id: "files", header: "Files", cell: (row) => <FileTypeBadges types={row.fileTypes} /> };
const size: DataColumn<RecordingView> = { id: "size", header: "Size", sortValue: (row) => row.totalSize, cell: (row) => <span className="whitespace-nowrap tabular-nums">{formatBytes(row.totalSize)}</span> };
// A list is one host's (named by the host picker), so below very wide screens the column gives way
// to the ones that differ per row; the CSV export always carries it.
const host = ({ hostName }: Shared): DataColumn<RecordingView> => ({ id: "host", header: "Host", className: "max-2xl:hidden", cell: (row) => <span className="whitespace-nowrap">{hostName(row.hostId)}</span> });

export function recordingColumns({ hostName, selected, onToggle }: Shared & { selected: ReadonlySet<string>; onToggle: (uuid: string) => void }): DataColumn<RecordingView>[] {
  return [
    { id: "topic", header: "Topic", sortValue: (row) => row.topic.toLowerCase(), cell: (row) => topicCell(row, true, { checked: selected.has(row.uuid), onToggle: () => onToggle(row.uuid) }) },
    start,
    host({ hostName }),
    files,
    size,
    { id: "status", header: "Status", cell: (row) => <RecordingStatusBadge status={row.status} /> },
  ];
}

export function trashColumns({ hostName, now, onRecover, onDelete, busy }: Shared & { now: number | null; onRecover: (row: RecordingView) => void; onDelete: (row: RecordingView) => void; busy: string | null }): DataColumn<RecordingView>[] {
  return [
    { id: "topic", header: "Topic", cell: (row) => topicCell(row, false) },
    start,
    host({ hostName }),
    { ...files, className: "max-2xl:hidden" },
    size,
    {
      id: "left",
      header: "Days left",
      sortValue: (row) => row.purgeAt ?? undefined,
      cell: (row) => {
        const left = now === null ? null : daysLeft(row.purgeAt, now);
        if (left === null) return "—";
        return <Badge tone={left <= 7 ? "danger" : "warning"}>{left === 0 ? "Today" : left === 1 ? "1 day" : `${left} days`}</Badge>;
      },
    },
    {
      id: "actions",
      header: "Actions",
      srOnlyHeader: true,
      cell: (row) => (
        <div className="flex justify-end gap-2 whitespace-nowrap">
          <Button variant="secondary" onClick={() => onRecover(row)} disabled={busy === row.uuid} aria-label={`Recover ${row.topic}`}>
            Recover
          </Button>
          <Button variant="ghost" className="text-red-700 dark:text-red-400" onClick={() => onDelete(row)} disabled={busy === row.uuid} aria-label={`Delete ${row.topic} for good`}>
            Delete for good
          </Button>
        </div>
      ),
    },
  ];
}
