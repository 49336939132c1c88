import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { needsResealing, open, seal, SealError, sealedKeyId } from "@/lib/crypto/aes-gcm";

const k1 = { id: "k1", key: randomBytes(32) };
const k2 = { id: "k2", key: randomBytes(32) };
const token = "zoom-access-token-with-unicode-✓";

describe("seal/open", () => {
  it("round-trips and never contains the plaintext", () => {
    const sealed = seal(token, [k1], "ZoomConnection.accessToken");
    expect(sealed).toMatch(/^v1\.k1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("zoom-access-token");
    expect(open(sealed, [k1], "ZoomConnection.accessToken")).toBe(token);
  });

  it("uses a fresh IV per value, so equal tokens do not look equal", () => {
    expect(seal(token, [k1], "c")).not.toBe(seal(token, [k1], "c"));
  });

  it("refuses a value sealed for another column", () => {
    const sealed = seal(token, [k1], "ZoomConnection.refreshToken");
    expect(() => open(sealed, [k1], "ZoomConnection.accessToken")).toThrow(SealError);
  });

  it("refuses a tampered value without echoing it", () => {
    const sealed = seal(token, [k1], "c");
    const parts = sealed.split(".");
    const data = Buffer.from(parts[4]!, "base64url");
    data[0] = data[0]! ^ 1;
    parts[4] = data.toString("base64url");
    const error = (() => {
      try {
        open(parts.join("."), [k1], "c");
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toBeInstanceOf(SealError);
    expect(error?.message).not.toContain(parts[4]);
  });

  it("refuses plaintext and unknown formats", () => {
    expect(() => open(token, [k1], "c")).toThrow(/not in the sealed format/);
  });
});

describe("key rotation", () => {
  it("opens values sealed with an older key once a new key is first", () => {
    const old = seal(token, [k1], "c");
    const rotated = [k2, k1];
    expect(open(old, rotated, "c")).toBe(token);
    expect(needsResealing(old, rotated)).toBe(true);
    const resealed = seal(open(old, rotated, "c"), rotated, "c");
    expect(sealedKeyId(resealed)).toBe("k2");
    expect(needsResealing(resealed, rotated)).toBe(false);
  });

  it("says which key is missing when a retired key is dropped too early", () => {
    const old = seal(token, [k1], "c");
    expect(() => open(old, [k2], "c")).toThrow(/key "k1", which is not configured/);
  });

  it("rejects keys of the wrong length", () => {
    expect(() => seal(token, [{ id: "short", key: randomBytes(16) }], "c")).toThrow(/32 bytes/);
  });
});
