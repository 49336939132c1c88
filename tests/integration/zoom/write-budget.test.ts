/**
 * The per-host daily write budget in real PostgreSQL: every instance spends one shared count (two
 * Prisma clients play two dashboard instances), concurrent writes are neither lost nor double
 * counted, and the count outlives a restart. Then countedWrite, the wrapper the services use.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDbClient, type Db } from "@/lib/db/client";
import { ApiError } from "@/lib/errors/api-error";
import { countedWrite } from "@/lib/services/counted-write";
import { writeBudgetStore, type BudgetHost } from "@/lib/services/write-budget";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { useAppDatabase, type AppDatabase } from "../../app-database";

let appDb: AppDatabase;
let instanceA: Db;
let instanceB: Db;

beforeAll(async () => {
  appDb = await useAppDatabase();
  instanceA = createDbClient(appDb.url);
  instanceB = createDbClient(appDb.url);
});
afterAll(async () => {
  await Promise.all([instanceA?.$disconnect(), instanceB?.$disconnect()]);
  await appDb?.release();
});
beforeEach(async () => {
  await appDb.client.hostWriteBudget.deleteMany();
});

const host = (hostKey: string | null, workspaceId = "w1"): BudgetHost => ({ workspaceId, hostKey });

describe("the write budget store", () => {
  it("is one count for every instance", async () => {
    const [a, b] = [writeBudgetStore(instanceA), writeBudgetStore(instanceB)];
    expect(await a.count(host("h1"))).toBe(1);
    expect(await b.count(host("h1"))).toBe(2);
    expect(await a.count(host("h1"))).toBe(3);
    expect(await b.read(host("h1"))).toMatchObject({ used: 3, remaining: 97, exhausted: false });
  });

  it("counts 100 concurrent writes from two instances exactly once each", async () => {
    const stores = [writeBudgetStore(instanceA), writeBudgetStore(instanceB)];
    const counts = await Promise.all(Array.from({ length: 100 }, (_, i) => stores[i % 2]!.count(host("h-busy"))));
    expect([...counts].sort((x, y) => x! - y!)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(await stores[0]!.read(host("h-busy"))).toMatchObject({ used: 100, remaining: 0 });
  });

  it("survives a restart: a new client reads what the old ones counted", async () => {
    const before = createDbClient(appDb.url);
    await writeBudgetStore(before).count(host("h-restart"));
    await writeBudgetStore(before).count(host("h-restart"));
    await before.$disconnect();
    const after = createDbClient(appDb.url);
    try {
      expect((await writeBudgetStore(after).read(host("h-restart"))).used).toBe(2);
    } finally {
      await after.$disconnect();
    }
  });

  it("keeps hosts and workspaces apart, and counts nothing for an unknown host", async () => {
    const store = writeBudgetStore(instanceA);
    await store.count(host("h1"));
    await store.count(host("h1", "w2"));
    expect(await store.count(host(null))).toBeNull();
    expect((await store.read(host("h1"))).used).toBe(1);
    expect((await store.read(host("h2"))).used).toBe(0);
    expect(await appDb.client.hostWriteBudget.count()).toBe(2);
  });

  it("starts each UTC day at zero and deletes past days' rows on the day's first count", async () => {
    const store = writeBudgetStore(instanceA);
    const lateYesterday = new Date("2026-03-01T23:59:30Z");
    const earlyToday = new Date("2026-03-02T00:00:30Z");
    await store.count(host("h1"), lateYesterday);
    await store.count(host("h2"), lateYesterday);
    expect((await store.read(host("h1"), lateYesterday)).used).toBe(1);
    expect(await store.count(host("h1"), earlyToday)).toBe(1);
    const rows = await appDb.client.hostWriteBudget.findMany({ select: { hostKey: true, day: true } });
    expect(rows).toEqual([{ hostKey: "h1", day: new Date("2026-03-02T00:00:00Z") }]);
  });

  it("shares Zoom's refusal: one instance hears the 429, the other stops too", async () => {
    const now = new Date();
    const until = new Date(now.getTime() + 3_600_000).toISOString();
    await writeBudgetStore(instanceA).count(host("h1"), now);
    await writeBudgetStore(instanceA).markExhausted(host("h1"), until, now);
    expect(await writeBudgetStore(instanceB).read(host("h1"), now)).toEqual({ used: 100, limit: 100, remaining: 0, exhausted: true, resetsAt: until });
  });
});

const dailyLimit = (retryAfter: string | null) =>
  new ZoomApiError(429, 429, "You have exceeded the daily rate limit (100) of Create/Update meeting API requests permitted for this particular user.", "t-1", {
    retryAfter,
    rateLimit: { category: null, type: "Daily-limit", limit: 100, remaining: 0, resetsAt: retryAfter },
  });

describe("countedWrite", () => {
  const read = (hostKey: string) => writeBudgetStore(instanceB).read(host(hostKey));

  it("counts successful writes against the host's day", async () => {
    expect(await countedWrite(host("host-1"), async () => "ok")).toBe("ok");
    await countedWrite(host("host-1"), async () => "ok");
    expect(await read("host-1")).toMatchObject({ used: 2, remaining: 98, exhausted: false });
    expect((await read("host-2")).used).toBe(0);
  });

  it("turns the daily limit into a plain sentence with the reset time, and remembers it", async () => {
    const resetAt = new Date(Date.now() + 5 * 3600_000).toISOString();
    const error = await countedWrite(host("host-1"), async () => {
      throw dailyLimit(resetAt);
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "rate_limited", status: 429 });
    expect(error.message).toMatch(/^This host has reached Zoom's daily limit of 100 meeting and webinar creates\/updates\. Zoom accepts changes again at \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);
    expect(error.extra.zoom).toMatchObject({ code: 429, trackingId: "t-1", retryAfter: resetAt });
    expect(await read("host-1")).toMatchObject({ exhausted: true, remaining: 0, resetsAt: resetAt });
  });

  it("passes other Zoom errors through untouched, uncounted", async () => {
    const gone = new ZoomApiError(404, 3001, "Meeting does not exist: 1.", null);
    await expect(countedWrite(host("host-1"), async () => Promise.reject(gone))).rejects.toBe(gone);
    expect((await read("host-1")).used).toBe(0);
  });

  it("does not report a write Zoom made as failed because the count could not be stored", async () => {
    const holder = globalThis as { prisma?: Db };
    const unreachable = createDbClient("postgresql://nobody:nothing@127.0.0.1:1/none");
    holder.prisma = unreachable;
    try {
      expect(await countedWrite(host("host-1"), async () => "made")).toBe("made");
    } finally {
      holder.prisma = appDb.client;
      await unreachable.$disconnect();
    }
  });
});
