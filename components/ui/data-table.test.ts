import { describe, expect, it } from "vitest";
import { byId, rowKeys } from "@/components/ui/data-table";

describe("rowKeys", () => {
  it("keys each row by what it is, so a row keeps its key when rows above it go", () => {
    const before = rowKeys([{ id: "amy" }, { id: "bob" }, { id: "zed" }], byId);
    const after = rowKeys([{ id: "zed" }], byId);
    expect(before[2]).toBe("zed");
    expect(after[0]).toBe(before[2]);
  });

  it("gives an item listed twice (two occurrences of one meeting) two distinct keys", () => {
    expect(rowKeys([{ id: 7 }, { id: 8 }, { id: 7 }], byId)).toEqual(["7", "8", "7#1"]);
  });
});
