import { describe, expect, it } from "vitest";
import { findUnsafeText, MAX_JSON_DEPTH, unsafeTextReason } from "@/lib/api/text-safety";

describe("unsafeTextReason", () => {
  it.each([
    ["NUL", "a\u0000b", /NUL/],
    ["right-to-left override", "invoice\u202Efdp.exe", /U\+202E/],
    ["first-strong isolate", "a\u2068b", /U\+2068/],
    ["zero-width space", "stand\u200Bup", /U\+200B/],
    ["byte-order mark", "\uFEFFtopic", /U\+FEFF/],
    ["escape", "bell\u001B[31m", /U\+001B/],
    ["lone high surrogate", "x\uD83Dy", /lone UTF-16 surrogate/],
    ["lone low surrogate", "x\uDE00y", /lone UTF-16 surrogate/],
  ])("refuses %s", (_name, value, reason) => {
    expect(unsafeTextReason(value)).toMatch(reason);
  });

  it.each([
    ["accents and CJK", "Équipe 東京 Zürich"],
    ["emoji with joiners", "Family 👨‍👩‍👧 and flags 🇩🇪"],
    ["Arabic and Hebrew with marks", "مراجعة \u200Fשלום"],
    ["Persian with a zero-width non-joiner", "می\u200Cخواهم"],
    ["tabs and line breaks", "line one\n\tline two\r\n"],
  ])("keeps %s", (_name, value) => {
    expect(unsafeTextReason(value)).toBeNull();
  });
});

describe("findUnsafeText", () => {
  it("names the first unsafe field by its path, also inside arrays and keys", () => {
    expect(findUnsafeText({ topic: "ok", settings: { alternativeHosts: ["a@b.test", "c\u0000@d.test"] } })).toEqual({
      field: "settings.alternativeHosts.1",
      reason: "contains a NUL character",
    });
    expect(findUnsafeText({ "bad\u202Ekey": 1 })?.field).toBe("(key)");
    expect(findUnsafeText({ topic: "fine", n: 3, list: [true, null] })).toBeNull();
  });

  it("reports the first of several bad fields, in the order they were sent", () => {
    expect(findUnsafeText({ a: ["ok", { b: "x\u200B" }], c: "y\u0000" })?.field).toBe("a.1.b");
  });

  it("refuses ten thousand nested brackets with a reason instead of overflowing the stack", () => {
    const deep = JSON.parse("[".repeat(10_000) + "]".repeat(10_000)) as unknown;
    expect(findUnsafeText(deep)).toEqual({ field: Array.from({ length: MAX_JSON_DEPTH }, () => "0").join("."), reason: `nests deeper than ${MAX_JSON_DEPTH} levels` });
    const ok = JSON.parse("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH)) as unknown;
    expect(findUnsafeText(ok)).toBeNull();
  });
});
