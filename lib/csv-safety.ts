/**
 * What makes a CSV safe to open in a spreadsheet, for every export (server and browser alike).
 *
 * Cells people typed (topics, names, answers, chat) must not become formulas: a value starting with
 * = + - @ tab or CR gets a leading apostrophe (papaparse's `escapeFormulae` with this pattern).
 * papaparse's own `escapeFormulae: true` tests `/^[=+\-@\t\r].*$/`, which fails on a value with a
 * line break in it (`.` does not match one), so `=HYPERLINK(…)` followed by a newline went out live;
 * this pattern only looks at the start. And a UTF-8 byte-order mark first, or Excel reads "Zoë" and
 * "会議" as mojibake.
 */
export const SPREADSHEET_FORMULA = /^[=+\-@\t\r]/;
export const UTF8_BOM = "\uFEFF";
