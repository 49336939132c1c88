import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

describe("safeCallbackPath", () => {
  it.each([
    ["/meetings", "/meetings"],
    ["/meetings/123?tab=registrants#top", "/meetings/123?tab=registrants#top"],
    ["/settings/connections", "/settings/connections"],
  ])("keeps the dashboard path %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    ["a backslash the browser reads as a second slash", "/\\evil.example/login"],
    ["an encoded tab before the host", "/\t/evil.example"],
    ["a protocol-relative address", "//evil.example"],
    ["an absolute address", "https://evil.example/"],
    ["a javascript: address", "javascript:alert(1)"],
    ["a path that resolves to another origin", "/..//evil.example"],
    ["nothing", undefined],
    ["a repeated parameter", ["/a", "/b"]],
  ])("sends %s home instead", (_name, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
});
