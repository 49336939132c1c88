"use client";

/**
 * One status tab: every registrant with that status (the route follows all of Zoom's pages), the
 * search and sort applied in the browser, a selection for bulk actions, and the export. Rows are
 * drawn 100 at a time ("Show more"), so 5,000 registrants filter and sort without drawing 5,000 rows.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { ExportButton } from "@/components/registrants/export-button";
import { customTitles, filterRegistrants, sortRegistrants } from "@/components/registrants/registrant-rows";
import { registrantColumns } from "@/components/registrants/registrant-columns";
import { ACTION_LABELS, ACTIONS_FOR, STATUS_LABELS, type StatusChange } from "@/components/registrants/status-actions";
import type { useRegistrantsUrl } from "@/components/registrants/use-registrants-url";
import { Button } from "@/components/ui/button";
import { DataTable, byId } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { ListError } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useViewerTimeZone } from "@/components/ui/time";
import { registrantQueries } from "@/lib/queries/registrants";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

const PAGE = 100;
const count = (n: number) => n.toLocaleString("en-US");

export function RegistrantsPanel({ parent, summary, url, change }: { parent: ScheduledRef; summary: RegistrationSummary; url: ReturnType<typeof useRegistrantsUrl>; change: StatusChange }) {
  const { status, occurrenceId, search, sorting } = url;
  const list = useQuery(registrantQueries.list(parent, status, occurrenceId));
  const zone = useViewerTimeZone();
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const all = useMemo(() => list.data?.registrants ?? [], [list.data]);
  const rows = useMemo(() => sortRegistrants(filterRegistrants(all, search), sorting), [all, search, sorting]);
  const titles = useMemo(() => customTitles(summary.questions, all), [summary.questions, all]);
  const shown = rows.slice(0, limit);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const columns = useMemo(
    () => registrantColumns({ titles, zone, status, isSelected: (id) => selected.has(id), onToggle: toggle, onAction: (action, r) => change.ask({ action, registrants: [r] }) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `toggle` and `change.ask` only call state setters
    [titles, zone, status, selected],
  );

  if (list.isPending) return <SkeletonRows label="Loading registrants" />;
  if (list.isError && !list.data) return <ListError error={list.error} onRetry={() => void list.refetch()} what="registrants" />;

  const allMatchingSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someSelected = rows.some((r) => selected.has(r.id));
  const chosen = all.filter((r) => selected.has(r.id));
  const q = search.trim();
  const label = STATUS_LABELS[status].toLowerCase();
  return (
    <>
      <div className="flex flex-col gap-3 border-b border-slate-200 px-4 py-3 sm:flex-row sm:items-end sm:justify-between dark:border-slate-800">
        <div className="w-full sm:w-80">
          <TextField label="Search registrants" type="search" placeholder="Name or email" value={search} onChange={(event) => url.setSearch(event.target.value)} />
        </div>
        <div className="flex items-center gap-3">
          <p role="status" className="text-sm text-slate-500 dark:text-slate-400">
            {q ? `${count(rows.length)} of ${count(all.length)} match “${q}”` : `${count(all.length)} ${label}`}
          </p>
          <ExportButton parent={parent} status={status} rows={rows} questions={summary.questions} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 bg-slate-50/60 px-4 py-2.5 text-sm dark:bg-slate-900/40">
        <label className="flex items-center gap-2 font-medium text-slate-700 dark:text-slate-200">
          <input
            type="checkbox"
            className="h-4 w-4 rounded border-slate-300 accent-brand-600"
            checked={allMatchingSelected}
            ref={(el) => {
              if (el) el.indeterminate = someSelected && !allMatchingSelected;
            }}
            disabled={rows.length === 0}
            onChange={(event) =>
              setSelected((current) => {
                const next = new Set(current);
                for (const r of rows) {
                  if (event.target.checked) next.add(r.id);
                  else next.delete(r.id);
                }
                return next;
              })
            }
          />
          {q ? `Select all ${count(rows.length)} matching` : `Select all ${count(rows.length)}`}
        </label>
        {selected.size ? (
          <div role="group" aria-label="Selected registrants" className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900 dark:text-white">{count(selected.size)} selected</span>
            {ACTIONS_FOR[status].map((action) => (
              <Button key={action} variant={action === "approve" ? "primary" : "secondary"} className="py-1.5" onClick={() => change.ask({ action, registrants: chosen, onStarted: () => setSelected(new Set()) })}>
                {ACTION_LABELS[action]}
              </Button>
            ))}
            <Button variant="ghost" className="py-1.5" onClick={() => setSelected(new Set())}>
              Clear selection
            </Button>
          </div>
        ) : null}
      </div>
      <DataTable
        rows={shown}
        rowKey={byId}
        columns={columns}
        sorting={sorting}
        onSortingChange={url.setSorting}
        caption={`${STATUS_LABELS[status]} registrants`}
        empty={q ? `Nobody ${label} matches “${q}”.` : `No ${label} registrants${occurrenceId ? " for this occurrence" : ""}.`}
        rowClassName={(r) => (selected.has(r.id) ? "bg-brand-50/60 dark:bg-brand-600/10" : undefined)}
      />
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        <p>
          Showing {count(shown.length)} of {count(rows.length)}
        </p>
        {rows.length > shown.length ? (
          <Button variant="secondary" onClick={() => setLimit((n) => n + PAGE * 5)}>
            Show {count(Math.min(PAGE * 5, rows.length - shown.length))} more
          </Button>
        ) : null}
      </div>
    </>
  );
}
