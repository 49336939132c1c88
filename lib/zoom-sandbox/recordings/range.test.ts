import { describe, expect, it } from "vitest";
import { parseRange } from "./range";

describe("parseRange", () => {
  it("reads bytes=a-b, bytes=a- and bytes=-n, clamping the end to the file", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ kind: "partial", start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ kind: "partial", start: 900, end: 999 });
    expect(parseRange("bytes=-10", 1000)).toEqual({ kind: "partial", start: 990, end: 999 });
    expect(parseRange("bytes=-5000", 1000)).toEqual({ kind: "partial", start: 0, end: 999 });
    expect(parseRange("bytes=990-5000", 1000)).toEqual({ kind: "partial", start: 990, end: 999 });
  });

  it("is unsatisfiable when the range starts past the end or asks for the last 0 bytes", () => {
    expect(parseRange("bytes=1000-", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", 1000)).toEqual({ kind: "unsatisfiable" });
  });

  it("ignores what it cannot read, several ranges and other units (the whole file)", () => {
    for (const header of [null, "", "bytes=", "bytes=5-2", "bytes=0-1,5-9", "items=0-1", "bytes=a-b"]) {
      expect(parseRange(header, 1000)).toEqual({ kind: "full" });
    }
  });
});
