import { beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors/api-error";
import { countedWrite, isDailyLimit } from "@/lib/services/counted-write";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { resetWriteBudgets, writeBudget } from "@/lib/zoom/write-budget";

const limit = (type: string | null, retryAfter: string | null) =>
  new ZoomApiError(429, 429, "You have exceeded the daily rate limit (100) of Create/Update meeting API requests permitted for this particular user.", "t-1", {
    retryAfter,
    rateLimit: { category: null, type, limit: 100, remaining: 0, resetsAt: retryAfter },
  });

beforeEach(() => resetWriteBudgets());

describe("isDailyLimit", () => {
  it("recognises Zoom's daily limit by header or by a far Retry-After, not a per-second one", () => {
    const now = Date.parse("2026-01-01T12:00:00Z");
    expect(isDailyLimit(limit("Daily-limit", null), now)).toBe(true);
    expect(isDailyLimit(limit(null, "2026-01-02T00:00:00Z"), now)).toBe(true);
    expect(isDailyLimit(limit("QPS", "2026-01-01T12:00:01Z"), now)).toBe(false);
    expect(isDailyLimit(new ZoomApiError(404, 3001, "gone", null), now)).toBe(false);
  });
});

describe("countedWrite", () => {
  it("counts successful writes against the host's day", async () => {
    await countedWrite("host-1", async () => "ok");
    await countedWrite("host-1", async () => "ok");
    expect(writeBudget("host-1")).toMatchObject({ used: 2, remaining: 98, exhausted: false });
    expect(writeBudget("host-2").used).toBe(0);
  });

  it("turns the daily limit into a plain sentence with the reset time, and remembers it", async () => {
    const resetAt = new Date(Date.now() + 5 * 3600_000).toISOString();
    const error = await countedWrite("host-1", async () => {
      throw limit("Daily-limit", resetAt);
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "rate_limited", status: 429 });
    expect(error.message).toMatch(/^This host has reached Zoom's daily limit of 100 meeting and webinar creates\/updates\. Zoom accepts changes again at \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);
    expect(error.extra.zoom).toMatchObject({ code: 429, trackingId: "t-1", retryAfter: resetAt });
    expect(writeBudget("host-1")).toMatchObject({ exhausted: true, remaining: 0, resetsAt: resetAt });
  });

  it("passes other Zoom errors through untouched", async () => {
    const gone = new ZoomApiError(404, 3001, "Meeting does not exist: 1.", null);
    await expect(countedWrite("host-1", async () => Promise.reject(gone))).rejects.toBe(gone);
    expect(writeBudget("host-1").used).toBe(0);
  });
});
