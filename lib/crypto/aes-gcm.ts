/**
 * AES-256-GCM for secrets at rest. A sealed value is `v1.<kid>.<iv>.<tag>.<ciphertext>` (base64url
 * parts): the key id travels with the value so keys can rotate — the first key seals, every
 * listed key opens. `context` is bound as additional authenticated data, so a value copied into
 * another column (e.g. a refresh token pasted over an access token) fails to open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export interface SealingKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

const VERSION = "v1";
const IV_BYTES = 12;

/** Opening failed: unknown key id, tampered value or wrong context. Never carries the value. */
export class SealError extends Error {
  override name = "SealError";
}

function assertKey(key: SealingKey) {
  if (key.key.length !== 32) throw new SealError(`Encryption key "${key.id}" must be 32 bytes.`);
}

export function seal(plaintext: string, keys: readonly SealingKey[], context: string): string {
  const key = keys[0];
  if (!key) throw new SealError("No encryption key is configured.");
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, key.id, iv.toString("base64url"), tag.toString("base64url"), data.toString("base64url")].join(".");
}

export function open(sealed: string, keys: readonly SealingKey[], context: string): string {
  const parts = sealed.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new SealError("The stored value is not in the sealed format.");
  const [, kid, iv, tag, data] = parts as [string, string, string, string, string];
  const key = keys.find((candidate) => candidate.id === kid);
  if (!key) throw new SealError(`The stored value was sealed with key "${kid}", which is not configured.`);
  assertKey(key);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError(`The stored value could not be opened with key "${kid}" (tampered, or sealed for another column).`);
  }
}

/** The key id a sealed value was sealed with, or null when the value is not sealed. */
export function sealedKeyId(sealed: string): string | null {
  const parts = sealed.split(".");
  return parts.length === 5 && parts[0] === VERSION ? parts[1]! : null;
}

/** Whether a value should be re-sealed because it was sealed with a key other than the current one. */
export function needsResealing(sealed: string, keys: readonly SealingKey[]): boolean {
  return sealedKeyId(sealed) !== keys[0]?.id;
}
