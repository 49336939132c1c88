/**
 * CSV files people open in a spreadsheet — every export, server (the audit log, a job's failures)
 * and browser (registrants, recordings, chat) alike:
 *
 * - Cells people typed (topics, names, answers, chat) must not become formulas: a value starting with
 *   = + - @ tab or CR gets a leading apostrophe. papaparse's own `escapeFormulae: true` tests
 *   `/^[=+\-@\t\r].*$/`, which fails on a value with a line break in it (`.` does not match one), so
 *   `=HYPERLINK(…)` followed by a newline went out live; this pattern only looks at the start.
 * - A UTF-8 byte-order mark first, or Excel reads "Zoë" and "会議" as mojibake.
 */
import Papa from "papaparse";

const SPREADSHEET_FORMULA = /^[=+\-@\t\r]/;

export function spreadsheetCsv(fields: string[], data: (string | number | null | undefined)[][]): string {
  return `\uFEFF${Papa.unparse({ fields, data }, { escapeFormulae: SPREADSHEET_FORMULA })}`;
}
