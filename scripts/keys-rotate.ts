/**
 * Token-encryption key rotation: re-seals every stored Zoom token, device code and S2S client
 * secret with the current (first) key, so older keys can be retired.
 *
 *   npx tsx scripts/keys-rotate.ts          (the lead may alias it as `npm run keys:rotate`)
 *
 * - TOKEN_ENCRYPTION_KEYS configured (several instances): put the new key first
 *   (`k2:<new>,k1:<old>`), restart every instance, run this, then drop `k1` and restart again.
 * - Keys generated in DATA_DIR/secrets.json (the default): stop the dashboard, run this; it adds a
 *   new key, re-seals everything with it and retires the old keys from secrets.json.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, env } from "@/lib/env";

interface StoredSecrets {
  encryptionKeys: { id: string; key: string }[];
  [other: string]: unknown;
}

function nextKeyId(ids: string[]): string {
  const highest = Math.max(0, ...ids.map((id) => Number(/^k(\d+)$/.exec(id)?.[1] ?? 0)));
  return `k${highest + 1}`;
}

function writeSecrets(file: string, secrets: StoredSecrets) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  fs.renameSync(temp, file);
}

async function main() {
  const configured = !!env.TOKEN_ENCRYPTION_KEYS;
  const file = path.join(dataDir, "secrets.json");
  let stored: StoredSecrets | undefined;
  if (!configured) {
    if (!fs.existsSync(file)) throw new Error(`No ${file}: nothing has been encrypted with generated keys yet.`);
    stored = JSON.parse(fs.readFileSync(file, "utf8")) as StoredSecrets;
    const id = nextKeyId(stored.encryptionKeys.map((key) => key.id));
    // New key first (it seals); old keys stay until everything is re-sealed (they still open).
    stored.encryptionKeys = [{ id, key: randomBytes(32).toString("base64") }, ...stored.encryptionKeys];
    writeSecrets(file, stored);
    console.log(`[keys] added key ${id} to ${file}`);
  }

  // Imported only now: lib/server/secrets.ts reads the key list once, on first use.
  const { withDatabase } = await import("./lib/with-database");
  const { createDbClient } = await import("@/lib/db/client");
  const { resealAll } = await import("@/lib/auth/token-vault");
  const { appSecrets } = await import("@/lib/server/secrets");
  console.log(`[keys] sealing with ${appSecrets().encryptionKeys[0]!.id}`);

  await withDatabase(async (url) => {
    const client = createDbClient(url, { max: 2 });
    try {
      const result = await resealAll(client);
      console.log(`[keys] re-sealed ${result.connections} connection(s) and ${result.deviceCodes} device code(s); ${result.remaining} value(s) still use an older key`);
      // Keys are the installation's, not a workspace's: every workspace's log says it happened.
      const { recordAudit, systemActor } = await import("@/lib/audit/record");
      for (const workspace of await client.workspace.findMany({ select: { id: true } })) {
        await recordAudit(
          {
            workspaceId: workspace.id,
            actor: systemActor("Key rotation (command line)"),
            action: "keys.rotate",
            summary: { keyId: appSecrets().encryptionKeys[0]!.id, connections: result.connections, deviceCodes: result.deviceCodes, remaining: result.remaining },
            result: result.remaining > 0 ? "incomplete" : "ok",
          },
          client,
        );
      }
      if (result.remaining > 0) throw new Error("Some values still use an older key (a renewal raced this run?): run it again.");
    } finally {
      await client.$disconnect();
    }
  });

  if (stored) {
    const current = stored.encryptionKeys[0]!;
    writeSecrets(file, { ...stored, encryptionKeys: [current] });
    console.log(`[keys] retired the older keys; ${current.id} is the only key now`);
  } else {
    console.log("[keys] done: remove the older keys from TOKEN_ENCRYPTION_KEYS and restart the instances");
  }
}

main().catch((error: Error) => {
  console.error(`[keys] ${error.message}`);
  process.exit(1);
});
