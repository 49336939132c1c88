/**
 * `npm start`: prepares and runs the dashboard on its embedded defaults.
 * 1. validate configuration (lib/env.ts), keep DATA_DIR owner-only, make sure generated secrets exist;
 * 2. DATABASE_URL, or start the embedded PostgreSQL in DATA_DIR/postgres (as root: /var/lib/zoom-dashboard);
 * 3. apply pending migrations;
 * 4. `next build` when the sources changed since the last build (`--dev` runs `next dev` instead);
 * 5. run `next start` on HOST (demo mode: loopback) and stop everything cleanly on SIGINT/SIGTERM.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./lib/build-stamp";

const started = Date.now();
const dev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[start] ${message}`);
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

async function main() {
  const { env, appUrl, dataDir, zoomConfig, listenHost, childProcessEnv } = await import("@/lib/env").catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
  const { appSecrets, secureDataDir } = await import("@/lib/server/secrets");
  const { startEmbeddedPostgres } = await import("@/lib/db/embedded-postgres");
  const { applyMigrations } = await import("@/lib/db/migrate");

  secureDataDir();
  const secrets = appSecrets();
  let databaseUrl = env.DATABASE_URL;
  let stopDatabase: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    const db = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), password: secrets.embeddedDbPassword });
    databaseUrl = db.url;
    stopDatabase = db.stop;
    if (db.movedFrom) log(`moved the embedded PostgreSQL cluster from ${db.movedFrom} to ${db.dataDir}`);
    const asRoot = db.runsAsPostgresUser ? `; running as root, so PostgreSQL runs as the postgres user, with its binaries and data below ${path.dirname(path.dirname(db.dataDir))}` : "";
    log(`embedded PostgreSQL on 127.0.0.1:${db.port} (data in ${db.dataDir}${asRoot}) after ${seconds()}`);
  } else {
    log("using DATABASE_URL");
  }

  const applied = await applyMigrations(databaseUrl);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");

  // With APP_URL, next-auth builds every redirect from it; without, from the address each browser
  // used (AUTH_TRUST_HOST), so signing in from 127.0.0.1 or a LAN name works too.
  const authUrl: Record<string, string> = env.APP_URL ? { NEXTAUTH_URL: appUrl } : { AUTH_TRUST_HOST: "true" };
  const childEnv = childProcessEnv({ DATABASE_URL: databaseUrl, ...authUrl, NEXT_TELEMETRY_DISABLED: "1" });
  const next = path.resolve("node_modules/next/dist/bin/next");
  if (!dev && !buildIsCurrent()) {
    const hash = sourceHash();
    log("building the dashboard (first start or sources changed)…");
    const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });
    if (build.status !== 0) {
      await stopDatabase?.();
      throw new Error("next build failed; see the output above.");
    }
    writeBuildStamp(undefined, hash);
  }

  const host = listenHost();
  const child = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", String(env.PORT), ...(host ? ["-H", host] : [])], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...childEnv, NODE_ENV: dev ? "development" : "production", DASHBOARD_PARENT_PID: String(process.pid) },
  });
  log(`dashboard at ${appUrl} (Zoom: ${zoomConfig().mode}) — starting took ${seconds()}`);
  if (zoomConfig().mode !== "zoom") {
    log(
      host === "127.0.0.1"
        ? "demo mode: listening on 127.0.0.1 only; set HOST=0.0.0.0 to expose it — anyone who can reach it can sign in as any demo user"
        : `demo mode, listening on ${host}: anyone who can reach it can sign in as any demo user`,
    );
  }

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await stopDatabase?.();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: Error) => {
  console.error(`[start] ${error.message}`);
  process.exit(1);
});
