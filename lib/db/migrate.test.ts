import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/db";
import { applyMigrations, createMigration, migrationsDir } from "./migrate";

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  await client.end();
  return result.rows.map((row) => row.table_name);
}

describe("migrations through the wasm schema engine", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.drop());

  it("applies every migration to an empty database, creating the schema's tables", async () => {
    const applied = await applyMigrations(database.url);
    const folders = fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(applied).toEqual(folders.map((entry) => entry.name).sort());
    const names = await tables(database.url);
    for (const model of ["Workspace", "User", "Membership", "ZoomConnection", "_prisma_migrations"]) expect(names).toContain(model);
  });

  it("is idempotent: a second run applies nothing", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("lets instances that start together migrate once (advisory lock)", async () => {
    const fresh = await createTestDatabase({ migrate: false });
    try {
      const results = await Promise.all([applyMigrations(fresh.url), applyMigrations(fresh.url), applyMigrations(fresh.url)]);
      const appliedNames = results.flat();
      expect(new Set(appliedNames).size).toBe(appliedNames.length);
      expect(results.filter((names) => names.length > 0)).toHaveLength(1);
    } finally {
      await fresh.drop();
    }
  });

  it("records migrations where `prisma migrate deploy` looks for them", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const rows = await client.query("SELECT migration_name, finished_at FROM _prisma_migrations");
    await client.end();
    expect(rows.rowCount).toBeGreaterThan(0);
    expect(rows.rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("has no schema change waiting for a migration (db:diff writes nothing)", async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(migrationsDir, copy, { recursive: true });
    try {
      expect(await createMigration(database.url, "unexpected", copy)).toBeNull();
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("writes a migration for what the schema gained since the last one", async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(migrationsDir, copy, { recursive: true });
    // Pretend the last migrated schema lacked User.timezone: the diff must add that column.
    const snapshot = path.join(copy, "schema.snapshot.prisma");
    const previous = fs.readFileSync(snapshot, "utf8").replace(/\n\s*timezone\s+String\?/, "");
    fs.writeFileSync(snapshot, previous);
    try {
      const folder = await createMigration(database.url, "user timezone", copy);
      expect(folder).toMatch(/^\d{14}_user_timezone$/);
      const sql = fs.readFileSync(path.join(copy, folder!, "migration.sql"), "utf8");
      expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"timezone" TEXT/);
      // The snapshot moves forward, so the next diff is empty again.
      expect(await createMigration(database.url, "again", copy)).toBeNull();
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
