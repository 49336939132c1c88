/**
 * The one door to Zoom's REST API: base URL, bearer token, retries, ZoomApiError, rate-limit headers.
 *
 * Retry rules (what is safe to repeat):
 * - 401 with code 124 (token expired/revoked): renew the token once and repeat once, any method —
 *   Zoom rejected the call before acting on it.
 * - 429: repeat GET/PUT/DELETE once the wait Zoom asks for (`Retry-After` seconds or date,
 *   `X-RateLimit-Reset`) is short (≤ 2 s); longer waits, and POST/PATCH, surface to the caller.
 * - Network failures, timeouts and 500/502/503/504: repeat GET/PUT/DELETE with a short backoff.
 *   Never POST/PATCH: a create that timed out may have happened, and a second one would duplicate it.
 */
import "server-only";
import { logger } from "@/lib/server/logger";
import type { ZoomContext } from "@/lib/zoom/context";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { readRateLimit, retryDelayMs, type HeaderReader, type RateLimitInfo } from "@/lib/zoom/rate-limit";
import { undiciTransport, type Transport, type UpstreamResponse } from "@/lib/zoom/upstream";

export type ZoomMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export type QueryValue = string | number | boolean | null | undefined;

export interface ZoomRequest {
  method?: ZoomMethod;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Zoom's operationId (e.g. `meetingCreate`); kept on errors and in logs. */
  operation: string;
  /** Per-attempt timeout; defaults to `clientSettings.readAttemptMs` / `writeAttemptMs`. */
  timeoutMs?: number;
}

export interface ZoomResult<T> {
  data: T;
  status: number;
  trackingId: string | null;
  rateLimit: RateLimitInfo;
}

/** Tunables, exposed for tests; production uses the defaults. */
export const clientSettings = {
  maxAttempts: 3,
  /** Longest 429 wait we sit through inside one dashboard request. */
  maxRetryWaitMs: 2_000,
  backoffMs: 250,
  /**
   * A read (and its retries) answers within this budget or fails saying Zoom is slow: a person waits
   * about 10 s, not three full timeouts. Writes get one 30 s attempt (they are never repeated).
   */
  readBudgetMs: 10_000,
  /** One read attempt; short enough that a stalled connection leaves room for a retry. */
  readAttemptMs: 4_500,
  /** The one attempt a write gets. */
  writeAttemptMs: 30_000,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  /** How a request goes on the wire (lib/zoom/upstream.ts); unit tests hand in a scripted one. */
  transport: undiciTransport as Transport,
};

const IDEMPOTENT = new Set<ZoomMethod>(["GET", "PUT", "DELETE"]);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

