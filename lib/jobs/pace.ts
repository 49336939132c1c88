/**
 * Pacing background work to Zoom's per-second limits across every instance (NOTES §3). Each call
 * reserves the next free slot of its (workspace, rate-limit label) with one atomic upsert — a
 * shared, PostgreSQL-held schedule, so two instances working one import together still send at
 * most `rate` calls a second between them. A 429 pushes the schedule back by Zoom's Retry-After.
 *
 * Background jobs share the account's limit with everything else calling Zoom (other apps, people
 * using this dashboard), so they run at a share of it and treat an occasional 429 as normal.
 */
import { db } from "@/lib/db/client";

export type RateLabel = "LIGHT" | "MEDIUM" | "HEAVY";
export type ZoomPlan = "free" | "pro" | "business";

/** Calls per second by plan and label (NOTES §3: Light 4/30/80, Medium 2/20/60, Heavy 1/10/40). */
export const PLAN_LIMITS: Record<ZoomPlan, Record<RateLabel, number>> = {
  free: { LIGHT: 4, MEDIUM: 2, HEAVY: 1 },
  pro: { LIGHT: 30, MEDIUM: 20, HEAVY: 10 },
  business: { LIGHT: 80, MEDIUM: 60, HEAVY: 40 },
};

/** The share of the account's limit background jobs use; interactive use gets the rest. */
export const JOB_SHARE = 0.95;

export const jobRate = (plan: ZoomPlan, label: RateLabel) => PLAN_LIMITS[plan][label] * JOB_SHARE;

export const paceKey = (workspaceId: string, label: RateLabel) => `${workspaceId}:${label}`;

/**
 * Reserves the next slot for one call at `perSecond` and resolves when it comes. Slots are
 * `1/perSecond` apart, so no one-second window holds more than `perSecond` calls, whichever
 * instance makes them.
 */
export async function reserveSlot(key: string, perSecond: number, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))): Promise<void> {
  const gapMs = Math.max(1, Math.round(1000 / perSecond));
  const [row] = await db().$queryRaw<{ waitMs: number }[]>`
    INSERT INTO "RatePace" ("key", "nextAt") VALUES (${key}, (clock_timestamp() AT TIME ZONE 'UTC') + make_interval(secs => ${gapMs / 1000}::float8))
    ON CONFLICT ("key") DO UPDATE
      SET "nextAt" = GREATEST("RatePace"."nextAt", (clock_timestamp() AT TIME ZONE 'UTC')) + make_interval(secs => ${gapMs / 1000}::float8)
    RETURNING GREATEST(0, EXTRACT(EPOCH FROM ("nextAt" - make_interval(secs => ${gapMs / 1000}::float8) - (clock_timestamp() AT TIME ZONE 'UTC'))) * 1000)::float8 AS "waitMs"`;
  const wait = row?.waitMs ?? 0;
  if (wait > 0) await sleep(wait);
}

// "nextAt" is a timestamp without time zone holding UTC (as Prisma writes DateTime); every
// expression here is in UTC whatever the session's TimeZone.

/** Zoom said "not before `until`" (a 429's Retry-After): nobody on this key sends before then. */
export async function pushBack(key: string, until: Date): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "RatePace" ("key", "nextAt") VALUES (${key}, to_timestamp(${until.getTime() / 1000}::float8) AT TIME ZONE 'UTC')
    ON CONFLICT ("key") DO UPDATE SET "nextAt" = GREATEST("RatePace"."nextAt", EXCLUDED."nextAt")`;
}
