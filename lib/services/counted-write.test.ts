/** countedWrite itself counts in PostgreSQL: tests/integration/zoom/write-budget.test.ts. */
import { describe, expect, it } from "vitest";
import { isDailyLimit } from "@/lib/services/counted-write";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";

const limit = (type: string | null, retryAfter: string | null) =>
  new ZoomApiError(429, 429, "You have exceeded the daily rate limit (100) of Create/Update meeting API requests permitted for this particular user.", "t-1", {
    retryAfter,
    rateLimit: { category: null, type, limit: 100, remaining: 0, resetsAt: retryAfter },
  });

describe("isDailyLimit", () => {
  it("recognises Zoom's daily limit by header or by a far Retry-After, not a per-second one", () => {
    const now = Date.parse("2026-01-01T12:00:00Z");
    expect(isDailyLimit(limit("Daily-limit", null), now)).toBe(true);
    expect(isDailyLimit(limit(null, "2026-01-02T00:00:00Z"), now)).toBe(true);
    expect(isDailyLimit(limit("QPS", "2026-01-01T12:00:01Z"), now)).toBe(false);
    expect(isDailyLimit(new ZoomApiError(404, 3001, "gone", null), now)).toBe(false);
  });
});
