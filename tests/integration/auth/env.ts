/**
 * Points the dashboard modules at a test database and sandbox. lib/env.ts reads process.env once,
 * at first import, so call this before importing any @/lib module (dynamic imports in beforeAll).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { vi } from "vitest";

export function useDashboardEnv(options: { databaseUrl: string; sandboxUrl: string }): { dataDir: string } {
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

export async function releaseDashboardEnv(dataDir: string) {
  // The hot-path caches' change feed listens on this test's database, which is about to be dropped.
  const { closeChangeFeed } = await import("@/lib/db/change-feed");
  await closeChangeFeed();
  const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
