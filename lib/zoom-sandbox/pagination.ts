/**
 * Zoom's list paging: `page_size` + `next_page_token` (tokens expire after 15 minutes of the
 * sandbox clock) with the legacy `page_number` still honoured where the spec lists it.
 *
 * Tokens are self-contained (list key hash, offset, issue time) and MAC'd with a per-process
 * secret, so the sandbox keeps no paging state and a token cannot be replayed on another list.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { ZoomSandboxError, type RouteContext } from "./types";

const TOKEN_TTL_MS = 15 * 60 * 1000;
const secret = randomBytes(32);

export interface PageOptions {
  defaultSize: number;
  maxSize: number;
  /** Identifies the list (e.g. `meetings:<userId>:scheduled`), so a token only works on the list it came from. */
  key: string;
}

export interface Page<T> {
  items: T[];
  page_size: number;
  total_records: number;
  /** Empty string on the last page, as Zoom sends it. */
  next_page_token: string;
  page_count: number;
  page_number: number;
}

function invalidToken(): ZoomSandboxError {
  return new ZoomSandboxError(400, 300, "The next page token is invalid or expired.");
}

function keyHash(key: string): Buffer {
  return createHash("sha256").update(key).digest().subarray(0, 6);
}

function mac(payload: Buffer): Buffer {
  return createHmac("sha256", secret).update(payload).digest().subarray(0, 9);
}

function encodeToken(key: string, offset: number, issuedAtMs: number): string {
  const payload = Buffer.alloc(16);
  keyHash(key).copy(payload, 0);
  payload.writeUInt32BE(offset, 6);
  payload.writeUIntBE(Math.floor(issuedAtMs / 1000), 10, 6);
  return Buffer.concat([payload, mac(payload)]).toString("base64url");
}

function decodeToken(token: string, key: string, nowMs: number): number {
  const raw = Buffer.from(token, "base64url");
  if (raw.length !== 25) throw invalidToken();
  const payload = raw.subarray(0, 16);
  if (!timingSafeEqual(raw.subarray(16), mac(payload))) throw invalidToken();
  if (!payload.subarray(0, 6).equals(keyHash(key))) throw invalidToken();
  const issuedAtMs = payload.readUIntBE(10, 6) * 1000;
  if (nowMs - issuedAtMs > TOKEN_TTL_MS) throw invalidToken();
  return payload.readUInt32BE(6);
}

function positiveInt(ctx: RouteContext, name: string): number | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return undefined;
  if (!/^\d+$/.test(raw)) {
    throw new ZoomSandboxError(400, 300, `Invalid field.`, [{ field: name, message: "Invalid field." }]);
  }
  return Number(raw);
}

/**
 * Slices `items` into the page the request asks for.
 * - `page_size`: default `defaultSize`; values above `maxSize` are clamped (Zoom does not reject them);
 *   0 means the default; non-numeric → 400/300.
 * - `next_page_token` wins over `page_number`; an unknown, foreign or >15-minute-old token →
 *   400 `{"code":300,"message":"The next page token is invalid or expired."}`.
 */
export function paginate<T>(ctx: RouteContext, items: T[], opts: PageOptions): Page<T> {
  const requested = positiveInt(ctx, "page_size");
  const pageSize = !requested ? opts.defaultSize : Math.min(requested, opts.maxSize);
  const nowMs = ctx.now().getTime();
  const token = ctx.query.get("next_page_token");
  let offset = 0;
  if (token) {
    offset = decodeToken(token, opts.key, nowMs);
  } else {
    const pageNumber = positiveInt(ctx, "page_number");
    if (pageNumber && pageNumber > 1) offset = (pageNumber - 1) * pageSize;
  }
  const total = items.length;
  const slice = items.slice(offset, offset + pageSize);
  const nextOffset = offset + slice.length;
  return {
    items: slice,
    page_size: pageSize,
    total_records: total,
    next_page_token: nextOffset < total && slice.length > 0 ? encodeToken(opts.key, nextOffset, nowMs) : "",
    page_count: Math.ceil(total / pageSize),
    page_number: Math.floor(offset / pageSize) + 1,
  };
}
