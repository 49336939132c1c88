/**
 * Who hosts each meeting/webinar this process has read, so an admin's update (whose answer is an
 * empty 204) can be counted against the right host's daily write budget without another Zoom call.
 * Bounded; a miss only means the write is not counted. Never used for access decisions.
 *
 * Per process on purpose, unlike the budget itself (PostgreSQL, lib/services/write-budget.ts): this
 * is a cache of facts Zoom owns (an item's host), not state the instances share — another instance
 * that missed simply does not count that one write, and a restart loses nothing that matters.
 */
import "server-only";

const hosts = new Map<string, string>();

const key = (kind: "meeting" | "webinar", id: string) => `${kind}:${id}`;

export function rememberHost(kind: "meeting" | "webinar", id: string, hostId: string): void {
  if (hosts.size > 5000) hosts.delete(hosts.keys().next().value!);
  hosts.set(key(kind, id), hostId);
}

export function knownHost(kind: "meeting" | "webinar", id: string): string | null {
  return hosts.get(key(kind, id)) ?? null;
}
