/**
 * The WebhookEvent rows behind POST /api/zoom/webhooks. Accepted events claim their dedupe key
 * (a retried delivery finds it taken); refused deliveries are kept without payload for
 * Settings → Webhooks and pruned after a week, so a stream of junk cannot grow the table forever.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/server/logger";
import { dedupeKeyOf, type Envelope } from "@/lib/webhooks/envelope";
import { redactPayload } from "@/lib/webhooks/redact";

export type Outcome = "accepted" | "duplicate" | "bad_signature" | "stale" | "malformed" | "not_configured";

const REFUSED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

async function workspaceOf(accountId: string | undefined): Promise<string | null> {
  if (!accountId) return null;
  const workspace = await db().workspace.findUnique({ where: { zoomAccountId: accountId }, select: { id: true } });
  return workspace?.id ?? null;
}

/** The host an earlier event of this meeting or webinar named (`meeting.updated` carries only what changed). */
async function knownHost(workspaceId: string | null, objectId: string | null): Promise<string | null> {
  if (!workspaceId || !objectId) return null;
  const earlier = await db().webhookEvent.findFirst({
    where: { workspaceId, objectId, hostId: { not: null } },
    orderBy: { receivedAt: "desc" },
    select: { hostId: true },
  });
  return earlier?.hostId ?? null;
}

/** Stores an accepted event; "duplicate" when Zoom already delivered it (then only the duplicate is noted). */
export async function storeAccepted(envelope: Envelope): Promise<"accepted" | "duplicate"> {
  const workspaceId = await workspaceOf(envelope.payload.account_id);
  const object = envelope.payload.object;
  const objectId = object?.id ?? null;
  const row = {
    workspaceId,
    event: envelope.event,
    eventTs: BigInt(envelope.event_ts),
    objectId,
    objectUuid: object?.uuid ?? null,
    hostId: object?.host_id || (await knownHost(workspaceId, objectId)),
    verified: true,
  };
  // The handshake has no object and nothing to dedupe: Zoom validates again whenever asked.
  const dedupeKey = envelope.event === "endpoint.url_validation" ? null : dedupeKeyOf(envelope);
  // ON CONFLICT DO NOTHING: of two instances receiving the same retry at once, exactly one stores it.
  const { count } = await db().webhookEvent.createMany({
    data: [{ ...row, dedupeKey, outcome: "accepted", payload: redactPayload(envelope) as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
  if (count === 1) return "accepted";
  await db().webhookEvent.create({ data: { ...row, outcome: "duplicate" } });
  return "duplicate";
}

/**
 * Refused deliveries are noted for the admin's diagnosis, not as a record: anyone can send them, so
 * each instance notes at most REFUSED_NOTED_PER_MINUTE a minute (the rest are counted in one log
 * line) and prunes old ones at most every PRUNE_EVERY_MS — a flood of forged requests costs the
 * database a bounded number of writes instead of two per request. A per-process limit on purpose:
 * it bounds this instance's own work, and nothing else depends on it.
 */
const REFUSED_NOTED_PER_MINUTE = 60;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
const refusedWindow = { startedAt: 0, noted: 0, skipped: 0, prunedAt: 0 };

/** Notes a refused delivery (its claimed event name only; the body is not trusted) and prunes old ones. */
export async function storeRefused(outcome: Exclude<Outcome, "accepted" | "duplicate">, event: string, verified: boolean, now = Date.now()): Promise<void> {
  if (now - refusedWindow.startedAt >= 60_000) {
    if (refusedWindow.skipped) logger.warn("refused webhook deliveries not listed (too many in a minute)", { skipped: refusedWindow.skipped });
    Object.assign(refusedWindow, { startedAt: now, noted: 0, skipped: 0 });
  }
  if (refusedWindow.noted >= REFUSED_NOTED_PER_MINUTE) {
    refusedWindow.skipped++;
    return;
  }
  refusedWindow.noted++;
  await db().webhookEvent.create({ data: { event, verified, outcome } });
  if (now - refusedWindow.prunedAt >= PRUNE_EVERY_MS) {
    refusedWindow.prunedAt = now;
    await db().webhookEvent.deleteMany({ where: { outcome: { not: "accepted" }, receivedAt: { lt: new Date(now - REFUSED_KEPT_MS) } } });
  }
}
