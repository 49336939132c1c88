"use client";

/**
 * "Export CSV": the table as it is (search and sort applied, every row, not only those drawn) with
 * each custom answer in its own column, written by papaparse in the browser. papaparse loads on
 * the click; lib/csv-safety.ts keeps an answer like "=HYPERLINK(…)" from running in a spreadsheet.
 */
import { Button } from "@/components/ui/button";
import { toastError } from "@/components/ui/toast";
import { exportFileName, exportTable } from "@/components/registrants/registrant-rows";
import type { RegistrantStatus, RegistrationQuestions } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { ZoomRegistrant } from "@/lib/zoom/types/registrant";
import { SPREADSHEET_FORMULA, UTF8_BOM } from "@/lib/csv-safety";

export function ExportButton({ parent, status, rows, questions }: { parent: ScheduledRef; status: RegistrantStatus; rows: readonly ZoomRegistrant[]; questions: RegistrationQuestions }) {
  const download = async () => {
    try {
      const papa = await import("papaparse");
      // papaparse is CommonJS: bundlers put it under `default` or spread it, depending on interop.
      const unparse = papa.unparse ?? (papa as unknown as { default: typeof papa }).default.unparse;
      const csv = unparse(exportTable(rows, questions), { escapeFormulae: SPREADSHEET_FORMULA });
      // A BOM so Excel reads names with accents as UTF-8.
      const url = URL.createObjectURL(new Blob([UTF8_BOM, csv], { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = exportFileName(parent, status);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      toastError("Could not export the registrants", error);
    }
  };
  return (
    <Button variant="secondary" onClick={() => void download()} disabled={rows.length === 0}>
      Export CSV
    </Button>
  );
}
