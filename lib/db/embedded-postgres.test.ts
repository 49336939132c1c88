import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseError, startEmbeddedPostgres, type EmbeddedOptions } from "./embedded-postgres";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-pg-test-"));
const dir = path.join(root, "postgres");
// As root, clusters go below the state root (lib/db/cluster-place.ts); a throwaway one here.
const stateRoot = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-pg-state-"));
fs.chmodSync(stateRoot, 0o755);
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(stateRoot, { recursive: true, force: true });
});

const start = (options: EmbeddedOptions) => startEmbeddedPostgres({ stateRoot, ...options });

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps data across a stop and a start, and refuses a second owner of the same folder", async () => {
    const first = await start({ dir, password: "secret-1" });
    try {
      await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives restarts')");
      await expect(start({ dir, password: "secret-1" })).rejects.toThrow(EmbeddedDatabaseError);
      await expect(start({ dir, password: "secret-1" })).rejects.toThrow(/Another instance already owns the embedded database/);
    } finally {
      await first.stop();
    }
    const second = await start({ dir, password: "secret-1" });
    try {
      const rows = await query(second.url, "SELECT note FROM kept");
      expect(rows.rows).toEqual([{ note: "survives restarts" }]);
    } finally {
      await second.stop();
    }
  });

  it("chooses another port when the preferred one is taken", async () => {
    const other = path.join(root, "other");
    const a = await start({ dir: path.join(other, "a"), password: "pw", preferredPort: 54400 });
    const b = await start({ dir: path.join(other, "b"), password: "pw", preferredPort: 54400 });
    try {
      expect(a.port).toBe(54400);
      expect(b.port).not.toBe(54400);
      expect((await query(b.url, "SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("listens on loopback only and requires the password", async () => {
    const db = await start({ dir: path.join(root, "auth"), password: "right" });
    try {
      const wrong = db.url.replace("right", "wrong");
      await expect(query(wrong, "SELECT 1")).rejects.toThrow(/password authentication failed/);
      const listen = await query(db.url, "SHOW listen_addresses");
      expect(listen.rows[0].listen_addresses).toBe("127.0.0.1");
    } finally {
      await db.stop();
    }
  });
});
