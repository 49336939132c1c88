/**
 * `npm test`: lint, typecheck, unit + integration (Vitest, real PostgreSQL, real HTTP to the
 * sandbox), then end-to-end (Playwright in Chromium against a production build). Stops at the
 * first failing stage and ends with one line: "tests: N passed, N failed, N skipped".
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { childProcessEnv } from "../lib/env";

const reports = path.resolve(".test-reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const bin = (name: string) => path.resolve("node_modules", ".bin", name);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

const stageEnv = () => childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1" });
const stageEnd = (name: string, ok: boolean, started: number) => console.log(`=== ${name}: ${ok ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)}s ===`);

function stage(name: string, command: string, args: string[]): boolean {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: stageEnv() });
  stageEnd(name, result.status === 0, started);
  return result.status === 0;
}

/**
 * Stages that only use the CPU and the files (lint, typecheck) run side by side on two cores; each
 * one's output is printed whole when it ends, so the two do not interleave.
 */
async function sideBySide(stages: { name: string; command: string; args: string[] }[]): Promise<boolean> {
  const started = Date.now();
  const results = await Promise.all(
    stages.map(
      ({ name, command, args }) =>
        new Promise<boolean>((resolve) => {
          const child = spawn(command, args, { env: stageEnv() });
          const output: Buffer[] = [];
          child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
          child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
          child.on("error", (error) => output.push(Buffer.from(`${error.message}\n`)));
          child.on("close", (code) => {
            const ok = code === 0;
            console.log(`\n=== ${name} ===`);
            process.stdout.write(Buffer.concat(output));
            stageEnd(name, ok, started);
            resolve(ok);
          });
        }),
    ),
  );
  return results.every(Boolean);
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function finish(ok: boolean): never {
  const vitest = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(path.join(reports, "vitest.json"));
  if (vitest) {
    total.passed += vitest.numPassedTests;
    total.failed += vitest.numFailedTests;
    total.skipped += vitest.numPendingTests + vitest.numTodoTests;
  }
  const playwright = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(path.join(reports, "playwright.json"));
  if (playwright) {
    total.passed += playwright.stats.expected + playwright.stats.flaky;
    total.failed += playwright.stats.unexpected;
    total.skipped += playwright.stats.skipped;
  }
  if (!ok && total.failed === 0) total.failed = 1; // a failed lint/typecheck/build stage counts as a failure
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

const ok =
  (await sideBySide([
    { name: "lint", command: bin("eslint"), args: ["--max-warnings=0", "."] },
    { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  ])) &&
  stage("unit + integration (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, "vitest.json")}`]) &&
  stage("end-to-end (playwright, chromium)", "npx", ["tsx", "scripts/test-e2e.ts"]);
finish(ok);
