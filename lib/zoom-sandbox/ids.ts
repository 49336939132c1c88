/**
 * Id generators. Ids derive from `state.seq` (persisted) mixed with the seeded random source,
 * so they are deterministic after a reset and never collide with ids saved before a restart.
 */
import { createHash, randomBytes } from "node:crypto";
import type { SandboxState } from "./types";

/** What an id generator needs: RouteContext and ControlContext both satisfy it. */
export interface IdSource {
  state: SandboxState;
  random(): number;
}

const ID_SPAN = 90_000_000_000; // 11-digit ids: [1e10, 1e11)
const ID_MULTIPLIER = 7_919 * 104_729; // coprime with ID_SPAN (= 2^10·3^2·5^10), so the map is a bijection
const ID_OFFSET = 13_513_513_513;

function nextSeq(src: IdSource): number {
  src.state.seq += 1;
  return src.state.seq;
}

/**
 * A new 11-digit meeting/webinar id (Zoom's ids are int64 and "can be more than 10 digits").
 * Unique for the life of the state because it is a bijection of the monotonic `seq`.
 */
export function newId(src: IdSource): number {
  const seq = nextSeq(src);
  const scrambled = (BigInt(seq) * BigInt(ID_MULTIPLIER) + BigInt(ID_OFFSET)) % BigInt(ID_SPAN);
  return 10_000_000_000 + Number(scrambled);
}

function digest(src: IdSource, label: string): Buffer {
  const seq = nextSeq(src);
  return createHash("sha256").update(`${label}:${seq}:${src.random()}`).digest();
}

/** A meeting-instance UUID as Zoom writes it: 16 bytes in standard base64 (24 chars ending `==`). */
export function newUuid(src: IdSource): string {
  return digest(src, "uuid").subarray(0, 16).toString("base64");
}

/** A user/template/registrant style id: 22 url-safe characters, like `KDcuGIm1QgePTO8WbOqwIQ`. */
export function newUserId(src: IdSource): string {
  return digest(src, "user").subarray(0, 16).toString("base64url");
}

/** A short alphanumeric id (templates, file ids). */
export function newShortId(src: IdSource, length = 22): string {
  return digest(src, "short").toString("base64url").replace(/[-_]/g, "x").slice(0, length);
}

/** A 10-digit personal meeting id. */
export function newPmi(src: IdSource): number {
  return 2_000_000_000 + Math.floor(src.random() * 7_000_000_000);
}

/**
 * An opaque secret (access/refresh tokens, codes). Cryptographically random and deliberately
 * not JWT-shaped, so clients cannot grow a habit of decoding Zoom tokens.
 */
export function opaqueSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
