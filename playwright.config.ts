/**
 * End-to-end tests in real Chromium against a production build of the dashboard, started by the
 * same scripts/start.ts as `npm start`, on a throwaway DATA_DIR (so a fresh embedded PostgreSQL),
 * talking real HTTP to a standalone Zoom sandbox. `npm run test:e2e` builds first when needed.
 */
import os from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { e2eStack } from "./e2e/stack";

const stack = e2eStack();

/**
 * Two spec files at a time: with one, Chromium, the dashboard and the sandbox left a third of this
 * 2-core machine idle. Tests that change what the whole sandbox or workspace does (`runsAlone` in
 * e2e/fixtures.ts) run afterwards in the "alone" project, one at a time.
 */
const WORKERS = Math.min(2, os.availableParallelism());
const ALONE = /@alone/;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: WORKERS,
  forbidOnly: true,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }], ["json", { outputFile: ".test-reports/playwright.json" }]],
  use: {
    baseURL: stack.appUrl,
    screenshot: "only-on-failure",
    // Off: recording a trace for every test cost the suite about a quarter of its CPU. To debug a
    // failure, run it again with `npm run test:e2e -- <spec> --trace retain-on-failure`.
    trace: "off",
    launchOptions: { executablePath: stack.chromiumPath, args: stack.chromiumArgs },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      testIgnore: /security\.spec\.ts|phone\.spec\.ts/,
      grepInvert: ALONE,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: stack.chromiumPath, args: stack.chromiumArgs } },
      dependencies: ["setup"],
    },
    // A phone-sized Chromium (an iPhone 13's 390×844 viewport, touch, mobile layout viewport) for
    // the one spec that walks every page looking for sideways scrolling; the rest run on desktop.
    {
      name: "phone",
      testMatch: /phone\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        launchOptions: { executablePath: stack.chromiumPath, args: stack.chromiumArgs },
      },
      dependencies: ["setup"],
    },
    // After the two above, one test at a time: each changes what every other test would see.
    {
      name: "alone",
      testIgnore: /security\.spec\.ts|phone\.spec\.ts/,
      grep: ALONE,
      workers: 1,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: stack.chromiumPath, args: stack.chromiumArgs } },
      dependencies: ["chromium", "phone"],
    },
    // Last, so it inspects a database and pages that every other spec has filled with tokens.
    {
      name: "security",
      testMatch: /security\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: stack.chromiumPath, args: stack.chromiumArgs } },
      dependencies: ["alone"],
    },
  ],
  webServer: [
    {
      name: "sandbox",
      command: "npx tsx scripts/sandbox.ts --memory",
      url: `${stack.sandboxUrl}/_sandbox/counters`,
      env: stack.sandboxEnv,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      name: "dashboard",
      command: "npx tsx scripts/start.ts",
      url: `${stack.appUrl}/api/health`,
      env: stack.appEnv,
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    },
  ],
});
