"use client";

/**
 * "Export CSV": the table as it is (search and sort applied, every row, not only those drawn) with
 * each custom answer in its own column, written in the browser by lib/csv-export.ts (loaded on the
 * click), which keeps an answer like "=HYPERLINK(…)" from running in a spreadsheet.
 */
import { Button } from "@/components/ui/button";
import { toastError } from "@/components/ui/toast";
import { exportFileName, exportTable } from "@/components/registrants/registrant-rows";
import type { RegistrantStatus, RegistrationQuestions } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { ZoomRegistrant } from "@/lib/zoom/types/registrant";

export function ExportButton({ parent, status, rows, questions }: { parent: ScheduledRef; status: RegistrantStatus; rows: readonly ZoomRegistrant[]; questions: RegistrationQuestions }) {
  const download = async () => {
    try {
      const { spreadsheetCsv } = await import("@/lib/csv-export");
      const { fields, data } = exportTable(rows, questions);
      const url = URL.createObjectURL(new Blob([spreadsheetCsv(fields, data)], { type: "text/csv;charset=utf-8" }));
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
