/**
 * Closed captions from the dashboard. The caption URL is a secret-bearing URL: it is fetched and
 * kept (sealed) on the server, and shown only when a host or admin explicitly reveals it for a
 * third-party captioner. Lines typed in the console are posted here, in order, under a lease on the
 * stream so two tabs or two instances never interleave or reuse a `seq`.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer-type";
import { open, seal } from "@/lib/crypto/aes-gcm";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/errors/api-error";
import { captionChunks, type CaptionSend } from "@/lib/schemas/live";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import { openLiveItem, type LiveItem } from "@/lib/services/live";
import { appSecrets } from "@/lib/server/secrets";
import { lastCaptionSeq, postCaption } from "@/lib/zoom/captions";
import { getCaptionUrl } from "@/lib/zoom/live";
import type { CaptionSendResult, CaptionStateView, CaptionUrlView } from "@/lib/zoom/types/live";

const SEAL_CONTEXT = "CaptionStream.urlEnc";
/** Zoom's caption URL lives 24 h (`expire=86400`); a fresh one is fetched well before that. */
const URL_TTL_MS = 24 * 3600_000;
const URL_REFRESH_MS = 20 * 3600_000;
const HISTORY = 50;

/** How long one holder keeps a stream without showing progress; every line extends it. */
const LEASE_SECONDS = 60;
/** How long a second sender waits for the first before being told to try again. */
const LEASE_WAIT_MS = 15_000;

type StreamKey = ReturnType<typeof keyOf>;
interface StreamRow {
  urlEnc: string | null;
  urlFetchedAt: Date | null;
  nextSeq: number;
  resync: boolean;
}

const keyOf = (viewer: Viewer, ref: ScheduledRef, lang: string) => ({ workspaceId: viewer.workspaceId, parentKind: ref.kind, parentId: ref.id, lang });

/**
 * The stream for this sender alone (created on first use): a lease with a token, taken in one short
 * statement. Nothing holds a database connection while Zoom is asked — a held row lock did, so a
 * host sending to several languages at once could take the whole pool. A second sender waits for
 * the lease (two tabs typing at once stay in order) and is told to try again after LEASE_WAIT_MS.
 */
