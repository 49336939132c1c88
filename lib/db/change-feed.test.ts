/**
 * The change feed and the caches built on it, against a real PostgreSQL: changes committed by
 * another connection (another instance, or someone with psql) reach this process, drop exactly the
 * entries they make stale, and nothing is cached while the feed is not listening.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startInProcessStack, type AuthStack } from "../../tests/integration/auth/stack";

let stack: AuthStack;
let other: pg.Client; // "another instance"
let feed: typeof import("@/lib/db/change-feed");
let caches: typeof import("@/lib/db/shared-cache");

beforeAll(async () => {
  stack = await startInProcessStack();
  feed = await import("@/lib/db/change-feed");
  caches = await import("@/lib/db/shared-cache");
  other = new pg.Client({ connectionString: stack.database.url });
  await other.connect();
  await other.query(`INSERT INTO "Workspace" (id, "zoomAccountId", name) VALUES ('w1', 'acc-1', 'Brightwave'), ('w2', 'acc-2', 'Other')`);
  expect(await feed.startChangeFeed()).toBe(true);
});

afterAll(async () => {
  await feed?.stopChangeFeed();
  await other?.end();
  await stack?.stop();
});

/** A cache of workspace names by id, counting how often it had to read. */
function workspaceNames() {
  let reads = 0;
  const cache = caches.createSharedCache<string>({ ttlMs: 60_000, max: 100, staleOn: (change, key) => change.table === "Workspace" && change.keys[0] === key });
  const read = (id: string) =>
    cache.get(id, async () => {
      reads++;
      return (await other.query<{ name: string }>(`SELECT name FROM "Workspace" WHERE id = $1`, [id])).rows[0]!.name;
    });
  return { read, reads: () => reads, cache };
}

describe("change feed", () => {
  it("hears a change committed on another connection, with the table and the trigger's keys", async () => {
    const heard: unknown[] = [];
    const stop = feed.onChange((change) => heard.push(change));
    await other.query(`UPDATE "Workspace" SET name = 'Brightwave Labs' WHERE id = 'w1'`);
    await feed.syncChanges();
    stop();
    expect(heard).toContainEqual({ table: "Workspace", keys: ["w1"] });
  });

  it("hears nothing of a transaction that rolled back", async () => {
    const heard: unknown[] = [];
    const stop = feed.onChange((change) => heard.push(change));
    await other.query("BEGIN");
    await other.query(`UPDATE "Workspace" SET name = 'Never' WHERE id = 'w2'`);
    await other.query("ROLLBACK");
    await feed.syncChanges();
    stop();
    expect(heard).toEqual([]);
  });
});

describe("shared cache", () => {
  it("reads once while nothing changes, again after its row changed, and not after another row changed", async () => {
    const names = workspaceNames();
    await other.query(`UPDATE "Workspace" SET name = 'Brightwave' WHERE id = 'w1'`);
    await feed.syncChanges();
    expect(await names.read("w1")).toBe("Brightwave");
    expect(await names.read("w1")).toBe("Brightwave");
    expect(names.reads()).toBe(1);

    await other.query(`UPDATE "Workspace" SET name = 'Other Co' WHERE id = 'w2'`);
    await feed.syncChanges();
    expect(await names.read("w1")).toBe("Brightwave");
    expect(names.reads()).toBe(1);

    await other.query(`UPDATE "Workspace" SET name = 'Brightwave Inc' WHERE id = 'w1'`);
    await feed.syncChanges();
    expect(await names.read("w1")).toBe("Brightwave Inc");
    expect(names.reads()).toBe(2);
  });

  it("does not keep a value read while a change was being reported", async () => {
    const cache = caches.createSharedCache<string>({ ttlMs: 60_000, max: 100, staleOn: () => true });
    let reads = 0;
    const load = async () => {
      reads++;
      const name = (await other.query<{ name: string }>(`SELECT name FROM "Workspace" WHERE id = 'w2'`)).rows[0]!.name;
      // The row changes after we read it, before we store it.
      await other.query(`UPDATE "Workspace" SET name = $1 WHERE id = 'w2'`, [`Other ${reads}`]);
      await feed.syncChanges();
      return name;
    };
    await cache.get("w2", load);
    await cache.get("w2", load);
    expect(reads).toBe(2);
  });

  it("caches nothing while the feed is down, and serves from memory again once it listens", async () => {
    const names = workspaceNames();
    await feed.stopChangeFeed();
    await names.read("w1");
    await names.read("w1");
    expect(names.reads()).toBe(2);
    expect(names.cache.size()).toBe(0);

    expect(await feed.startChangeFeed()).toBe(true);
    await names.read("w1");
    await names.read("w1");
    expect(names.reads()).toBe(3);
  });

  it("forgets everything when the feed's connection is cut (changes may have been missed)", async () => {
    const names = workspaceNames();
    await names.read("w1");
    expect(names.cache.size()).toBe(1);
    await other.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'zoom-dashboard change feed' AND datname = current_database()`);
    await expect.poll(() => names.cache.size()).toBe(0);
    // The next reads restart the feed; until it listens they go to the database.
    await names.read("w1");
    await expect.poll(async () => feed.startChangeFeed()).toBe(true);
  });
});
