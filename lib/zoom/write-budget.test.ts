import { describe, expect, it } from "vitest";
import { limitResetsAt, utcDay, writeBudgetFrom } from "@/lib/zoom/write-budget";

describe("write budget arithmetic", () => {
  it("takes Zoom's day from UTC, not the machine's zone", () => {
    expect(utcDay(new Date("2026-03-01T23:30:00-05:00"))).toBe("2026-03-02");
    expect(utcDay(new Date("2026-03-02T00:30:00+02:00"))).toBe("2026-03-01");
  });

  it("starts a day with the whole budget, resetting at the next UTC midnight", () => {
    expect(writeBudgetFrom(null, new Date("2026-03-01T18:00:00Z"))).toEqual({ used: 0, limit: 100, remaining: 100, exhausted: false, resetsAt: "2026-03-02T00:00:00.000Z" });
  });

  it("never shows more than the limit used", () => {
    expect(writeBudgetFrom({ used: 37, exhaustedUntil: null }).remaining).toBe(63);
    expect(writeBudgetFrom({ used: 130, exhaustedUntil: null })).toMatchObject({ used: 100, remaining: 0, exhausted: false });
  });

  it("is exhausted while Zoom's refusal holds, and only then", () => {
    const now = new Date("2026-03-01T18:00:00Z");
    const until = new Date("2026-03-01T20:00:00Z");
    expect(writeBudgetFrom({ used: 3, exhaustedUntil: until }, now)).toEqual({ used: 100, limit: 100, remaining: 0, exhausted: true, resetsAt: until.toISOString() });
    expect(writeBudgetFrom({ used: 3, exhaustedUntil: until }, new Date("2026-03-01T20:00:01Z"))).toMatchObject({ used: 3, exhausted: false });
  });

  it("resets when Zoom said, else at the next UTC midnight", () => {
    const now = new Date("2026-03-01T18:00:00Z");
    expect(limitResetsAt("2026-03-01T21:00:00Z", now)).toBe("2026-03-01T21:00:00.000Z");
    expect(limitResetsAt(null, now)).toBe("2026-03-02T00:00:00.000Z");
    expect(limitResetsAt("soon", now)).toBe("2026-03-02T00:00:00.000Z");
  });
});