/** Builds `base + path + ?query`, skipping empty values. */
export function zoomUrl(ctx: Pick<ZoomContext, "apiBaseUrl">, path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(ctx.apiBaseUrl.replace(/\/$/, "") + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function readBody(res: UpstreamResponse): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toZoomError(status: number, body: unknown, headers: HeaderReader, operation: string): ZoomApiError {
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const code = typeof record.code === "number" ? record.code : null;
  const message =
    typeof record.message === "string" && record.message
      ? record.message
      : typeof record.reason === "string"
        ? record.reason
        : `Zoom answered HTTP ${status}.`;
  const errors = Array.isArray(record.errors)
    ? record.errors
        .filter((e): e is { field: string; message: string } => !!e && typeof e === "object" && "field" in e)
        .map((e) => ({ field: String(e.field), message: String(e.message ?? "Invalid field.") }))
    : undefined;
  const limits = readRateLimit(headers);
  return new ZoomApiError(status, code, message, headers.get("x-zm-trackingid"), {
    errors,
    retryAfter: status === 429 ? (limits.resetsAt ?? headers.get("retry-after")) : null,
    operation,
    rateLimit: limits,
  });
}

function unreachable(operation: string, method: ZoomMethod, timedOut: boolean, waitedMs?: number): ZoomApiError {
  if (timedOut && waitedMs !== undefined && method === "GET") {
    return new ZoomApiError(0, null, `Zoom is slow to answer right now (nothing within ${Math.round(waitedMs / 1000)} s). Try again in a moment.`, null, { operation });
  }
  const what = timedOut ? "did not answer in time" : "could not be reached";
  const hint =
    method === "POST" || method === "PATCH"
      ? " The change may or may not have been made; check before trying again."
      : " Try again in a moment.";
  return new ZoomApiError(0, null, `Zoom ${what}.${hint}`, null, { operation });
}

/**
 * Calls Zoom and returns the parsed body, or throws ZoomApiError. Never returns null on failure.
 * `T` is the caller's hand-written response type (lib/zoom/types); 204 answers give `undefined`.
 */
export async function zoomFetch<T>(ctx: ZoomContext, path: string, request: ZoomRequest): Promise<ZoomResult<T>> {
  const method = request.method ?? "GET";
  const idempotent = IDEMPOTENT.has(method);
  const url = zoomUrl(ctx, path, request.query);
  const started = Date.now();
  const deadline = method === "GET" ? started + clientSettings.readBudgetMs : Infinity;
  const attemptMs = request.timeoutMs ?? (method === "GET" ? clientSettings.readAttemptMs : clientSettings.writeAttemptMs);
  let token = await ctx.tokens.get();
  let renewed = false;
  // A DELETE whose earlier attempt may have landed answers 404 on the retry: that is success.
  let ambiguousDelete = false;

  for (let attempt = 1; ; attempt++) {
    const left = deadline - Date.now();
    const timeoutMs = Math.max(1, Math.min(attemptMs, left));
    // Another attempt only when the read budget leaves it a real chance.
    const canRetry = idempotent && attempt < clientSettings.maxAttempts && left > timeoutMs + clientSettings.backoffMs * attempt;
    let res: UpstreamResponse;
    try {
      res = await clientSettings.transport(url, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(request.body !== undefined ? { "content-type": "application/json" } : {}),
        },
        body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
        timeoutMs,
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      logger.warn("zoom call failed before a response", { operation: request.operation, attempt, timedOut });
      if (canRetry) {
        ambiguousDelete = method === "DELETE";
        await clientSettings.sleep(clientSettings.backoffMs * attempt);
        continue;
      }
      throw unreachable(request.operation, method, timedOut, Date.now() - started);
    }

    const trackingId = res.headers.get("x-zm-trackingid");
    if (res.ok) {
      const data = (res.status === 204 ? undefined : await readBody(res)) as T;
      return { data, status: res.status, trackingId, rateLimit: readRateLimit(res.headers) };
    }

    const body = await readBody(res);
    const error = toZoomError(res.status, body, res.headers, request.operation);

    if (res.status === 401 && error.code === 124 && !renewed) {
      renewed = true;
      token = await ctx.tokens.renew(token);
      attempt--; // the renewal retry does not spend the retry budget
      continue;
    }
    if (res.status === 404 && ambiguousDelete) {
      return { data: undefined as T, status: 204, trackingId, rateLimit: readRateLimit(res.headers) };
    }
    if (res.status === 429 && canRetry) {
      const wait = retryDelayMs(res.headers) ?? clientSettings.backoffMs * attempt;
      if (wait <= clientSettings.maxRetryWaitMs) {
        logger.info("zoom rate limited; retrying", { operation: request.operation, waitMs: wait, trackingId });
        await clientSettings.sleep(wait);
        continue;
      }
    }
    if (RETRYABLE_STATUS.has(res.status) && canRetry) {
      ambiguousDelete = method === "DELETE";
      logger.warn("zoom server error; retrying", { operation: request.operation, status: res.status, trackingId });
      await clientSettings.sleep(clientSettings.backoffMs * attempt);
      continue;
    }
    throw error;
  }
}
