/**
 * Where the e2e stack runs and how it is configured. Ports differ from the defaults so tests
 * never collide with a dashboard (3000) or sandbox (4010) a developer has running.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { env } from "../lib/env";

export const E2E_APP_PORT = env.E2E_APP_PORT;
export const E2E_SANDBOX_PORT = env.E2E_SANDBOX_PORT;
/** The webhook secret token the e2e dashboard verifies with; live-updates.spec.ts subscribes the sandbox with it. */
export const E2E_WEBHOOK_SECRET = "e2e-webhook-secret-token";

/** Debian's Chromium needs these to stay quiet on a machine without internet. */
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * CHROMIUM_PATH, else a Playwright-managed Chromium, else Debian's. The tests prefer Debian's
 * chromium-headless-shell: the same Blink without the full browser's UI layers, which costs the
 * suite about a quarter less CPU (README, "Tests"); the bench measures pages in the full browser.
 */
export function findChromium({ headlessShell = true }: { headlessShell?: boolean } = {}): string {
  const debian = [...(headlessShell ? ["/usr/bin/chromium-headless-shell"] : []), "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const candidates = [env.CHROMIUM_PATH, safe(() => chromium.executablePath()), ...debian];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests: install one (`apt-get install -y chromium chromium-headless-shell`) or set CHROMIUM_PATH to a Chromium executable.",
    );
  }
  return found;
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** scripts/test-e2e.ts makes a fresh folder per run; a bare `npx playwright test` uses a fixed one. */
function runDataDir(): string {
  return env.E2E_DATA_DIR ?? path.join(os.tmpdir(), "zoom-dash-e2e");
}

/** A production dashboard on `appUrl` with its own DATA_DIR (embedded PostgreSQL), signing in at the sandbox. */
export function dashboardEnvFor(appUrl: string, dataDir: string, sandboxUrl: string) {
  return {
    PORT: new URL(appUrl).port,
    APP_URL: appUrl,
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    ZOOM_CLIENT_ID: "sandbox_client_id",
    ZOOM_CLIENT_SECRET: "sandbox_client_secret",
    ZOOM_ACCOUNT_ID: "sandbox_account",
    ZOOM_OAUTH_BASE_URL: sandboxUrl,
    ZOOM_API_BASE_URL: `${sandboxUrl}/v2`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export function e2eStack() {
  const appUrl = `http://localhost:${E2E_APP_PORT}`;
  const sandboxUrl = `http://127.0.0.1:${E2E_SANDBOX_PORT}`;
  const dataDir = runDataDir();
  return {
    appUrl,
    sandboxUrl,
    dataDir,
    chromiumPath: findChromium(),
    chromiumArgs,
    sandboxEnv: { ZOOM_SANDBOX_PORT: String(E2E_SANDBOX_PORT) },
    appEnv: { ...dashboardEnvFor(appUrl, dataDir, sandboxUrl), LOG_LEVEL: "warn", ZOOM_WEBHOOK_SECRET_TOKEN: E2E_WEBHOOK_SECRET },
  };
}
