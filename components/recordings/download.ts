import { UTF8_BOM } from "@/lib/csv-safety";

/** Saves text the page made (a CSV export) as a file, without a round trip to the server. */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8") {
  // A BOM before CSV, so spreadsheets read names and messages as UTF-8 (lib/csv-safety.ts).
  const url = URL.createObjectURL(new Blob(type.startsWith("text/csv") ? [UTF8_BOM, text] : [text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns; revoke once it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
