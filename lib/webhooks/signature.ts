/**
 * Zoom's webhook signatures (developers.zoom.us → "Using webhooks" → "Verify webhook events"):
 * `x-zm-signature: v0=` + hex HMAC-SHA256(secret token, `v0:{x-zm-request-timestamp}:{raw body}`),
 * and the `endpoint.url_validation` answer `encryptedToken` = hex HMAC-SHA256(secret token, plainToken).
 * Pure functions, shared by the receiver and its tests.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** Zoom's documented replay window: a timestamp further than this from our clock is refused. */
export const REPLAY_WINDOW_MS = 5 * 60 * 1000;

export function signBody(secret: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

export function encryptPlainToken(secret: string, plainToken: string): string {
  return createHmac("sha256", secret).update(plainToken).digest("hex");
}

/** Constant-time comparison of what was sent with what the secret gives (a length mismatch is simply false). */
export function signatureMatches(secret: string, timestamp: string, rawBody: string, sent: string | null): boolean {
  if (!sent) return false;
  const expected = Buffer.from(signBody(secret, timestamp, rawBody));
  const given = Buffer.from(sent);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Zoom sends the timestamp in seconds (its examples) — milliseconds are accepted too, so a sender
 * in either unit is judged by the same window. Null when missing or not a number.
 */
export function timestampMs(header: string | null): number | null {
  if (!header || !/^\d{1,16}$/.test(header)) return null;
  const value = Number(header);
  return value < 1e12 ? value * 1000 : value;
}

export function isFresh(header: string | null, now: number): boolean {
  const ms = timestampMs(header);
  return ms !== null && Math.abs(now - ms) <= REPLAY_WINDOW_MS;
}
