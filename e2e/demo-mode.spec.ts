/**
 * Demo mode, as a new user meets it: `npm start` with no Zoom credentials serves the dashboard
 * with the sandbox mounted under /sandbox. A second dashboard (same production build, its own
 * DATA_DIR and so its own embedded PostgreSQL) is started the way `npm start` does it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { removeDataDir } from "../lib/db/cluster-place";
import { childProcessEnv, env } from "../lib/env";
import { consentAs, people } from "./auth-flows";
import type { APIRequestContext } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

// Derived from this checkout's E2E_APP_PORT, clear of the app and sandbox ports other checkouts use.
const port = env.E2E_APP_PORT + 500;
const demoUrl = `http://localhost:${port}`;
let server: ChildProcess | undefined;
let dataDir = "";
let output = "";

async function waitForHealth(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`demo dashboard exited:\n${output.slice(-2000)}`);
    try {
      if ((await fetch(`${demoUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`demo dashboard did not become healthy:\n${output.slice(-2000)}`);
}

async function startDemo() {
  server = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    env: childProcessEnv({
      PORT: String(port),
      APP_URL: "",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      ZOOM_CLIENT_ID: "",
      ZOOM_CLIENT_SECRET: "",
      ZOOM_ACCOUNT_ID: "",
      ZOOM_OAUTH_BASE_URL: "",
      ZOOM_API_BASE_URL: "",
      ZOOM_SANDBOX: "",
      LOG_LEVEL: "warn",
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  await waitForHealth(90_000);
}

async function stopDemo() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zoom-dash-demo-"));
  await startDemo();
});

test.afterAll(async () => {
  await stopDemo();
  removeDataDir(dataDir);
});

test("with no Zoom credentials the dashboard runs on its built-in sandbox", async ({ request }) => {
  const health = await (await request.get(`${demoUrl}/api/health`)).json();
  expect(health).toMatchObject({ status: "ok", database: "ok", zoom: { mode: "sandbox" } });
});

test("a new user signs in through the sandbox's consent page and lands in the dashboard", async ({ page }) => {
  await page.goto(`${demoUrl}/`);
  await expect(page).toHaveURL(/\/signin/);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Sign in with Zoom" }).click();
  await expect(page).toHaveURL(new RegExp(`^${demoUrl}/sandbox/oauth/authorize`));
  await expectNoSeriousA11yViolations(page);
  await consentAs(page, people.owner);
  await expect(page.getByRole("banner").getByText(people.owner.name, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

async function sandboxToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${demoUrl}/sandbox/oauth/token?grant_type=account_credentials&account_id=sandbox_account`, {
    headers: { authorization: `Basic ${Buffer.from("sandbox_client_id:sandbox_client_secret").toString("base64")}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).access_token;
}

test("demo data and the workspace survive a restart", async ({ page, request }) => {
  const meeting = await request.post(`${demoUrl}/sandbox/v2/users/me/meetings`, {
    headers: { authorization: `Bearer ${await sandboxToken(request)}` },
    data: { topic: "Kept across restarts", type: 2, start_time: "2030-01-02T15:00:00Z", duration: 30 },
  });
  expect(meeting.status()).toBe(201);
  const { id } = await meeting.json();

  await stopDemo();
  await startDemo();

  const again = await request.get(`${demoUrl}/sandbox/v2/meetings/${id}`, { headers: { authorization: `Bearer ${await sandboxToken(request)}` } });
  expect(again.status()).toBe(200);
  expect((await again.json()).topic).toBe("Kept across restarts");

  await page.goto(`${demoUrl}/signin`);
  await page.getByRole("button", { name: "Sign in with Zoom" }).click();
  await consentAs(page, people.owner);
  await page.goto(`${demoUrl}/settings`);
  await expect(page.getByText(/^Owner — /)).toBeVisible();
});

test("the sandbox's control API is not reachable in demo mode", async ({ request }) => {
  // A cross-origin form can send text/plain without a preflight; the route must simply not exist.
  const reset = await request.post(`${demoUrl}/sandbox/_sandbox/reset`, { headers: { "content-type": "text/plain" }, data: "{}" });
  expect(reset.status()).toBe(404);
  expect((await request.post(`${demoUrl}/sandbox/_sandbox/faults`, { data: { path: "/oauth/token", status: 500 } })).status()).toBe(404);
});

test("the owner resets the demo data from Settings and stays signed in", async ({ page, request }) => {
  const token = await sandboxToken(request);
  const meeting = await request.post(`${demoUrl}/sandbox/v2/users/me/meetings`, {
    headers: { authorization: `Bearer ${token}` },
    data: { topic: "Gone after the reset", type: 2, start_time: "2030-01-03T15:00:00Z", duration: 30 },
  });
  expect(meeting.status()).toBe(201);
  const { id } = await meeting.json();

  await page.goto(`${demoUrl}/signin`);
  await page.getByRole("button", { name: "Sign in with Zoom" }).click();
  await consentAs(page, people.owner);
  await page.goto(`${demoUrl}/settings`);
  const card = page.getByRole("region", { name: "Demo data" });
  await card.getByRole("button", { name: "Reset demo data" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset demo data?" });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Reset demo data" }).click();
  await expect(page.getByText(/Demo data is back to its starting point/)).toBeVisible();
  await expect(dialog).toBeHidden();

  const after = await request.get(`${demoUrl}/sandbox/v2/meetings/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(404);
  await page.goto(`${demoUrl}/meetings`);
  await expect(page.getByRole("banner").getByText(people.owner.name, { exact: true })).toBeVisible();
});
