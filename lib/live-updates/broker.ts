/**
 * Server push, per instance: the change feed (lib/db/change-feed.ts) reports every accepted
 * webhook event committed by any instance ("WebhookEvent:<workspaceId>:<id>:<event>:<objectId>:<objectUuid>:<hostId>",
 * see migration 20261203040414_webhook_event_host), and this hands it to the open event streams of
 * that workspace only (each stream then keeps a member to what they host, lib/live-updates/stream.ts). When the feed reconnects, events may have been missed: streams are told to
 * refetch everything.
 */
import "server-only";
import { onChange } from "@/lib/db/change-feed";
import { queryKeysFor, type QueryKeyPrefix } from "@/lib/live-updates/keys";

export type LiveMessage =
  | { type: "event"; id: string; event: string; keys: QueryKeyPrefix[]; /** Who hosts its meeting or webinar (never sent to the browser). */ hostId: string | null }
  | { type: "refetch" };

type Subscriber = (message: LiveMessage) => void;

interface Broker {
  byWorkspace: Map<string, Set<Subscriber>>;
}

/** One per process, however often Next bundles this module. */
const state = globalThis as unknown as { __liveBroker?: Broker };

function broker(): Broker {
  if (state.__liveBroker) return state.__liveBroker;
  const created: Broker = { byWorkspace: new Map() };
  state.__liveBroker = created;
  onChange((change) => {
    if (change === "all") {
      for (const subscribers of created.byWorkspace.values()) for (const send of subscribers) send({ type: "refetch" });
      return;
    }
    if (change.table !== "WebhookEvent") return;
    const [workspaceId, id, event, objectId, objectUuid, hostId] = change.keys;
    if (!workspaceId || !id || !event) return;
    const message: LiveMessage = { type: "event", id, event, keys: queryKeysFor(event, objectId || null, objectUuid || null), hostId: hostId || null };
    for (const send of created.byWorkspace.get(workspaceId) ?? []) send(message);
  });
  return created;
}

/** Registers a stream of `workspaceId`; returns its unsubscribe. */
export function subscribe(workspaceId: string, send: Subscriber): () => void {
  const { byWorkspace } = broker();
  const subscribers = byWorkspace.get(workspaceId) ?? new Set();
  byWorkspace.set(workspaceId, subscribers);
  subscribers.add(send);
  return () => {
    subscribers.delete(send);
    if (subscribers.size === 0 && byWorkspace.get(workspaceId) === subscribers) byWorkspace.delete(workspaceId);
  };
}
