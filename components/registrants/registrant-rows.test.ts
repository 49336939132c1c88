import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { customTitles, exportFileName, exportTable, filterRegistrants, formatSort, parseSort, sortRegistrants } from "@/components/registrants/registrant-rows";
import type { RegistrationQuestions } from "@/lib/schemas/registrant";
import type { ZoomRegistrant } from "@/lib/zoom/types/registrant";

const r = (id: string, first: string, last: string, email: string, time?: string, answers: [string, string][] = []): ZoomRegistrant => ({
  id,
  first_name: first,
  last_name: last,
  email,
  create_time: time,
  status: "approved",
  join_url: `https://zoom.test/w/1?tk=${id}`,
  custom_questions: answers.map(([title, value]) => ({ title, value })),
});

const rows = [
  r("a", "Zoe", "Adams", "zoe@b.test", "2026-01-03T10:00:00Z", [["Team", "Red"]]),
  r("b", "ana", "Lopez", "Ana.Lopez@a.test", "2026-01-01T10:00:00Z"),
  r("c", "Bram", "Zed", "bram@c.test", undefined, [["Old question", "kept"]]),
];
const questions: RegistrationQuestions = {
  questions: [{ field_name: "org", required: true }],
  custom_questions: [
    { title: "Team", type: "single", required: false, answers: ["Red", "Blue"] },
    { title: "Diet", type: "short", required: false },
  ],
};

describe("registrant rows", () => {
  it("search matches every word in name or email, any case", () => {
    expect(filterRegistrants(rows, "ANA lopez").map((x) => x.id)).toEqual(["b"]);
    expect(filterRegistrants(rows, "c.test").map((x) => x.id)).toEqual(["c"]);
    expect(filterRegistrants(rows, "zoe zed")).toEqual([]);
    expect(filterRegistrants(rows, "  ")).toBe(rows);
  });

  it("sorts by name ignoring case, by email, by time with unknown times last either way", () => {
    expect(sortRegistrants(rows, { id: "name", desc: false }).map((x) => x.id)).toEqual(["b", "c", "a"]);
    expect(sortRegistrants(rows, { id: "email", desc: true }).map((x) => x.id)).toEqual(["a", "c", "b"]);
    expect(sortRegistrants(rows, { id: "time", desc: false }).map((x) => x.id)).toEqual(["b", "a", "c"]);
    expect(sortRegistrants(rows, { id: "time", desc: true }).map((x) => x.id)).toEqual(["a", "b", "c"]);
    expect(sortRegistrants(rows, null).map((x) => x.id)).toEqual(["a", "b", "c"]);
  });

  it("keeps the sort in the URL as name / -time, and ignores anything else", () => {
    expect(parseSort("-time")).toEqual({ id: "time", desc: true });
    expect(parseSort("email")).toEqual({ id: "email", desc: false });
    expect(parseSort("-topic")).toBeNull();
    expect(formatSort({ id: "name", desc: true })).toBe("-name");
    expect(formatSort(null)).toBeNull();
  });

  it("shows a column per asked question, then answered questions no longer asked", () => {
    expect(customTitles(questions, rows)).toEqual(["Team", "Diet", "Old question"]);
  });

  it("exports the rows as given with every custom answer in its own column, readable back by papaparse", () => {
    const table = exportTable(sortRegistrants(filterRegistrants(rows, ".test"), { id: "name", desc: false }), questions);
    expect(table.fields).toEqual(["First name", "Last name", "Email", "Organization", "Team", "Diet", "Old question", "Status", "Registered at (UTC)", "Join URL", "Registrant ID"]);
    const csv = Papa.unparse(table, { escapeFormulae: true });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(parsed.map((row) => row["Email"])).toEqual(["Ana.Lopez@a.test", "bram@c.test", "zoe@b.test"]);
    expect(parsed[2]!["Team"]).toBe("Red");
    expect(parsed[1]!["Old question"]).toBe("kept");
    expect(parsed[0]!["Registered at (UTC)"]).toBe("2026-01-01T10:00:00Z");
  });

  it("names the file after the parent and the tab", () => {
    expect(exportFileName({ kind: "webinar", id: "123" }, "pending")).toBe("webinar-123-pending-registrants.csv");
  });

  it("filters and sorts 5,000 rows", () => {
    const many = Array.from({ length: 5000 }, (_, i) => r(String(i), `Name${i % 97}`, `Last${i}`, `p${i}@x.test`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()));
    const found = sortRegistrants(filterRegistrants(many, "name5"), { id: "time", desc: true });
    expect(found.length).toBe(many.filter((x) => x.first_name.toLowerCase().includes("name5")).length);
    // The newest match: the highest index whose first name contains "name5" (Name5, Name50…Name59).
    expect(found[0]!.id).toBe(String(Math.max(...many.filter((x) => x.first_name.toLowerCase().includes("name5")).map((x) => Number(x.id)))));
    expect(found.every((x, i) => i === 0 || found[i - 1]!.create_time! >= x.create_time!)).toBe(true);
  });
});
