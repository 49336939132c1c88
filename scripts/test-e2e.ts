/**
 * `npm run test:e2e`: production build (only when sources changed), a fresh DATA_DIR — hence a
 * fresh embedded PostgreSQL — for this run, then Playwright. Extra arguments go to Playwright.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { removeDataDir } from "../lib/db/cluster-place";
import { childProcessEnv } from "../lib/env";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./lib/build-stamp";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const baseEnv = childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1" });

if (!buildIsCurrent()) {
  const hash = sourceHash();
  console.log("[e2e] building the dashboard…");
  const build = spawnSync(bin("next"), ["build"], { stdio: "inherit", env: { ...baseEnv, NODE_ENV: "production" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeBuildStamp(undefined, hash);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zoom-dash-e2e-"));
const run = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...baseEnv, E2E_DATA_DIR: dataDir },
});
removeDataDir(dataDir);
process.exit(run.status ?? 1);
