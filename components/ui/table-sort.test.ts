import { describe, expect, it } from "vitest";
import { nextSorting, sortRows } from "@/components/ui/table-sort";

describe("table sorting", () => {
  const rows = [
    { id: 1, start: "2027-03-01T09:00:00Z" },
    { id: 2, start: undefined },
    { id: 3, start: "2026-12-24T18:00:00Z" },
    { id: 4, start: "2027-03-01T09:00:00Z" },
  ];
  const start = (row: (typeof rows)[number]) => row.start;
  const ids = (sorted: typeof rows) => sorted.map((row) => row.id);

  it("sorts ISO times in time order either way, rows without a time last, ties in their order", () => {
    expect(ids(sortRows(rows, { id: "start", desc: false }, start))).toEqual([3, 1, 4, 2]);
    expect(ids(sortRows(rows, { id: "start", desc: true }, start))).toEqual([1, 4, 3, 2]);
  });

  it("leaves the rows as sent when unsorted", () => {
    expect(ids(sortRows(rows, null, start))).toEqual([1, 2, 3, 4]);
  });

  it("cycles a header through ascending, descending and unsorted", () => {
    expect(nextSorting(null, "start")).toEqual({ id: "start", desc: false });
    expect(nextSorting({ id: "start", desc: false }, "start")).toEqual({ id: "start", desc: true });
    expect(nextSorting({ id: "start", desc: true }, "start")).toBeNull();
    expect(nextSorting({ id: "topic", desc: true }, "start")).toEqual({ id: "start", desc: false });
  });
});
