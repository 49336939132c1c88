/**
 * The caption URL Zoom hands out as a "closed caption token":
 * `<host>/closedcaption?id=<meetingId>&ns=<issued>&expire=86400&spparams=id%2Cns%2Cexpire&signature=<mac>`.
 * `spparams` names the signed parameters. `ns` carries the issue time (4-byte big-endian seconds in
 * base64, which also gives it the 8-character `…==` look of Zoom's), so expiry needs no state.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const secret = randomBytes(32);
export const CAPTION_TTL_S = 86_400;
const SIGNED = ["id", "ns", "expire"] as const;

function sign(values: Record<(typeof SIGNED)[number], string>): string {
  return createHmac("sha256", secret)
    .update(SIGNED.map((k) => `${k}=${values[k]}`).join("&"))
    .digest("base64url")
    .slice(0, 22);
}

export function captionUrl(baseUrl: string, meetingId: number, nowMs: number): string {
  const issued = Buffer.alloc(4);
  issued.writeUInt32BE(Math.floor(nowMs / 1000));
  const values = { id: String(meetingId), ns: issued.toString("base64"), expire: String(CAPTION_TTL_S) };
  const query = new URLSearchParams({ ...values, spparams: SIGNED.join(","), signature: sign(values) });
  return `${baseUrl}/closedcaption?${query.toString()}`;
}

export type CaptionUrlCheck = { ok: true; meetingId: number } | { ok: false; reason: "missing" | "signature" | "expired" };

/** Checks a caption request's signed parameters (not `seq`/`lang`, which the caller adds). */
export function verifyCaptionQuery(query: URLSearchParams, nowMs: number): CaptionUrlCheck {
  const id = query.get("id");
  const ns = query.get("ns");
  const expire = query.get("expire");
  const signature = query.get("signature");
  if (!id || !ns || !expire || !signature) return { ok: false, reason: "missing" };
  const expected = Buffer.from(sign({ id, ns, expire }));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "signature" };
  const issued = Buffer.from(ns, "base64");
  if (issued.length !== 4 || !/^\d+$/.test(id)) return { ok: false, reason: "signature" };
  if ((issued.readUInt32BE() + Number(expire)) * 1000 <= nowMs) return { ok: false, reason: "expired" };
  return { ok: true, meetingId: Number(id) };
}
