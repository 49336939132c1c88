/**
 * Key rotation with the real script (scripts/keys-rotate.ts) on generated keys: every sealed value
 * moves to the new key, the old key is retired, and the dashboard still opens every token.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "../../db";
import { authorizeAs, OWNER_EMAIL } from "./sandbox-oauth";
import { startInProcessStack, type AuthStack } from "./stack";
import type { SandboxServer } from "@/lib/zoom-sandbox/node-server";

const root = path.resolve(import.meta.dirname, "../../..");
let stack: AuthStack;
let sandbox: SandboxServer;
let database: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  stack = await startInProcessStack();
  ({ sandbox, database, dataDir } = stack);
});

afterAll(async () => {
  await stack?.stop();
});

async function sealedValues(): Promise<string[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const connections = await client.query<{ a: string | null; r: string | null; s: string | null }>(
      `SELECT "accessTokenEnc" a, "refreshTokenEnc" r, "clientSecretEnc" s FROM "ZoomConnection"`,
    );
    const devices = await client.query<{ d: string }>(`SELECT "deviceCodeEnc" d FROM "DeviceAuthorization"`);
    return [...connections.rows.flatMap((row) => [row.a, row.r, row.s]), ...devices.rows.map((row) => row.d)].filter((v): v is string => !!v);
  } finally {
    await client.end();
  }
}

describe("keys:rotate", () => {
  it("re-seals tokens, device codes and client secrets with a new key and retires the old one", async () => {
    const signIn = await import("@/lib/auth/sign-in");
    const oauth = await import("@/lib/auth/zoom-oauth");
    const s2s = await import("@/lib/auth/connect-s2s");
    const device = await import("@/lib/auth/vault/device");
    const viewers = await import("@/lib/auth/viewer");
    const sessions = await import("@/lib/auth/sessions");
    const grant = await authorizeAs(sandbox.url, OWNER_EMAIL);
    const outcome = await signIn.completeSignIn(oauth.toZoomUserProfile(grant.me)!, grant.tokens, grant.requestedAtMs);
    if (!outcome.ok) throw new Error("sign-in refused");
    const viewer = (await viewers.loadViewer({ uid: outcome.userId, wid: outcome.workspaceId, sid: await sessions.createSession(outcome.userId, outcome.workspaceId) }))!;
    await s2s.connectServerToServer(viewer, { source: "form", accountId: "sandbox_account", clientId: "sandbox_client_id", clientSecret: "sandbox_client_secret" });
    await device.startDeviceAuthorization(viewer);
    const before = await sealedValues();
    expect(before).toHaveLength(5);
    expect(before.every((value) => value.startsWith("v1.k1."))).toBe(true);

    // The child inherits this process's environment (DATA_DIR and DATABASE_URL stubbed above).
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/keys-rotate.ts"], { cwd: root, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("re-sealed 2 connection(s) and 1 device code(s); 0 value(s) still use an older key");

    const after = await sealedValues();
    expect(after.every((value) => value.startsWith("v1.k2."))).toBe(true);
    const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { encryptionKeys: { id: string }[] };
    expect(secrets.encryptionKeys.map((key) => key.id)).toEqual(["k2"]);
    // The workspace's audit log says it happened, and by whom (nobody signed in: the script).
    const audit = new pg.Client({ connectionString: database.url });
    await audit.connect();
    const logged = await audit.query(`SELECT "workspaceId", "actorUserId", "actorName", result, summary FROM "AuditEntry" WHERE action = 'keys.rotate'`).finally(() => audit.end());
    expect(logged.rows).toEqual([
      { workspaceId: outcome.workspaceId, actorUserId: null, actorName: "Key rotation (command line)", result: "ok", summary: { keyId: "k2", connections: 2, deviceCodes: 1, remaining: 0 } },
    ]);

    // A fresh dashboard process (new module registry) reads the rotated key file and opens everything.
    const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
    await holder.prisma?.$disconnect();
    holder.prisma = undefined;
    vi.resetModules();
    const vault = await import("@/lib/auth/token-vault");
    const { db } = await import("@/lib/db/client");
    const own = await db().zoomConnection.findFirstOrThrow({ where: { kind: "oauth" }, select: { id: true } });
    await expect(vault.tokenSource(own.id).get()).resolves.toBe(grant.tokens.accessToken);
    const account = await db().zoomConnection.findFirstOrThrow({ where: { kind: "s2s" }, select: { id: true } });
    await db().zoomConnection.update({ where: { id: account.id }, data: { expiresAt: new Date(0) } });
    // Renewing S2S needs the re-sealed client secret.
    await expect(vault.tokenSource(account.id).get()).resolves.toMatch(/\S{20,}/);
  });
});
