/**
 * Vitest global setup: one real PostgreSQL (embedded) per test run, in a throwaway folder.
 * Each test file asks tests/db.ts for its own freshly migrated database on it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zoom-dash-vitest-"));
  const db = await startEmbeddedPostgres({ dir: path.join(dir, "postgres"), password: "vitest", database: "postgres", preferredPort: 0 });
  project.provide("pgServerUrl", db.url);
  return async () => {
    // As root the cluster lives outside `dir` (lib/db/cluster-place.ts); destroy() removes it there.
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
