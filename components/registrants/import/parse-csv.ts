/**
 * Reading a registrants CSV with papaparse: the delimiter is detected (comma, semicolon from a
 * European Excel, tab), a UTF-8 byte-order mark is dropped, empty lines are skipped. The first row
 * is the header; rows are kept as cell arrays (not objects) so two columns with the same header
 * stay two columns.
 */
import Papa from "papaparse";
import { MAX_BULK } from "@/lib/schemas/registrant";

/** Larger files are refused before reading: 10,000 registrants with every field fit well inside. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
}

export type ParseResult = { ok: true; csv: ParsedCsv } | { ok: false; message: string };

/** Parses CSV text (already read from the file) into a header and data rows, or says why not. */
export function parseCsvText(text: string): ParseResult {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy", delimitersToGuess: [",", ";", "\t", "|"] });
  const [header, ...rows] = result.data;
  // A quote left open swallows the rest of the file: that, unlike a short row, is worth stopping for.
  const fatal = result.errors.find((error) => error.code === "MissingQuotes");
  if (fatal) return { ok: false, message: `The file could not be read: ${fatal.message.toLowerCase()} (row ${(fatal.row ?? 0) + 1}).` };
  if (!header || header.every((cell) => !cell.trim())) return { ok: false, message: "The file is empty." };
  if (!rows.length) return { ok: false, message: "The file has a header row but no registrants under it." };
  if (rows.length > MAX_BULK) return { ok: false, message: `The file has ${rows.length.toLocaleString("en-US")} rows; one import takes at most ${MAX_BULK.toLocaleString("en-US")}. Split it into smaller files.` };
  const headers = header.map((cell, i) => cell.trim() || `Column ${i + 1}`);
  return { ok: true, csv: { headers, rows } };
}

/** Checks a chosen file's name and size before it is read. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size > MAX_FILE_BYTES) return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`;
  if (file.size === 0) return `${file.name} is empty.`;
  if (!/\.(csv|txt|tsv)$/i.test(file.name)) return `${file.name} is not a CSV file. Export your spreadsheet as CSV (comma- or semicolon-separated) first.`;
  return null;
}
