/**
 * `download_access_token`: a bearer that only downloads one recording's files, for clients that
 * should not hold an OAuth token. Self-contained (recording UUID + expiry) and MAC'd with a
 * per-process secret, like the paging tokens, so no state is kept for it.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const secret = randomBytes(32);
const PREFIX = "sbxdl";

/** Zoom's `ttl` is 0–604800 seconds; the sandbox uses one day when none (or 0) is given. */
export const DEFAULT_TTL_S = 86_400;
export const MAX_TTL_S = 604_800;

function mac(payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

export function issueDownloadToken(recordingUuid: string, nowMs: number, ttlSeconds: number): string {
  const payload = Buffer.from(JSON.stringify({ u: recordingUuid, e: nowMs + ttlSeconds * 1000 })).toString("base64url");
  return `${PREFIX}.${payload}.${mac(payload)}`;
}

/** The recording UUID a live token grants, or undefined for anything else. */
export function verifyDownloadToken(token: string, nowMs: number): string | undefined {
  const [prefix, payload, signature] = token.split(".");
  if (prefix !== PREFIX || !payload || !signature) return undefined;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const { u, e } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { u: string; e: number };
    return typeof u === "string" && typeof e === "number" && e > nowMs ? u : undefined;
  } catch {
    return undefined;
  }
}
