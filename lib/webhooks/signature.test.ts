import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encryptPlainToken, isFresh, signatureMatches, signBody, timestampMs } from "@/lib/webhooks/signature";

describe("Zoom webhook signatures", () => {
  const body = '{"event":"meeting.started","event_ts":1,"payload":{}}';

  it("signs v0:{timestamp}:{body} with HMAC-SHA256 as Zoom documents", () => {
    expect(signBody("secret", "1700000000", body)).toBe(`v0=${createHmac("sha256", "secret").update(`v0:1700000000:${body}`).digest("hex")}`);
  });

  it("accepts only the exact signature of this body, timestamp and secret", () => {
    const good = signBody("secret", "1700000000", body);
    expect(signatureMatches("secret", "1700000000", body, good)).toBe(true);
    expect(signatureMatches("other", "1700000000", body, good)).toBe(false);
    expect(signatureMatches("secret", "1700000001", body, good)).toBe(false);
    expect(signatureMatches("secret", "1700000000", `${body} `, good)).toBe(false);
    expect(signatureMatches("secret", "1700000000", body, good.slice(0, -1))).toBe(false);
    expect(signatureMatches("secret", "1700000000", body, null)).toBe(false);
  });

  it("answers the URL validation with the hex HMAC of the plain token", () => {
    expect(encryptPlainToken("secret", "abc")).toBe(createHmac("sha256", "secret").update("abc").digest("hex"));
  });

  it("keeps a ±5 minute replay window, in seconds or milliseconds", () => {
    const now = 1_700_000_000_000;
    expect(isFresh("1700000000", now)).toBe(true);
    expect(isFresh(String(1_700_000_000 - 301), now)).toBe(false);
    expect(isFresh(String(1_700_000_000 + 301), now)).toBe(false);
    expect(isFresh(String(now - 299_000), now)).toBe(true);
    expect(timestampMs("12abc")).toBeNull();
    expect(isFresh(null, now)).toBe(false);
  });
});
