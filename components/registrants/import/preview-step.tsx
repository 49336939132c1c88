"use client";
/**
 * Step 3: every row as the import will see it — ready, or its reasons (the route's own schema,
 * and the same email twice in the file). The invalid rows can be left out on purpose; manual-
 * approval parents may approve everyone at once; per-occurrence registration picks occurrences.
 */
import { useState } from "react";
import type { Preview } from "@/components/registrants/import/import-rows";
import { ImportOptions } from "@/components/registrants/import/import-options";
import { describeField } from "@/components/registrants/import/use-start-import";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { ZoomErrorDetails } from "@/components/ui/toast";
import { ApiClientError } from "@/lib/queries/http";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

export interface ImportChoices {
  onlyValid: boolean;
  autoApprove: boolean;
  occurrenceIds: string[];
}

const PAGE = 200;
const fmt = (n: number) => n.toLocaleString("en-US");

export function PreviewStep({ preview, summary, choices, onChoices, error }: { preview: Preview; summary: RegistrationSummary; choices: ImportChoices; onChoices: (c: ImportChoices) => void; error: Error | null }) {
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [visible, setVisible] = useState(PAGE);
  const rows = onlyErrors ? preview.rows.filter((row) => row.issues.length) : preview.rows;
  const sentRows = preview.rows.filter((row) => !row.issues.length).map((row) => row.rowNumber);
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-3 gap-2" role="group" aria-label="Rows checked">
        <Stat label="Rows" value={preview.rows.length} />
        <Stat label="Ready to import" value={preview.valid} tone="text-emerald-700 dark:text-emerald-300" />
        <Stat label="With errors" value={preview.invalid} tone={preview.invalid ? "text-red-700 dark:text-red-300" : undefined} note={preview.duplicates ? `${fmt(preview.duplicates)} repeated email${preview.duplicates === 1 ? "" : "s"}` : undefined} />
      </div>

      {error ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
          <p className="font-medium">The import did not start.</p>
          <ZoomErrorDetails error={error} />
          {error instanceof ApiClientError && error.fields.length ? (
            <ul className="mt-1 list-inside list-disc">
              {error.fields.slice(0, 10).map((f) => (
                <li key={`${f.field}:${f.message}`}>
                  {describeField(f.field, sentRows)}: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <div className="flex flex-wrap items-center justify-between gap-2">
        <CheckboxField label="Only rows with errors" checked={onlyErrors} disabled={!preview.invalid} onChange={(event) => setOnlyErrors(event.target.checked)} />
        <span className="text-xs text-slate-600 dark:text-slate-400">Row numbers are the file&apos;s lines (the header is row 1).</span>
      </div>
      <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800">
        {/* Focusable so the long list scrolls from the keyboard too. */}
        <div className="max-h-72 overflow-auto" tabIndex={0} role="region" aria-label="Rows of the file">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Rows of the file, checked</caption>
            <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-400">
              <tr>
                <th scope="col" className="w-14 px-3 py-2 font-medium">Row</th>
                <th scope="col" className="px-3 py-2 font-medium">Registrant</th>
                <th scope="col" className="px-3 py-2 font-medium">Check</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.slice(0, visible).map((row) => {
                const name = [row.registrant.first_name, row.registrant.last_name].filter(Boolean).join(" ");
                return (
                  <tr key={row.rowNumber} className={row.issues.length ? "bg-red-50/60 align-top dark:bg-red-500/5" : "align-top"}>
                    <td className="px-3 py-2 tabular-nums text-slate-600 dark:text-slate-400">{row.rowNumber}</td>
                    <th scope="row" className="px-3 py-2 font-normal">
                      <span className="block font-medium text-slate-900 dark:text-slate-100">{name || <span className="italic text-slate-500">no name</span>}</span>
                      <span className="block break-all text-xs text-slate-600 dark:text-slate-400">{row.registrant.email || "no email"}</span>
                    </th>
                    <td className="px-3 py-2">
                      {row.issues.length ? (
                        <ul className="space-y-0.5 text-red-800 dark:text-red-200">
                          {row.issues.map((issue, i) => (
                            <li key={i}>
                              <span className="font-medium">{issue.field}:</span> {issue.message}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <Badge tone="success">Ready</Badge>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {rows.length > visible ? (
          <div className="border-t border-slate-200 px-3 py-2 text-center dark:border-slate-800">
            <Button variant="ghost" onClick={() => setVisible((n) => n + PAGE * 5)}>
              Show more ({fmt(rows.length - visible)} not shown)
            </Button>
          </div>
        ) : null}
      </div>

      <ImportOptions preview={preview} summary={summary} choices={choices} onChoices={onChoices} />
    </div>
  );
}

function Stat({ label, value, tone, note }: { label: string; value: number; tone?: string; note?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
      <div className="text-xs text-slate-600 dark:text-slate-400">{label}</div>
      <div className={`text-xl font-semibold tabular-nums ${tone ?? "text-slate-900 dark:text-slate-100"}`}>{fmt(value)}</div>
      {note ? <div className="text-xs text-slate-600 dark:text-slate-400">{note}</div> : null}
    </div>
  );
}
