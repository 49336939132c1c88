/**
 * Zoom's rate-limit headers (NOTES §3): account-wide per-label limits per second or per day, and a
 * per-host cap of 100 meeting/webinar creates+updates per UTC day. `Retry-After` arrives either as
 * seconds or, on daily limits, as an ISO-8601 date — accept both.
 */

/** What is read of an answer's headers: a fetch `Headers`, or the upstream's plain record behind `get`. */
export interface HeaderReader {
  get(name: string): string | null;
}

export interface RateLimitInfo {
  /** Light / Medium / Heavy / Resource-intensive. */
  category: string | null;
  /** `QPS` or `Daily-limit`. */
  type: string | null;
  limit: number | null;
  remaining: number | null;
  /** When the limit resets (ISO), from `Retry-After` or `X-RateLimit-Reset`, when Zoom sent one. */
  resetsAt: string | null;
}

function intHeader(headers: HeaderReader, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === "") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/**
 * A `Retry-After` / `X-RateLimit-Reset` value as an absolute time. Seconds are relative to `now`;
 * anything else is tried as a date (ISO or HTTP-date). Returns null when unreadable.
 */
export function parseRetryAt(value: string | null, now: Date = new Date()): Date | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return new Date(now.getTime() + Number(trimmed) * 1000);
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}

export function readRateLimit(headers: HeaderReader, now: Date = new Date()): RateLimitInfo {
  const retry = parseRetryAt(headers.get("retry-after"), now) ?? parseRetryAt(headers.get("x-ratelimit-reset"), now);
  return {
    category: headers.get("x-ratelimit-category"),
    type: headers.get("x-ratelimit-type"),
    limit: intHeader(headers, "x-ratelimit-limit"),
    remaining: intHeader(headers, "x-ratelimit-remaining"),
    resetsAt: retry ? retry.toISOString() : null,
  };
}

/** How long to wait before retrying a 429, or null when Zoom gave no usable hint. */
export function retryDelayMs(headers: HeaderReader, now: Date = new Date()): number | null {
  const at = parseRetryAt(headers.get("retry-after"), now) ?? parseRetryAt(headers.get("x-ratelimit-reset"), now);
  if (!at) return null;
  return Math.max(0, at.getTime() - now.getTime());
}
