import { describe, expect, it } from "vitest";
import { issueDownloadToken, verifyDownloadToken } from "../recordings/access-token";
import { captionUrl, verifyCaptionQuery } from "./signing";

const NOW = Date.parse("2026-03-01T12:00:00Z");

describe("caption URL", () => {
  it("has Zoom's shape and verifies while fresh", () => {
    const url = new URL(captionUrl("http://127.0.0.1:4010", 81234567890, NOW));
    expect(url.pathname).toBe("/closedcaption");
    expect(url.search).toMatch(/^\?id=81234567890&ns=[^&]+&expire=86400&spparams=id%2Cns%2Cexpire&signature=[\w-]+$/);
    expect(verifyCaptionQuery(url.searchParams, NOW + 60_000)).toEqual({ ok: true, meetingId: 81234567890 });
  });

  it("rejects tampering, missing parameters and expiry", () => {
    const url = new URL(captionUrl("http://x", 81234567890, NOW));
    const tampered = new URLSearchParams(url.searchParams);
    tampered.set("id", "81234567891");
    expect(verifyCaptionQuery(tampered, NOW)).toEqual({ ok: false, reason: "signature" });
    const missing = new URLSearchParams(url.searchParams);
    missing.delete("ns");
    expect(verifyCaptionQuery(missing, NOW)).toEqual({ ok: false, reason: "missing" });
    expect(verifyCaptionQuery(url.searchParams, NOW + 86_400_000)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("download_access_token", () => {
  it("grants exactly one recording until it expires", () => {
    const token = issueDownloadToken("/abc//def==", NOW, 60);
    expect(verifyDownloadToken(token, NOW + 59_000)).toBe("/abc//def==");
    expect(verifyDownloadToken(token, NOW + 60_000)).toBeUndefined();
    expect(verifyDownloadToken(token.replace(/.$/, (c) => (c === "A" ? "B" : "A")), NOW)).toBeUndefined();
    expect(verifyDownloadToken("an-oauth-token", NOW)).toBeUndefined();
  });
});
