/**
 * Closed captions from the dashboard. The caption URL is a secret-bearing URL: it is fetched and
 * kept (sealed) on the server, and shown only when a host or admin explicitly reveals it for a
 * third-party captioner. Lines typed in the console are posted here, in order, under a row lock on
 * the stream so two tabs or two instances never interleave or reuse a `seq`.
 */
import "server-only";
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

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

const keyOf = (viewer: Viewer, ref: ScheduledRef, lang: string) => ({ workspaceId: viewer.workspaceId, parentKind: ref.kind, parentId: ref.id, lang });

async function freshUrl(tx: Tx, key: ReturnType<typeof keyOf>, live: LiveItem, ref: ScheduledRef): Promise<{ url: string; fetchedAt: Date }> {
  const url = await getCaptionUrl(live.ctx, ref.kind, ref.id);
  const fetchedAt = new Date();
  await tx.captionStream.update({
    where: { workspaceId_parentKind_parentId_lang: key },
    data: { urlEnc: seal(url, appSecrets().encryptionKeys, SEAL_CONTEXT), urlFetchedAt: fetchedAt, resync: true },
  });
  return { url, fetchedAt };
}

/** The stream row, locked for this transaction (created on first use). */
async function lockStream(tx: Tx, key: ReturnType<typeof keyOf>) {
  await tx.$executeRaw`
    INSERT INTO "CaptionStream" ("workspaceId", "parentKind", "parentId", "lang", "updatedAt")
    VALUES (${key.workspaceId}, ${key.parentKind}, ${key.parentId}, ${key.lang}, now())
    ON CONFLICT DO NOTHING`;
  const [row] = await tx.$queryRaw<{ urlEnc: string | null; urlFetchedAt: Date | null; nextSeq: number; resync: boolean }[]>`
    SELECT "urlEnc", "urlFetchedAt", "nextSeq", "resync" FROM "CaptionStream"
    WHERE "workspaceId" = ${key.workspaceId} AND "parentKind" = ${key.parentKind} AND "parentId" = ${key.parentId} AND "lang" = ${key.lang}
    FOR UPDATE`;
  return row!;
}

async function currentUrl(tx: Tx, key: ReturnType<typeof keyOf>, live: LiveItem, ref: ScheduledRef, row: { urlEnc: string | null; urlFetchedAt: Date | null }) {
  if (row.urlEnc && row.urlFetchedAt && Date.now() - row.urlFetchedAt.getTime() < URL_REFRESH_MS) {
    return { url: open(row.urlEnc, appSecrets().encryptionKeys, SEAL_CONTEXT), fetchedAt: row.urlFetchedAt };
  }
  return freshUrl(tx, key, live, ref);
}

function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  // Lines go out one by one with retries inside the lock; allow for a slow caption endpoint.
  return db().$transaction(work, { maxWait: 15_000, timeout: 90_000 });
}

/** The caption URL for a third-party captioner: host or admin, on an explicit reveal only. */
export async function revealCaptionUrlFor(viewer: Viewer, ref: ScheduledRef): Promise<CaptionUrlView> {
  const live = await openLiveItem(viewer, ref);
  const key = keyOf(viewer, ref, "en-US");
  return inTransaction(async (tx) => {
    const row = await lockStream(tx, key);
    const { url, fetchedAt } = await currentUrl(tx, key, live, ref, row);
    return { url, expiresAt: new Date(fetchedAt.getTime() + URL_TTL_MS).toISOString() };
  });
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
  return inTransaction(async (tx) => {
    const row = await lockStream(tx, key);
    let { url } = await currentUrl(tx, key, live, ref, row);
    let seq = row.nextSeq;
    let resync = row.resync;
    let urlRenewed = false;
    const results: CaptionSendResult["lines"] = [];
    for (const [index, text] of chunks.entries()) {
      if (resync) {
        const last = await lastCaptionSeq(url);
        if (last !== null) seq = Math.max(seq, last + 1);
        resync = false;
      }
      let post = await postCaption(url, seq, input.lang, text);
      if (post.outcome === "forbidden" && !urlRenewed) {
        urlRenewed = true;
        url = (await freshUrl(tx, key, live, ref)).url;
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
      await tx.captionLine.upsert({ where: { workspaceId_parentKind_parentId_lang_seq: { ...key, seq } }, create: { ...key, seq, text }, update: { text, sentAt: new Date() } });
      results.push({ text, seq, status: "sent" });
      seq += 1;
    }
    await tx.captionStream.update({ where: { workspaceId_parentKind_parentId_lang: key }, data: { nextSeq: seq, resync } });
    return { lang: input.lang, nextSeq: seq, lines: results };
  });
}
