/**
 * What of a verified Zoom event is kept in WebhookEvent.payload. Zoom's events carry secrets the
 * dashboard never needs after the fact — `recording.completed`'s `download_token` (24 hours of
 * access to the files), meeting passcodes, and links with credentials in them (`join_url` with
 * `pwd=`, `start_url` with `zak=`, `download_url`, `play_url`) — and the rows live as long as the
 * audit log (a year by default), unencrypted. They are dropped before the insert; what the audit
 * and the live updates read (ids, topic, email, operator, times) stays.
 *
 * Also keeps the row storable: PostgreSQL's jsonb refuses U+0000 in strings, so a string carrying
 * one is kept without it; and nothing deeper than MAX_DEPTH levels is kept (Zoom nests a handful).
 */
const SECRET_KEY = /token|password|passcode|pwd|secret|(^|_)(url|urls)$|^zak$/i;
const MAX_DEPTH = 32;

export function redactPayload(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  if (!value || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item) => redactPayload(item, depth + 1));
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (SECRET_KEY.test(key) || key.includes("\u0000")) continue;
    kept[key] = redactPayload(item, depth + 1);
  }
  return kept;
}
