"use client";

/** One page of drafts: subject (opens it), recipients, snippet, last change and an attachment mark. */
import { PaperclipIcon } from "@/components/mail/paperclip-icon";
import { DataTable, type DataColumn, byId } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatTime, useBrowserTimeZone } from "@/components/ui/time";
import type { DraftRow } from "@/lib/zoom/types/mail";

/** Today's drafts show the time, older ones the date — by the browser's clock and zone, known only after hydration. */
function changed(iso: string | null, zone: string | null): string {
  if (!iso) return "—";
  if (!zone) return "";
  const today = formatDate(new Date().toISOString(), zone) === formatDate(iso, zone);
  return today ? formatTime(iso, zone) : formatDate(iso, zone);
}

export function DraftsTable({ rows, onOpen, searching }: { rows: DraftRow[]; onOpen: (id: string) => void; searching: boolean }) {
  const zone = useBrowserTimeZone();
  const columns: DataColumn<DraftRow>[] = [
    {
      id: "subject",
      header: "Subject",
      cell: (row) => (
        <button type="button" onClick={() => onOpen(row.id)} className="text-left font-medium text-brand-700 hover:underline dark:text-brand-100">
          {row.subject || <span className="italic text-slate-600 dark:text-slate-400">(no subject)</span>}
        </button>
      ),
    },
    {
      id: "recipients",
      header: "Recipients",
      cell: (row) => <span className="text-slate-700 dark:text-slate-300">{row.recipients.length ? row.recipients.join(", ") : "—"}</span>,
      className: "max-w-[16rem] truncate",
    },
    {
      id: "snippet",
      header: "Preview",
      cell: (row) => <span className="line-clamp-1 text-slate-600 dark:text-slate-400">{row.snippet || "—"}</span>,
      className: "max-w-[24rem]",
    },
    {
      id: "attachments",
      header: "Attachments",
      srOnlyHeader: true,
      cell: (row) =>
        row.hasAttachments ? (
          <span title="Has attachments" className="text-slate-500 dark:text-slate-400">
            <PaperclipIcon />
            <span className="sr-only">Has attachments</span>
          </span>
        ) : null,
      className: "w-8",
    },
    { id: "changed", header: "Last changed", cell: (row) => <time dateTime={row.updatedAt ?? undefined} className="whitespace-nowrap text-slate-600 dark:text-slate-400">{changed(row.updatedAt, zone)}</time> },
  ];
  return (
    <DataTable
      rows={rows}
      rowKey={byId}
      columns={columns}
      caption="Drafts"
      empty={<EmptyState title={searching ? "No drafts match" : "No drafts"}>{searching ? "Try other words, or clear the search." : "Start one with “New draft”."}</EmptyState>}
    />
  );
}