async function leaseStream(key: StreamKey): Promise<{ token: string; row: StreamRow }> {
  await db().$executeRaw`
    INSERT INTO "CaptionStream" ("workspaceId", "parentKind", "parentId", "lang", "updatedAt")
    VALUES (${key.workspaceId}, ${key.parentKind}, ${key.parentId}, ${key.lang}, now())
    ON CONFLICT DO NOTHING`;
  const token = randomUUID();
  const until = Date.now() + LEASE_WAIT_MS;
  for (;;) {
    const [row] = await db().$queryRaw<StreamRow[]>`
      UPDATE "CaptionStream" SET "leaseToken" = ${token}, "leasedUntil" = now() + ${LEASE_SECONDS} * interval '1 second', "updatedAt" = now()
      WHERE "workspaceId" = ${key.workspaceId} AND "parentKind" = ${key.parentKind} AND "parentId" = ${key.parentId} AND "lang" = ${key.lang}
        AND ("leasedUntil" IS NULL OR "leasedUntil" < now())
      RETURNING "urlEnc", "urlFetchedAt", "nextSeq", "resync"`;
    if (row) return { token, row };
    if (Date.now() > until) throw new ApiError("conflict", "Captions are being sent to this meeting in this language from elsewhere (another tab or person). Try again in a moment.");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Extends the lease before the next line; false when it lapsed and someone else holds the stream now. */
async function keepLease(key: StreamKey, token: string): Promise<boolean> {
  const changed = await db().$executeRaw`
    UPDATE "CaptionStream" SET "leasedUntil" = now() + ${LEASE_SECONDS} * interval '1 second'
    WHERE "workspaceId" = ${key.workspaceId} AND "parentKind" = ${key.parentKind} AND "parentId" = ${key.parentId} AND "lang" = ${key.lang} AND "leaseToken" = ${token}`;
  return changed === 1;
}

/** Gives the stream back with where it stands; a lapsed lease writes nothing (the next holder resyncs with Zoom). */
async function releaseStream(key: StreamKey, token: string, state: { nextSeq: number; resync: boolean } | null): Promise<void> {
  const { nextSeq, resync } = state ?? { nextSeq: null, resync: null };
  await db().$executeRaw`
    UPDATE "CaptionStream" SET "leaseToken" = NULL, "leasedUntil" = NULL,
      "nextSeq" = COALESCE(${nextSeq}::int, "nextSeq"), "resync" = COALESCE(${resync}::boolean, "resync"), "updatedAt" = now()
    WHERE "workspaceId" = ${key.workspaceId} AND "parentKind" = ${key.parentKind} AND "parentId" = ${key.parentId} AND "lang" = ${key.lang} AND "leaseToken" = ${token}`;
}

async function freshUrl(key: StreamKey, live: LiveItem, ref: ScheduledRef): Promise<{ url: string; fetchedAt: Date }> {
  const url = await getCaptionUrl(live.ctx, ref.kind, ref.id);
  const fetchedAt = new Date();
  await db().captionStream.update({
    where: { workspaceId_parentKind_parentId_lang: key },
    data: { urlEnc: seal(url, appSecrets().encryptionKeys, SEAL_CONTEXT), urlFetchedAt: fetchedAt, resync: true },
  });
  return { url, fetchedAt };
}

async function currentUrl(key: StreamKey, live: LiveItem, ref: ScheduledRef, row: { urlEnc: string | null; urlFetchedAt: Date | null }) {
  if (row.urlEnc && row.urlFetchedAt && Date.now() - row.urlFetchedAt.getTime() < URL_REFRESH_MS) {
    return { url: open(row.urlEnc, appSecrets().encryptionKeys, SEAL_CONTEXT), fetchedAt: row.urlFetchedAt };
  }
  return freshUrl(key, live, ref);
}

/** The caption URL for a third-party captioner: host or admin, on an explicit reveal only. */
export async function revealCaptionUrlFor(viewer: Viewer, ref: ScheduledRef): Promise<CaptionUrlView> {
  const live = await openLiveItem(viewer, ref);
  const key = keyOf(viewer, ref, "en-US");
  const { token, row } = await leaseStream(key);
  try {
    const { url, fetchedAt } = await currentUrl(key, live, ref, row);
    return { url, expiresAt: new Date(fetchedAt.getTime() + URL_TTL_MS).toISOString() };
  } finally {
    await releaseStream(key, token, null);
  }
}

export async function captionStateFor(viewer: Viewer, ref: ScheduledRef, lang: string): Promise<CaptionStateView> {
  await openLiveItem(viewer, ref);
  const key = keyOf(viewer, ref, lang);
  const stream = await db().captionStream.findUnique({ where: { workspaceId_parentKind_parentId_lang: key }, select: { nextSeq: true } });
  const lines = await db().captionLine.findMany({ where: key, orderBy: { seq: "desc" }, take: HISTORY, select: { seq: true, text: true, sentAt: true } });
  return { lang, nextSeq: stream?.nextSeq ?? 1, lines: lines.reverse().map((l) => ({ ...l, sentAt: l.sentAt.toISOString() })) };
}

/**
 * Sends `input.text` as caption posts, in order. A line that cannot be delivered after retries
 * stops the batch (later lines are not sent, so nothing overtakes it); its seq is not spent.
 */
export async function sendCaptionsFor(viewer: Viewer, ref: ScheduledRef, input: CaptionSend): Promise<CaptionSendResult> {
  const live = await openLiveItem(viewer, ref);
  // Zoom's webinar object has no live status; for webinars the caption URL itself says "not started".
  if (ref.kind === "meeting" && live.item.status !== "started") throw new ApiError("conflict", `The ${ref.kind} is not live. Captions reach Zoom only while it runs.`);
  const chunks = captionChunks(input.text);
  const key = keyOf(viewer, ref, input.lang);
  const { token, row } = await leaseStream(key);
  let seq = row.nextSeq;
  let resync = row.resync;
  let kept = true;
  try {
    let { url } = await currentUrl(key, live, ref, row);
    let urlRenewed = false;
    const results: CaptionSendResult["lines"] = [];
    for (const [index, text] of chunks.entries()) {
      if (index > 0 && !(kept = await keepLease(key, token))) {
        for (const rest of chunks.slice(index)) results.push({ text: rest, seq: null, status: "not_sent", reason: "Another sender took over this stream; send it again." });
        break;
      }
      if (resync) {
        const last = await lastCaptionSeq(url);
        if (last !== null) seq = Math.max(seq, last + 1);
        resync = false;
      }
      let post = await postCaption(url, seq, input.lang, text);
      if (post.outcome === "forbidden" && !urlRenewed) {
        urlRenewed = true;
        url = (await freshUrl(key, live, ref)).url;
        post = await postCaption(url, seq, input.lang, text);
      }
      if (post.outcome === "refused") {
        // Either Zoom already has this seq (another captioner, a lost answer) or the meeting ended.
        const last = await lastCaptionSeq(url);
        if (last !== null && last >= seq) {
          seq = last + 1;
          post = await postCaption(url, seq, input.lang, text);
        }
      }
      if (post.outcome !== "sent") {
        resync = true;
        const reason =
          post.outcome === "refused"
            ? `Zoom refused the caption (HTTP ${post.status}): the ${ref.kind} may have ended.`
            : post.outcome === "forbidden"
              ? "Zoom did not accept the caption URL (HTTP 403)."
              : `Zoom's caption service did not answer${post.status ? ` (HTTP ${post.status})` : ""} after retries.`;
        results.push({ text, seq: null, status: "failed", reason });
        for (const rest of chunks.slice(index + 1)) results.push({ text: rest, seq: null, status: "not_sent", reason: "Held back so captions stay in order." });
        break;
      }
      await db().captionLine.upsert({ where: { workspaceId_parentKind_parentId_lang_seq: { ...key, seq } }, create: { ...key, seq, text }, update: { text, sentAt: new Date() } });
      results.push({ text, seq, status: "sent" });
      seq += 1;
    }
    return { lang: input.lang, nextSeq: seq, lines: results };
  } catch (error) {
    // Something failed between Zoom and us: the next send asks Zoom where it stands first.
    resync = true;
    throw error;
  } finally {
    await releaseStream(key, token, kept ? { nextSeq: seq, resync } : null);
  }
}
