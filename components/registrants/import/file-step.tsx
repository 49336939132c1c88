"use client";
/**
 * Step 1: choose or drop a CSV file. The file is checked (type, 5 MB) before it is read and
 * parsed in the browser; nothing is uploaded until the preview's "Import". A template with this
 * parent's own columns is one click away.
 */
import Papa from "papaparse";
import { useId, useState, type DragEvent } from "react";
import type { TargetOption } from "@/components/registrants/import/column-mapping";
import { fileProblem, parseCsvText, type ParsedCsv } from "@/components/registrants/import/parse-csv";
import { cn } from "@/components/ui/cn";
import { MAX_BULK } from "@/lib/schemas/registrant";

export function FileStep({ options, fileName, onParsed }: { options: TargetOption[]; fileName: string | null; onParsed: (name: string, csv: ParsedCsv) => void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    const problem = fileProblem(file);
    if (problem) return setError(problem);
    setReading(true);
    try {
      const parsed = parseCsvText(await file.text());
      if (!parsed.ok) return setError(`${file.name}: ${parsed.message}`);
      setError(null);
      onParsed(file.name, parsed.csv);
    } catch {
      setError(`${file.name} could not be read. Is it open in another program?`);
    } finally {
      setReading(false);
    }
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };
  const wanted = options.filter((o) => o.asked);
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(`${Papa.unparse([wanted.map((o) => o.label)])}\r\n`)}`;

  return (
    <div className="space-y-4">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={cn(
          "flex flex-col items-center justify-center rounded-xl border-2 border-dashed px-6 py-10 text-center transition-colors",
          dragging ? "border-brand-500 bg-brand-50 dark:bg-brand-600/10" : "border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900/60",
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="mb-3 h-10 w-10 text-brand-600" fill="none" stroke="currentColor" strokeWidth={1.5}>
          <path strokeLinecap="round" strokeLinejoin="round" d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" />
        </svg>
        <p className="text-sm font-medium text-slate-900 dark:text-slate-100">Drop a CSV file here</p>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">or</p>
        <label htmlFor={id} className="mt-2 cursor-pointer rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600 hover:bg-brand-700">
          {reading ? "Reading…" : "Choose a CSV file"}
          <input
            id={id}
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            className="sr-only"
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            onChange={(event) => {
              void read(event.target.files?.[0]);
              // Choosing the same file again after fixing it must fire again.
              event.target.value = "";
            }}
          />
        </label>
        <p id={`${id}-hint`} className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          Up to 5 MB and {MAX_BULK.toLocaleString("en-US")} rows, with a header row. Commas, semicolons or tabs.
          {fileName ? ` Last chosen: ${fileName}.` : ""}
        </p>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
          {error}
        </p>
      ) : null}
      <div className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
        <p className="font-medium text-slate-900 dark:text-slate-100">What the file needs</p>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          One registrant per row, with at least an email and a first name. This registration form also asks:{" "}
          {wanted
            .filter((o) => o.value !== "email" && o.value !== "first_name")
            .map((o) => `${o.label}${o.required ? " (required)" : ""}`)
            .join(", ") || "nothing else"}
          .
        </p>
        <a href={template} download="registrants-template.csv" className="mt-2 inline-block font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
          Download a template with these columns
        </a>
      </div>
    </div>
  );
}
