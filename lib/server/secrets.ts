/**
 * Secrets the app needs even when nobody configured them: the session secret and the
 * token-encryption keys. Configuration wins; otherwise they are generated once into DATA_DIR
 * (mode 0600) so `npm start` just works. Several instances must share them: set AUTH_SECRET and
 * TOKEN_ENCRYPTION_KEYS in production.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, env } from "@/lib/env";

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

export interface AppSecrets {
  authSecret: string;
  /** First key encrypts; every key decrypts (rotation). */
  encryptionKeys: EncryptionKey[];
  /** Password of the embedded PostgreSQL superuser (only meaningful without DATABASE_URL). */
  embeddedDbPassword: string;
}

interface StoredSecrets {
  authSecret: string;
  encryptionKeys: { id: string; key: string }[];
  embeddedDbPassword: string;
}

let cached: AppSecrets | undefined;

function readOrCreate(file: string): StoredSecrets {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as StoredSecrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const fresh: StoredSecrets = {
    authSecret: randomBytes(32).toString("base64url"),
    encryptionKeys: [{ id: "k1", key: randomBytes(32).toString("base64") }],
    embeddedDbPassword: randomBytes(18).toString("base64url"),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // `wx` so two processes starting together cannot both write different secrets.
    fs.writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600, flag: "wx" });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return JSON.parse(fs.readFileSync(file, "utf8"));
    throw error;
  }
}

export function parseKeyList(value: string): EncryptionKey[] {
  return value.split(",").map((pair) => {
    const [id, key] = pair.trim().split(":");
    return { id: id!, key: Buffer.from(key!, "base64") };
  });
}

export function appSecrets(): AppSecrets {
  if (cached) return cached;
  const stored = readOrCreate(path.join(dataDir, "secrets.json"));
  cached = {
    authSecret: env.AUTH_SECRET ?? stored.authSecret,
    encryptionKeys: env.TOKEN_ENCRYPTION_KEYS
      ? parseKeyList(env.TOKEN_ENCRYPTION_KEYS)
      : stored.encryptionKeys.map(({ id, key }) => ({ id, key: Buffer.from(key, "base64") })),
    embeddedDbPassword: stored.embeddedDbPassword,
  };
  return cached;
}
