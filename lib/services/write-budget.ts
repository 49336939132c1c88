/**
 * The per-host daily write budget (lib/zoom/write-budget.ts has Zoom's rule and the arithmetic),
 * kept in PostgreSQL so every instance behind a load balancer spends one shared count and a restart
 * forgets nothing. Each count is one atomic upsert, so two instances never double-spend or lose a
 * write; the first count of a host's new day also deletes past days' rows (index on `day`).
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { db, type Db } from "@/lib/db/client";
import { actorFor } from "@/lib/services/access";
import { utcDay, writeBudgetFrom, type WriteBudget } from "@/lib/zoom/write-budget";

/** Whose budget: a Zoom host within one workspace (= one Zoom account). */
export interface BudgetHost {
  workspaceId: string;
  /** Null when the host is not known (e.g. an admin's update of an item not read before): nothing is counted. */
  hostKey: string | null;
}

/** The PostgreSQL `date` of `now`'s UTC day, as Prisma hands `@db.Date` columns back. */
const dayDate = (now: Date) => new Date(`${utcDay(now)}T00:00:00.000Z`);

/** The store on `client`; the app uses the shared client, tests play several instances with their own. */
export function writeBudgetStore(client: Db = db()) {
  return {
    /** One more write for `host` today; returns today's count (null when the host is unknown). */
    async count(host: BudgetHost, now = new Date()): Promise<number | null> {
      if (!host.hostKey) return null;
      const day = utcDay(now);
      const [row] = await client.$queryRaw<{ used: number }[]>`
        INSERT INTO "HostWriteBudget" ("workspaceId", "hostKey", "day", "used")
        VALUES (${host.workspaceId}, ${host.hostKey}, ${day}::date, 1)
        ON CONFLICT ("workspaceId", "hostKey", "day") DO UPDATE SET "used" = "HostWriteBudget"."used" + 1
        RETURNING "used"`;
      // The first write of a host's day is rare (≤ once per host per day), so past days go then.
      if (row!.used === 1) await client.hostWriteBudget.deleteMany({ where: { day: { lt: dayDate(now) } } });
      return row!.used;
    },

    /** Zoom refused a write for `host` with its daily limit: no more until `until` (stored as UTC, as Prisma reads it). */
    async markExhausted(host: BudgetHost, until: string, now = new Date()): Promise<void> {
      if (!host.hostKey) return;
      await client.$executeRaw`
        INSERT INTO "HostWriteBudget" ("workspaceId", "hostKey", "day", "used", "exhaustedUntil")
        VALUES (${host.workspaceId}, ${host.hostKey}, ${utcDay(now)}::date, 0, ${new Date(until).toISOString()}::timestamptz AT TIME ZONE 'UTC')
        ON CONFLICT ("workspaceId", "hostKey", "day") DO UPDATE SET "exhaustedUntil" = EXCLUDED."exhaustedUntil"`;
    },

    async read(host: BudgetHost, now = new Date()): Promise<WriteBudget> {
      if (!host.hostKey) return writeBudgetFrom(null, now);
      const row = await client.hostWriteBudget.findUnique({
        where: { workspaceId_hostKey_day: { workspaceId: host.workspaceId, hostKey: host.hostKey, day: dayDate(now) } },
        select: { used: true, exhaustedUntil: true },
      });
      return writeBudgetFrom(row, now);
    },
  };
}

/** The write budget of the host a viewer asks about (members: themselves; admins: anyone). */
export async function writeBudgetFor(viewer: Viewer, userId?: string): Promise<WriteBudget> {
  const { hostKey } = await actorFor(viewer, userId);
  return writeBudgetStore().read({ workspaceId: viewer.workspaceId, hostKey });
}
