/**
 * `npm run sandbox`: the Zoom sandbox as a standalone server (OAuth host, REST API under /v2,
 * control API under /_sandbox). State persists to <DATA_DIR>/sandbox-state.json unless --memory.
 *
 *   npm run sandbox              # port ZOOM_SANDBOX_PORT (default 4010), persisted
 *   npm run sandbox -- --memory  # fresh seed every start, nothing written
 */
import path from "node:path";
import { dataDir, env } from "../lib/env";
import { secureDataDir } from "../lib/server/secrets";
import { startSandboxServer } from "../lib/zoom-sandbox/node-server";

async function main(): Promise<void> {
  const memory = process.argv.includes("--memory");
  const persistPath = memory ? undefined : path.join(dataDir, "sandbox-state.json");
  if (persistPath) secureDataDir();
  const server = await startSandboxServer({
    port: env.ZOOM_SANDBOX_PORT,
    clientId: env.ZOOM_SANDBOX_CLIENT_ID,
    clientSecret: env.ZOOM_SANDBOX_CLIENT_SECRET,
    accountId: env.ZOOM_SANDBOX_ACCOUNT_ID,
    persistPath,
  });
  const owner = server.sandbox.state.users.find((u) => u.role_name === "Owner");
  console.log(
    [
      `Zoom sandbox listening on ${server.url}`,
      `  OAuth:      ${server.url}/oauth/authorize · ${server.url}/oauth/token`,
      `  REST API:   ${server.url}/v2`,
      `  Control:    ${server.url}/_sandbox/state/summary`,
      `  Client ID:  ${env.ZOOM_SANDBOX_CLIENT_ID}`,
      `  Secret:     ${env.ZOOM_SANDBOX_CLIENT_SECRET}`,
      `  Account ID: ${env.ZOOM_SANDBOX_ACCOUNT_ID}`,
      owner ? `  Owner:      ${owner.email}` : "",
      `  State:      ${persistPath ?? "in memory (--memory)"}`,
    ]
      .filter(Boolean)
      .join("\n"),
  );
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
