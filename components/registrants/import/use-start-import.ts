"use client";
/**
 * Starting the import from a preview: only the valid rows travel (the route checks them again
 * with the same schema), and a refusal stays on screen with the row it concerns — a 400's field
 * `rows.3.email` names the fourth row sent, which is translated back to its line in the file.
 */
import { importableRows, type Preview } from "@/components/registrants/import/import-rows";
import type { ImportChoices } from "@/components/registrants/import/preview-step";
import { runMutation } from "@/lib/queries/http";
import { useStartImport } from "@/lib/queries/registrants";
import type { ScheduledRef } from "@/lib/schemas/scheduled";

export function useStartImportFrom(parent: ScheduledRef) {
  const mutation = useStartImport(parent);
  const run = (preview: Preview, fileName: string, choices: ImportChoices, onStarted: (jobId: string, rowNumbers: number[]) => void) => {
    const sent = preview.rows.filter((row) => !row.issues.length);
    const rowNumbers = sent.map((row) => row.rowNumber);
    runMutation(
      mutation,
      {
        rows: importableRows(preview),
        fileName,
        rowNumbers,
        autoApprove: choices.autoApprove || undefined,
        occurrenceIds: choices.occurrenceIds.length ? choices.occurrenceIds : undefined,
      },
      { onSuccess: (job) => onStarted(job.id, rowNumbers) },
    );
  };
  return { run, isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}

/** `rows.3.email` → "Row 7 (email)" given the file lines of the rows sent; other fields as they are. */
export function describeField(field: string, rowNumbers: readonly number[]): string {
  const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(field);
  if (!match) return field;
  const row = rowNumbers[Number(match[1])];
  const where = row === undefined ? `Row ${Number(match[1]) + 1} sent` : `Row ${row}`;
  // The route names a question by its title (custom_questions.<title>); the bare shape by position (custom_questions.0.value).
  const what = match[2]?.replace(/^custom_questions\.(.+)$/, (_, rest: string) => (/^\d+(\.|$)/.test(rest) ? `answer ${Number.parseInt(rest, 10) + 1}` : rest));
  return what ? `${where} (${what})` : where;
}
