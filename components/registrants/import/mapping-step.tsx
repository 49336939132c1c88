"use client";
/**
 * Step 2: which registrant field each CSV column fills. Guesses are made from the header names;
 * the first values of each column are shown so a person can tell "Name" from "Surname" at a
 * glance. Email and first name must be chosen once each before the preview.
 */
import { IGNORE, unmappedRequired, type ImportTarget, type TargetOption } from "@/components/registrants/import/column-mapping";
import type { ParsedCsv } from "@/components/registrants/import/parse-csv";
import { controlBase } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

const SAMPLES = 2;

export function MappingStep({
  csv,
  fileName,
  mapping,
  options,
  problems,
  onChange,
}: {
  csv: ParsedCsv;
  fileName: string;
  mapping: ImportTarget[];
  options: TargetOption[];
  problems: string[];
  onChange: (mapping: ImportTarget[]) => void;
}) {
  const samples = (column: number) =>
    csv.rows
      .map((row) => (row[column] ?? "").trim())
      .filter(Boolean)
      .slice(0, SAMPLES);
  const missing = unmappedRequired(mapping, options);
  const standard = options.filter((o) => !o.value.startsWith("question:"));
  const questions = options.filter((o) => o.value.startsWith("question:"));
  const label = (o: TargetOption) => `${o.label}${o.required ? " (required)" : ""}`;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <span className="font-medium text-slate-900 dark:text-slate-100">{fileName}</span>: {csv.rows.length.toLocaleString("en-US")} rows, {csv.headers.length} columns. Check what each column holds; columns set to “Don’t import” are left out.
      </p>
      <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Columns of {fileName}</caption>
          <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-900/60 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Column in the file</th>
              <th scope="col" className="px-3 py-2 font-medium">First values</th>
              <th scope="col" className="px-3 py-2 font-medium">Import as</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {csv.headers.map((header, column) => (
              <tr key={column}>
                <th scope="row" className="px-3 py-2 font-medium text-slate-900 dark:text-slate-100">
                  {header}
                </th>
                <td className="max-w-48 px-3 py-2 text-xs text-slate-600 dark:text-slate-400">
                  {samples(column).map((value, i) => (
                    <span key={i} className="block truncate" title={value}>
                      {value}
                    </span>
                  ))}
                </td>
                <td className="px-3 py-2">
                  <select
                    aria-label={`Import column “${header}” as`}
                    value={mapping[column] ?? IGNORE}
                    onChange={(event) => onChange(mapping.map((target, i) => (i === column ? (event.target.value as ImportTarget) : target)))}
                    className={cn(controlBase, "w-full min-w-44 py-1.5", mapping[column] === IGNORE && "text-slate-500 dark:text-slate-400")}
                  >
                    <option value={IGNORE}>Don’t import</option>
                    <optgroup label="Registrant fields">
                      {standard.map((o) => (
                        <option key={o.value} value={o.value}>
                          {label(o)}
                        </option>
                      ))}
                    </optgroup>
                    {questions.length ? (
                      <optgroup label="Custom questions">
                        {questions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {label(o)}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length ? (
        <ul role="alert" className="list-inside list-disc rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-100">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {missing.length ? (
        <p className="text-sm text-amber-900 dark:text-amber-200">
          No column gives {missing.map((o) => `“${o.label}”`).join(", ")}, which this registration form requires: every row will be refused in the preview unless you choose a column for it.
        </p>
      ) : null}
    </div>
  );
}
