import { describe, expect, it } from "vitest";
import { describeAgo, describeExpiry, expiresAtFrom, isRenewalDue, isUsable, MIN_USABLE_MS, RENEW_AHEAD_MS } from "@/lib/auth/expiry";

const t0 = Date.parse("2026-11-22T12:00:00Z");

describe("expiry maths", () => {
  it("counts Zoom's expires_in from when the request was sent", () => {
    expect(expiresAtFrom(t0, 3599).toISOString()).toBe("2026-11-22T12:59:59.000Z");
    expect(expiresAtFrom(t0, -5).getTime()).toBe(t0);
  });

  it("renews ahead of expiry, and when the expiry is unknown", () => {
    const expiresAt = new Date(t0 + 3599_000);
    expect(isRenewalDue(expiresAt, t0)).toBe(false);
    expect(isRenewalDue(expiresAt, expiresAt.getTime() - RENEW_AHEAD_MS - 1)).toBe(false);
    expect(isRenewalDue(expiresAt, expiresAt.getTime() - RENEW_AHEAD_MS)).toBe(true);
    expect(isRenewalDue(null, t0)).toBe(true);
  });

  it("still uses a token that is due but has time left, never one about to expire", () => {
    const expiresAt = new Date(t0 + 2 * 60_000);
    expect(isRenewalDue(expiresAt, t0)).toBe(true);
    expect(isUsable(expiresAt, t0)).toBe(true);
    expect(isUsable(expiresAt, expiresAt.getTime() - MIN_USABLE_MS)).toBe(false);
    expect(isUsable(null, t0)).toBe(false);
  });

  it("describes expiry and age for people", () => {
    expect(describeExpiry(new Date(t0 + 59 * 60_000 + 59_000), t0)).toBe("in 59 minutes");
    expect(describeExpiry(new Date(t0 + 30_000), t0)).toBe("in less than a minute");
    expect(describeExpiry(new Date(t0 - 3 * 60_000), t0)).toBe("expired 3 minutes ago");
    expect(describeExpiry(new Date(t0 + 3 * 3600_000), t0)).toBe("in 3 hours");
    expect(describeExpiry(null, t0)).toBe("unknown");
    expect(describeAgo(new Date(t0 - 10_000), t0)).toBe("just now");
    expect(describeAgo(new Date(t0 - 61_000), t0)).toBe("1 minute ago");
    expect(describeAgo(null, t0)).toBe("never");
  });
});
