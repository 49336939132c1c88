import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Files that start real processes (`next start`, a second embedded PostgreSQL) or measure a
 * process's memory: they run after the rest, so they neither starve nor are starved. They mostly
 * wait (on paced imports, process starts, PostgreSQL), so two of them run side by side.
 * tests/integration/auth/dashboard-process.ts lets only one of the two build the dashboard.
 */
const serialFiles = [
  "lib/db/embedded-postgres*.test.ts",
  "lib/db/migrate.test.ts",
  "tests/integration/auth/addresses-and-sessions.test.ts",
  "tests/integration/auth/bulk-import-instances.test.ts",
  "tests/integration/auth/recording-stream.test.ts",
  "tests/integration/auth/refresh-race.test.ts",
  "tests/integration/auth/token-vault.test.ts",
  "tests/integration/webhooks/webhooks-instances.test.ts",
  // Runs the key-rotation script in a child process: CPU-bound, slow when it shares the cores.
  "tests/integration/auth/key-rotation.test.ts",
];

const shared = {
  environment: "node" as const,
  globalSetup: ["tests/global-setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws unless resolved with React's "react-server" condition, which Next sets
      // for server code; tests run server modules in plain Node, so it is the package's own no-op
      // there (the usual practice). The marker still guards the production build.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: "parallel",
          include: ["{lib,app,components,scripts,tests}/**/*.test.{ts,tsx}"],
          exclude: ["e2e/**", "node_modules/**", ...serialFiles],
          // Most files wait on PostgreSQL or the sandbox over HTTP, not the CPU: three at a time
          // keep two cores busy.
          maxWorkers: 3,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { ...shared, name: "serial", include: serialFiles, maxWorkers: 2, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
