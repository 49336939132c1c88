/** CSV files the server sends for spreadsheets (the audit export, a job's failures): see lib/csv-safety.ts. */
import Papa from "papaparse";
import { SPREADSHEET_FORMULA, UTF8_BOM } from "@/lib/csv-safety";

export function spreadsheetCsv(fields: string[], data: (string | number | null | undefined)[][]): string {
  return `${UTF8_BOM}${Papa.unparse({ fields, data }, { escapeFormulae: SPREADSHEET_FORMULA })}`;
}
