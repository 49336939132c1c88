import { describe, expect, it } from "vitest";
import { monthWindows } from "@/lib/zoom/month-windows";

const days = (w: { from: string; to: string }) => (Date.parse(w.to) - Date.parse(w.from)) / 86_400_000 + 1;

describe("monthWindows", () => {
  it("keeps a range of a month or less in one window", () => {
    expect(monthWindows("2026-11-02", "2026-12-01")).toEqual([{ from: "2026-11-02", to: "2026-12-01" }]);
  });

  it("splits a long range into windows of at most a month, newest first, covering every day exactly once", () => {
    const windows = monthWindows("2026-01-15", "2026-12-01");
    expect(windows[0]).toEqual({ from: "2026-11-02", to: "2026-12-01" });
    expect(windows.at(-1)!.from).toBe("2026-01-15");
    for (const w of windows) expect(days(w)).toBeLessThanOrEqual(31);
    for (let i = 1; i < windows.length; i++) expect(days({ from: windows[i]!.to, to: windows[i - 1]!.from })).toBe(2);
    expect(windows.reduce((n, w) => n + days(w), 0)).toBe(days({ from: "2026-01-15", to: "2026-12-01" }));
  });

  it("handles month ends and leap days, and refuses a reversed or invalid range", () => {
    const windows = monthWindows("2024-01-31", "2024-03-31");
    expect(windows.reduce((n, w) => n + days(w), 0)).toBe(61);
    expect(monthWindows("2026-12-01", "2026-11-01")).toEqual([]);
    expect(monthWindows("2026-02-30", "2026-03-01")).toEqual([]);
  });
});

describe("a meeting UUID in Zoom's paths", async () => {
  const { zoomUuidSegment } = await import("@/lib/zoom/recordings");
  it("is encoded twice when it holds a slash (Zoom's gateway reads a once-encoded %2F as a separator), once otherwise", () => {
    expect(zoomUuidSegment("/ajXp112QmuoKj4854875==")).toBe("%252FajXp112QmuoKj4854875%253D%253D");
    expect(zoomUuidSegment("Fqpty/qGVDVB90vlKuhUxw==")).toBe("Fqpty%252FqGVDVB90vlKuhUxw%253D%253D");
    expect(zoomUuidSegment("aDYlohsHRtCd4ii1uC2+hA==")).toBe("aDYlohsHRtCd4ii1uC2%2BhA%3D%3D");
    expect(zoomUuidSegment("85746065432")).toBe("85746065432");
  });
});
