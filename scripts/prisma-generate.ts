/**
 * `prisma generate` without network. Prisma 7's CLI insists on a native schema engine before it
 * generates, although generating never runs it; a stub executable satisfies the check.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { childProcessEnv } from "../lib/env";

const stub = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "prisma-stub-")), "schema-engine");
fs.writeFileSync(stub, "#!/bin/sh\nexit 0\n", { mode: 0o755 });
try {
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "generate"], {
    stdio: "inherit",
    env: childProcessEnv({ PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" }),
  });
} finally {
  fs.rmSync(path.dirname(stub), { recursive: true, force: true });
}
