/**
 * Secrets the app needs even when nobody configured them: the session secret and the
 * token-encryption keys. Configuration wins; otherwise they are generated once into DATA_DIR
 * (mode 0600) so `npm start` just works. Several instances must share them: set AUTH_SECRET and
 * TOKEN_ENCRYPTION_KEYS in production.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
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
  /** Signs the embedded sandbox's webhook deliveries in demo mode (ZOOM_WEBHOOK_SECRET_TOKEN wins). */
  webhookSecretToken: string;
}

interface StoredSecrets {
  authSecret: string;
  encryptionKeys: { id: string; key: string }[];
  embeddedDbPassword: string;
  /** Absent in files written before webhooks existed: added once (see withWebhookSecret). */
  webhookSecretToken?: string;
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
    webhookSecretToken: randomBytes(24).toString("base64url"),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // `wx` so two processes starting together cannot both write different secrets.
    fs.writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600, flag: "wx" });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return JSON.parse(fs.readFileSync(file, "utf8"));
    throw error;
  }
}

/** DATA_DIR files holding secrets or tokens in plaintext (the sandbox's also its .tmp and .corrupt-* copies). */
const isSecretFile = (name: string) => name === "secrets.json" || name.startsWith("secrets.json.") || name.startsWith("sandbox-state.json");

function tighten(file: string, mode: number) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || (stat.mode & 0o777) === mode) return;
  try {
    fs.chmodSync(file, mode);
  } catch (error) {
    // Not ours to change (another owner): it stays as its owner made it.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
  }
}

/**
 * DATA_DIR holds plaintext secrets (generated keys, the sandbox's demo tokens): it is created
 * owner-only (0700) and its secrets files 0600; folders an older version created with the
 * umask's modes are tightened. Never applied to a folder others share (/, a home, the temp dir)
 * when someone points DATA_DIR there; its secrets files are still tightened.
 */
export function secureDataDir(dir: string = dataDir): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const shared = [path.parse(dir).root, os.homedir(), os.tmpdir()].map((p) => path.resolve(p));
  if (!shared.includes(path.resolve(dir))) tighten(dir, 0o700);
  for (const name of fs.readdirSync(dir).filter(isSecretFile)) tighten(path.join(dir, name), 0o600);
}

export function parseKeyList(value: string): EncryptionKey[] {
  return value.split(",").map((pair) => {
    const [id, key] = pair.trim().split(":");
    return { id: id!, key: Buffer.from(key!, "base64") };
  });
}

/**
 * A secrets file from before webhooks has no webhook token: one is added and the file rewritten
 * (write-then-rename, 0600), so the token stays the same across restarts.
 */
function withWebhookSecret(file: string, stored: StoredSecrets): StoredSecrets & { webhookSecretToken: string } {
  if (stored.webhookSecretToken) return stored as StoredSecrets & { webhookSecretToken: string };
  const updated = { ...stored, webhookSecretToken: randomBytes(24).toString("base64url") };
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(updated, null, 2), { mode: 0o600 });
  fs.renameSync(temp, file);
  return updated;
}

export function appSecrets(): AppSecrets {
  if (cached) return cached;
  const file = path.join(dataDir, "secrets.json");
  const stored = withWebhookSecret(file, readOrCreate(file));
  cached = {
    authSecret: env.AUTH_SECRET ?? stored.authSecret,
    encryptionKeys: env.TOKEN_ENCRYPTION_KEYS
      ? parseKeyList(env.TOKEN_ENCRYPTION_KEYS)
      : stored.encryptionKeys.map(({ id, key }) => ({ id, key: Buffer.from(key, "base64") })),
    embeddedDbPassword: stored.embeddedDbPassword,
    webhookSecretToken: env.ZOOM_WEBHOOK_SECRET_TOKEN ?? stored.webhookSecretToken,
  };
  return cached;
}
