/**
 * The set-ups the auth integration tests share: a sandbox on a free port and a fresh, migrated
 * database, wired either into this process (the modules under test are imported afterwards) or
 * into an environment for real `next start` dashboard processes.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "../../db";
import { vi } from "vitest";
import type { SandboxServer } from "@/lib/zoom-sandbox/node-server";

export interface AuthStack {
  sandbox: SandboxServer;
  database: TestDatabase;
  dataDir: string;
  stop(): Promise<void>;
}

export interface ProcessStack extends AuthStack {
  env: Record<string, string>;
  tokenKey: Buffer;
}

/**
 * Points the dashboard modules at a test database and sandbox. lib/env.ts reads process.env once,
 * at first import, so this runs before any @/lib module is imported (dynamic imports after it).
 */
function stubDashboardEnv(options: { databaseUrl: string; sandboxUrl: string }): { dataDir: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zoom-dash-auth-"));
  const values: Record<string, string> = {
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: dataDir,
    ZOOM_CLIENT_ID: "sandbox_client_id",
    ZOOM_CLIENT_SECRET: "sandbox_client_secret",
    ZOOM_ACCOUNT_ID: "sandbox_account",
    ZOOM_OAUTH_BASE_URL: options.sandboxUrl,
    ZOOM_API_BASE_URL: `${options.sandboxUrl}/v2`,
    LOG_LEVEL: "error",
  };
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
  // A Prisma client left by another test file in this worker would point at its database.
  (globalThis as { prisma?: unknown }).prisma = undefined;
  return { dataDir };
}

async function releaseDashboardEnv(dataDir: string) {
  // The hot-path caches' change feed listens on this test's database, which is about to be dropped.
  const { closeChangeFeed } = await import("@/lib/db/change-feed");
  await closeChangeFeed();
  const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function sandboxAndDatabase(): Promise<Pick<AuthStack, "sandbox" | "database">> {
  // Imported here, not at the top: lib/env.ts reads process.env once, and callers stub it first.
  const { startSandboxServer } = await import("@/lib/zoom-sandbox/node-server");
  return { sandbox: await startSandboxServer({ port: 0 }), database: await createTestDatabase() };
}

/** In-process: this process's env points at the stack; import @/lib modules after this. */
export async function startInProcessStack(): Promise<AuthStack> {
  const { sandbox, database } = await sandboxAndDatabase();
  const { dataDir } = stubDashboardEnv({ databaseUrl: database.url, sandboxUrl: sandbox.url });
  return {
    sandbox,
    database,
    dataDir,
    async stop() {
      await releaseDashboardEnv(dataDir);
      await database.drop();
      await sandbox.close();
    },
  };
}

/**
 * For dashboard processes: `env` is what every instance shares, as in any multi-instance
 * deployment — the database, the session secret and the token key (`tokenKey`, to open what they
 * stored).
 */
export async function startProcessStack(): Promise<ProcessStack> {
  const { sandbox, database } = await sandboxAndDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zoom-dash-process-"));
  const tokenKey = randomBytes(32);
  const env = {
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    TOKEN_ENCRYPTION_KEYS: `k1:${tokenKey.toString("base64")}`,
    ZOOM_CLIENT_ID: "sandbox_client_id",
    ZOOM_CLIENT_SECRET: "sandbox_client_secret",
    ZOOM_ACCOUNT_ID: "sandbox_account",
    ZOOM_OAUTH_BASE_URL: sandbox.url,
    ZOOM_API_BASE_URL: `${sandbox.url}/v2`,
    LOG_LEVEL: "warn",
  };
  return {
    sandbox,
    database,
    dataDir,
    env,
    tokenKey,
    async stop() {
      await database.drop();
      await sandbox.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
