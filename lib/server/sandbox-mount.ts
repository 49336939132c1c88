/**
 * Demo mode: the Zoom sandbox mounted inside the dashboard under /sandbox when no Zoom
 * credentials are configured, its state kept in DATA_DIR so demo work survives restarts.
 */
import path from "node:path";
import { appUrl, dataDir, env, zoomConfig } from "@/lib/env";
import { createSandbox } from "@/lib/zoom-sandbox";

type Sandbox = ReturnType<typeof createSandbox>;
const globalForSandbox = globalThis as unknown as { mountedSandbox?: Sandbox };

/** The mounted sandbox, or null when the dashboard talks to a real (or external) Zoom. */
export function mountedSandbox(): Sandbox | null {
  if (zoomConfig().mode !== "sandbox") return null;
  globalForSandbox.mountedSandbox ??= createSandbox({
    baseUrl: `${appUrl}/sandbox`,
    basePath: "/sandbox",
    clientId: env.ZOOM_SANDBOX_CLIENT_ID,
    clientSecret: env.ZOOM_SANDBOX_CLIENT_SECRET,
    accountId: env.ZOOM_SANDBOX_ACCOUNT_ID,
    allowedRedirectUris: [`${appUrl}/api/auth/callback/zoom`],
    persistPath: path.join(dataDir, "sandbox-state.json"),
  });
  return globalForSandbox.mountedSandbox;
}
