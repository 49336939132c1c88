/**
 * The `summary` of an audit entry: what a request changed, small and safe to show to every admin.
 * Secrets (tokens, client secrets, passwords and meeting passcodes, keys) and people's words
 * (message bodies and subjects, attachments, caption text) are replaced by "[removed]" whatever
 * the route, so a label written too generously still cannot leak them. Pure.
 */

/** Key names whose values never enter the log. */
const SECRET_KEY = /token|secret|password|passcode|passwd|pwd|^key$|apikey|api_key|private|credential|authorization|cookie|^code$|code_verifier|signature/i;
/** Key names holding what somebody wrote or uploaded. */
const CONTENT_KEY = /^(body|html|text|subject|snippet|raw|mime|attachments?|content|caption|captions|lines?|message|data|file|csv)$/i;

export const REMOVED = "[removed]";

const MAX_STRING = 200;
const MAX_ARRAY = 20;
const MAX_KEYS = 40;
const MAX_DEPTH = 4;

function clean(value: unknown, depth: number): unknown {
  if (value === null || typeof value === "boolean" || typeof value === "number") return value;
  if (typeof value === "string") return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(value)) {
    // An import's rows are people, not a change worth copying: say how many.
    if (value.length > MAX_ARRAY) return { count: value.length };
    return value.map((item) => clean(item, depth + 1));
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).slice(0, MAX_KEYS);
    return Object.fromEntries(entries.map(([key, item]) => [key, SECRET_KEY.test(key) || CONTENT_KEY.test(key) ? REMOVED : clean(item, depth + 1)]));
  }
  return undefined;
}

/**
 * The summary for a request body: `body` keeps the fields sent (cleaned), `keys` only their names,
 * `none` nothing. `extra` (a before/after a handler added) is cleaned the same way.
 */
export function auditSummary(body: unknown, mode: "body" | "keys" | "none", extra?: Record<string, unknown>): Record<string, unknown> | null {
  const summary: Record<string, unknown> = {};
  if (mode === "body" && body !== undefined && body !== null) {
    const cleaned = clean(body, 0);
    if (cleaned && typeof cleaned === "object" && !Array.isArray(cleaned)) Object.assign(summary, { after: cleaned });
    else summary.after = cleaned;
  } else if (mode === "keys" && body && typeof body === "object" && !Array.isArray(body)) {
    summary.fields = Object.keys(body).slice(0, MAX_KEYS);
  }
  if (extra) Object.assign(summary, clean(extra, 0) as Record<string, unknown>);
  return Object.keys(summary).length ? summary : null;
}
