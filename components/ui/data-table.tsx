"use client";

/**
 * An accessible table of rows: sortable headers are buttons and announce their order with
 * `aria-sort`; the caption names the table for screen readers. Sorting is one column at a time
 * (table-sort.ts) — all the lists need, so no table library is loaded for it.
 *
 * Below the `md` breakpoint the same markup lays out as one card per row (CSS only, so there is
 * one set of links and buttons and no flash after hydration; the rules are `.data-table` in
 * app/globals.css, written once instead of on every cell). Sortable headers stay as a sort bar.
 */
import { useMemo, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { nextSorting, sortRows, type Sorting } from "@/components/ui/table-sort";

export type { Sorting } from "@/components/ui/table-sort";

export interface DataColumn<T> {
  id: string;
  /** Plain text: also the cell's label on a phone card. */
  header: string;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable by this value (ISO times sort as text); rows without one go last. */
  sortValue?: (row: T) => string | number | undefined;
  className?: string;
  /** The header is for screen readers only (row actions); on a phone card the cell sits in the corner. */
  srOnlyHeader?: boolean;
}

/**
 * Each row's React key from what the row is (a meeting's id, a registrant's id), never its position:
 * a row that moves — a refetch after a job, a new sort — keeps its open menu, checkbox and focus,
 * and an open "Actions" menu never ends up acting on the item that slid into its place.
 */
export function rowKeys<T>(rows: readonly T[], rowKey: (row: T) => string | number): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = String(rowKey(row));
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    // A list that names an item twice (two occurrences of one meeting) still gets distinct keys.
    return count === 0 ? key : `${key}#${count}`;
  });
}

/** The usual row key: the item's own id. */
export const byId = (row: { id: string | number }) => row.id;

export function DataTable<T>({
  rows,
  rowKey,
  columns,
  caption,
  empty,
  sorting = null,
  onSortingChange,
  rowClassName,
}: {
  rows: readonly T[];
  /** What identifies a row (see rowKeys). */
  rowKey: (row: T) => string | number;
  columns: readonly DataColumn<T>[];
  caption: string;
  empty?: ReactNode;
  sorting?: Sorting | null;
  onSortingChange?: (sorting: Sorting | null) => void;
  rowClassName?: (row: T) => string | undefined;
}) {
  const canSort = (column: DataColumn<T>) => Boolean(column.sortValue && onSortingChange);
  const sortable = columns.some(canSort);
  const sortedBy = columns.find((column) => column.id === sorting?.id)?.sortValue;
  const sorted = useMemo(() => sortRows(rows, sorting, sortedBy), [rows, sorting, sortedBy]);
  const keys = useMemo(() => rowKeys(sorted, rowKey), [sorted, rowKey]);
  return (
    // `relative`: screen-reader-only text inside cells is absolutely positioned; without a
    // positioned ancestor it escapes this scroll box and widens the whole page.
    <div className="relative overflow-x-auto">
      <table className="data-table min-w-full divide-y divide-slate-200 text-sm max-md:block dark:divide-slate-800">
        <caption className="sr-only">{caption}</caption>
        <thead className={cn("bg-slate-50/80 dark:bg-slate-900/60", sortable ? "max-md:block" : "max-md:sr-only")}>
          <tr className="max-md:flex max-md:items-center max-md:justify-end max-md:gap-3 max-md:px-4 max-md:py-1.5">
            {columns.map((column) => {
              const order = sorting?.id === column.id ? (sorting.desc ? "desc" : "asc") : null;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={order === "asc" ? "ascending" : order === "desc" ? "descending" : canSort(column) ? "none" : undefined}
                  className={cn(
                    "px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400",
                    column.className,
                    // Hidden headers stay in the accessibility tree: they still name their column's cells.
                    canSort(column) ? "max-md:block max-md:p-0" : "max-md:sr-only",
                  )}
                >
                  {canSort(column) ? (
                    <button type="button" onClick={() => onSortingChange?.(nextSorting(sorting, column.id))} className="inline-flex items-center gap-1 uppercase hover:text-slate-900 max-md:py-1 dark:hover:text-white">
                      <span className="md:hidden">Sort by</span>
                      {column.header}
                      <span aria-hidden="true" className="text-[10px]">
                        {order === "asc" ? "▲" : order === "desc" ? "▼" : "↕"}
                      </span>
                    </button>
                  ) : column.srOnlyHeader ? (
                    <span className="sr-only">{column.header}</span>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white max-md:block dark:divide-slate-800/70 dark:bg-slate-900">
          {sorted.length === 0 ? (
            <tr className="max-md:block">
              <td colSpan={columns.length} className="px-4 py-12 text-center text-sm text-slate-500 max-md:block dark:text-slate-400">
                {empty ?? "Nothing to show."}
              </td>
            </tr>
          ) : (
            sorted.map((row, rowIndex) => (
              <tr key={keys[rowIndex]} className={cn("data-row", rowClassName?.(row))}>
                {columns.map((column, index) => {
                  const role = index === 0 ? "title" : column.srOnlyHeader ? "corner" : "field";
                  return (
                    <td key={column.id} data-cell={role} data-label={role === "field" ? column.header : undefined} className={column.className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
