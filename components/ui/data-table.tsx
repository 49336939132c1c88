"use client";

/**
 * Renders a @tanstack/react-table instance as an accessible table: sortable headers are buttons
 * and announce their order with `aria-sort`; the caption names the table for screen readers.
 *
 * Below the `md` breakpoint the same markup lays out as one card per row (CSS only, so there is
 * one set of links and buttons and no flash after hydration; the rules are `.data-table` in
 * app/globals.css, written once instead of on every cell). Sortable headers stay as a sort bar.
 */
import { flexRender, type Column, type Table } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

interface ColumnMeta {
  className?: string;
  srOnlyHeader?: boolean;
}

const metaOf = <T,>(column: Column<T>) => column.columnDef.meta as ColumnMeta | undefined;

/** The header as plain text, for the card layout's cell labels. */
const labelOf = <T,>(column: Column<T>) => (typeof column.columnDef.header === "string" ? column.columnDef.header : undefined);

export function DataTable<T>({ table, caption, empty, rowClassName }: { table: Table<T>; caption: string; empty?: ReactNode; rowClassName?: (row: T) => string | undefined }) {
  const rows = table.getRowModel().rows;
  const sortable = table.getAllLeafColumns().some((column) => column.getCanSort());
  return (
    // `relative`: screen-reader-only text inside cells is absolutely positioned; without a
    // positioned ancestor it escapes this scroll box and widens the whole page.
    <div className="relative overflow-x-auto">
      <table className="data-table min-w-full divide-y divide-slate-200 text-sm max-md:block dark:divide-slate-800">
        <caption className="sr-only">{caption}</caption>
        <thead className={cn("bg-slate-50/80 dark:bg-slate-900/60", sortable ? "max-md:block" : "max-md:sr-only")}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="max-md:flex max-md:items-center max-md:justify-end max-md:gap-3 max-md:px-4 max-md:py-1.5">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                const meta = metaOf(header.column);
                const content = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : canSort ? "none" : undefined}
                    className={cn(
                      "px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400",
                      meta?.className,
                      // Hidden headers stay in the accessibility tree: they still name their column's cells.
                      canSort ? "max-md:block max-md:p-0" : "max-md:sr-only",
                    )}
                  >
                    {canSort ? (
                      <button type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 uppercase hover:text-slate-900 max-md:py-1 dark:hover:text-white">
                        <span className="md:hidden">Sort by</span>
                        {content}
                        <span aria-hidden="true" className="text-[10px]">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : meta?.srOnlyHeader ? (
                      <span className="sr-only">{content}</span>
                    ) : (
                      content
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white max-md:block dark:divide-slate-800/70 dark:bg-slate-900">
          {rows.length === 0 ? (
            <tr className="max-md:block">
              <td colSpan={table.getAllLeafColumns().length} className="px-4 py-12 text-center text-sm text-slate-500 max-md:block dark:text-slate-400">
                {empty ?? "Nothing to show."}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className={cn("data-row", rowClassName?.(row.original))}>
                {row.getVisibleCells().map((cell, index) => {
                  const meta = metaOf(cell.column);
                  const role = index === 0 ? "title" : meta?.srOnlyHeader ? "corner" : "field";
                  return (
                    <td key={cell.id} data-cell={role} data-label={role === "field" ? labelOf(cell.column) : undefined} className={meta?.className}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
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
