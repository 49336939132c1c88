/**
 * One browser's Server-Sent Events stream for GET /api/events: the broker's messages of the
 * viewer's workspace, a heartbeat comment every 15 s (proxies close idle responses), and — when
 * the browser reconnects with Last-Event-ID — the accepted events it missed meanwhile, from the
 * table. A stream ends after 5 minutes so the browser reconnects through route() and a revoked
 * session stops receiving.
 */
import "server-only";
import { feedIsLive, startChangeFeed } from "@/lib/db/change-feed";
import { db } from "@/lib/db/client";
import { subscribe, type LiveMessage } from "@/lib/live-updates/broker";
import { queryKeysFor } from "@/lib/live-updates/keys";

const HEARTBEAT_MS = 15_000;
const STREAM_LIFETIME_MS = 5 * 60_000;
const REPLAY_LIMIT = 100;

function frame(message: LiveMessage): string {
  if (message.type === "refetch") return `event: refetch\ndata: {}\n\n`;
  return `id: ${message.id}\nevent: zoom\ndata: ${JSON.stringify({ event: message.event, keys: message.keys })}\n\n`;
}

/**
 * Who a stream is for: its workspace, and for a member the Zoom user they are — a member hears only
 * of events on meetings and webinars they host (an event whose host is unknown is not theirs), the
 * same rule as every route; admins and owners hear the whole workspace.
 */
export interface StreamAudience {
  workspaceId: string;
  onlyHost: string | null;
}

const hears = (audience: StreamAudience, message: LiveMessage) => message.type !== "event" || audience.onlyHost === null || message.hostId === audience.onlyHost;

/** What a reconnecting browser missed: the events after `lastId`, or "refetch" when they cannot be listed. */
async function missedSince({ workspaceId, onlyHost }: StreamAudience, lastId: string): Promise<LiveMessage[]> {
  const last = await db().webhookEvent.findFirst({ where: { id: lastId, workspaceId }, select: { receivedAt: true } });
  if (!last) return [{ type: "refetch" }];
  const rows = await db().webhookEvent.findMany({
    where: { workspaceId, outcome: "accepted", receivedAt: { gt: last.receivedAt }, ...(onlyHost === null ? {} : { hostId: onlyHost }) },
    orderBy: { receivedAt: "asc" },
    take: REPLAY_LIMIT + 1,
    select: { id: true, event: true, objectId: true, objectUuid: true, hostId: true },
  });
  if (rows.length > REPLAY_LIMIT) return [{ type: "refetch" }];
  return rows.map((row) => ({ type: "event", id: row.id, event: row.event, keys: queryKeysFor(row.event, row.objectId, row.objectUuid), hostId: row.hostId }));
}

export async function liveStream(audience: StreamAudience, lastEventId: string | null, signal: AbortSignal): Promise<Response> {
  await startChangeFeed();
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // Subscribed before the replay query, so nothing committed in between is lost (a repeat is harmless).
      const unsubscribe = subscribe(audience.workspaceId, (message) => {
        if (hears(audience, message)) write(frame(message));
      });
      const heartbeat = setInterval(() => {
        // Keeps a lost feed reconnecting while anyone is listening.
        feedIsLive();
        write(`: heartbeat\n\n`);
      }, HEARTBEAT_MS);
      const lifetime = setTimeout(() => cleanup(), STREAM_LIFETIME_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      signal.addEventListener("abort", cleanup);
      write(`retry: 2000\n: connected\n\n`);
      if (lastEventId) for (const message of await missedSince(audience, lastEventId)) write(frame(message));
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", "x-accel-buffering": "no" },
  });
}
