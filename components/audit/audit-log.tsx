"use client";
/**
 * Settings → Audit log: who did what through the dashboard, newest first, filtered, a page at a
 * time (keyset: "Load more" continues exactly where the last page ended), exported as CSV with the
 * same filters. Times are in the viewer's zone. Each row names its source, so Zoom's own events can
 * be listed alongside later, marked as Zoom's.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { actionLabel, resultLabel, resultTone, targetKind } from "@/components/audit/audit-format";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable, type DataColumn, byId } from "@/components/ui/data-table";
import { ListError, ListFooter } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { formatDateTime, formatShortDate, formatTime, useViewerTimeZone, zoneAbbreviation } from "@/components/ui/time";
import type { AuditEntryView } from "@/lib/audit/types";
import { auditCsvUrl, auditQueries, type AuditFilters } from "@/lib/queries/audit";

const muted = "block text-xs text-slate-600 dark:text-slate-400";

/** One entry in full, shown above the table (opened in a cell it would widen the table). */
function EntryDetails({ entry, zone, onClose }: { entry: AuditEntryView; zone: string; onClose: () => void }) {
  return (
    <section id="audit-entry-details" aria-label="Entry details" className="space-y-3 border-b border-slate-200 bg-slate-50/60 p-4 text-sm dark:border-slate-800 dark:bg-slate-800/30">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="font-medium text-slate-900 dark:text-slate-100">
          {actionLabel(entry.action)} · {entry.actor.name} · {formatDateTime(entry.at, zone)}
        </p>
        <Button variant="ghost" className="px-2 py-1 text-xs" onClick={onClose}>
          Close details
        </Button>
      </div>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-slate-700 dark:text-slate-300">
        <dt className="font-medium">Action</dt>
        <dd className="break-all font-mono text-xs">{entry.action}</dd>
        {entry.target.id ? (
          <>
            <dt className="font-medium">{targetKind(entry.target.type) ?? "Target"} ID</dt>
            <dd className="break-all font-mono text-xs">{entry.target.id}</dd>
          </>
        ) : null}
        <dt className="font-medium">From</dt>
        <dd className="break-all">{entry.ip ?? "—"}</dd>
        <dt className="font-medium">Browser</dt>
        <dd className="break-all">{entry.userAgent ?? "—"}</dd>
        <dt className="font-medium">Result</dt>
        <dd>
          {resultLabel(entry)}
          {entry.httpStatus ? ` (HTTP ${entry.httpStatus})` : ""}
        </dd>
        {entry.summary ? (
          <>
            <dt className="font-medium">Change</dt>
            <dd>
              {/* Focusable: a long change scrolls, and keyboard users must reach it too. */}
              <pre tabIndex={0} aria-label="The change, as recorded" className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-md bg-white p-2 font-mono text-xs ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700">
                {JSON.stringify(entry.summary, null, 2)}
              </pre>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** "Name <email>" (how a member is labelled) reads as two lines; anything else as it is. */
function TargetLabel({ label }: { label: string }) {
  const person = /^(.+) <([^<>]+)>$/.exec(label);
  if (!person) return <span className="block wrap-anywhere text-slate-900 dark:text-slate-100">{label}</span>;
  return (
    <>
      <span className="block text-slate-900 dark:text-slate-100">{person[1]}</span>
      <span className="block text-xs wrap-anywhere text-slate-600 dark:text-slate-400">{person[2]}</span>
    </>
  );
}

/** Ids worth showing under a label: the ones people search Zoom for. */
const idShown = (type: string | null) => type === "meeting" || type === "webinar" || type === "occurrence" || type === "recording";

export function AuditLog() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [open, setOpen] = useState<string | null>(null);
  const query = useInfiniteQuery(auditQueries.list(filters));
  const zone = useViewerTimeZone() ?? "UTC";
  const entries = query.data?.pages.flatMap((page) => page.entries) ?? [];
  const opened = entries.find((e) => e.id === open);
  const columns: DataColumn<AuditEntryView>[] = [
    {
      id: "when",
      header: "When",
      // Date over time: one nowrap line would be the widest cell of the row.
      cell: (e) => (
        <time dateTime={e.at} className="block whitespace-nowrap">
          <span className="block">{formatShortDate(e.at, zone)}</span>
          <span className={muted}>
            {formatTime(e.at, zone)} {zoneAbbreviation(e.at, zone)}
          </span>
        </time>
      ),
    },
    {
      id: "who",
      header: "Person",
      cell: (e) => (
        <span className="block min-w-36">
          <span className="block text-slate-900 dark:text-slate-100">{e.actor.name}</span>
          {e.actor.email ? <span className={`${muted} wrap-anywhere`}>{e.actor.email}</span> : null}
        </span>
      ),
    },
    {
      id: "what",
      header: "Action",
      cell: (e) => (
        <span className="block min-w-36">
          <span className="block font-medium text-slate-900 dark:text-slate-100">{actionLabel(e.action)}</span>
          {e.source === "zoom" ? <Badge tone="brand">Zoom event</Badge> : <span className={muted}>Dashboard</span>}
        </span>
      ),
    },
    {
      id: "target",
      header: "Target",
      cell: (e) =>
        e.target.id || e.target.label ? (
          <span className="block min-w-36">
            <TargetLabel label={e.target.label ?? e.target.id ?? ""} />
            <span className={muted}>
              {targetKind(e.target.type)}
              {e.target.label && e.target.id && idShown(e.target.type) ? ` · ${e.target.id}` : ""}
            </span>
          </span>
        ) : (
          <span className={muted}>—</span>
        ),
    },
    { id: "result", header: "Result", cell: (e) => <Badge tone={resultTone(e)}>{resultLabel(e)}</Badge> },
    {
      id: "details",
      header: "Details",
      srOnlyHeader: true,
      cell: (e) => (
        <Button variant="ghost" className="px-2 py-1 text-xs" aria-expanded={open === e.id} aria-controls="audit-entry-details" onClick={() => setOpen(open === e.id ? null : e.id)}>
          {open === e.id ? "Hide" : "Details"}
          <span className="sr-only">
            {" "}
            of {actionLabel(e.action)} by {e.actor.name}, {formatDateTime(e.at, zone)}
          </span>
        </Button>
      ),
    },
  ];
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="border-b border-slate-200 dark:border-slate-800">
        <AuditFiltersForm onApply={setFilters} />
        <div className="flex flex-wrap items-center justify-between gap-3 px-4 pb-3 text-xs text-slate-600 dark:text-slate-400">
          <p>Times in {zone.replace(/_/g, " ")} (your time zone).</p>
          <a href={auditCsvUrl(filters)} download className={buttonClass("secondary", "text-sm")}>
            Export CSV
          </a>
        </div>
      </div>
      {opened ? <EntryDetails entry={opened} zone={zone} onClose={() => setOpen(null)} /> : null}
      {query.error && !query.data ? (
        <ListError error={query.error} onRetry={() => void query.refetch()} what="the audit log" />
      ) : !query.data ? (
        <SkeletonRows label="Loading the audit log" />
      ) : (
        <>
          <DataTable rows={entries} rowKey={byId} columns={columns} caption="Audit log" empty={<p className="p-6 text-sm text-slate-600 dark:text-slate-400">No entries match these filters.</p>} />
          <ListFooter loaded={entries.length} total={null} noun="entries" query={query} />
        </>
      )}
    </div>
  );
}
