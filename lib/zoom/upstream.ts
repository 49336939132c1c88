/**
 * The wire to Zoom: one keep-alive connection pool per process (undici `Agent`), used through
 * undici's `request` rather than Next's patched `fetch`, which adds its own bookkeeping to every call
 * and opens a fresh connection more often than not. Every call ends within its `timeoutMs` (connect,
 * headers and body together), and the body is always read or dropped so the socket goes back to the pool.
 */
import { Agent, request } from "undici";
import type { HeaderReader } from "@/lib/zoom/rate-limit";

export interface UpstreamRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** The whole attempt — connecting, waiting for headers, reading the body. */
  timeoutMs: number;
}

/** What client.ts reads of an answer: a subset of the fetch `Response`, so tests can hand it one. */
export interface UpstreamResponse {
  status: number;
  ok: boolean;
  headers: HeaderReader;
  text(): Promise<string>;
}

export type Transport = (url: string, init: UpstreamRequest) => Promise<UpstreamResponse>;

const holder = globalThis as unknown as { __zoomAgent?: Agent };

/** Sockets stay open between calls (Zoom keeps them ~60 s); enough of them for a burst of pages. */
function agent(): Agent {
  holder.__zoomAgent ??= new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 64, connect: { timeout: 10_000 } });
  return holder.__zoomAgent;
}

/** undici gives headers as a lower-cased record; reading three of them needs no `Headers` object. */
function headerReader(raw: Record<string, string | string[] | undefined>): HeaderReader {
  return {
    get(name) {
      const value = raw[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** Errors from the pool that mean "no answer in time", named like fetch's so callers check one name. */
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

function timeoutError(): Error {
  const timeout = new Error("Zoom did not answer in time.");
  timeout.name = "TimeoutError";
  return timeout;
}

function asTimeout(error: unknown): unknown {
  const code = (error as { code?: string } | null)?.code;
  return code && TIMEOUT_CODES.has(code) ? timeoutError() : error;
}

export const undiciTransport: Transport = async (url, init) => {
  // One timer, cleared as soon as the answer is read: AbortSignal.timeout would leave every call's
  // timer pending for its full length (seconds), thousands of them under load.
  const controller = new AbortController();
  const signal = controller.signal;
  const timer = setTimeout(() => controller.abort(timeoutError()), init.timeoutMs);
  try {
    const res = await request(url, {
      dispatcher: agent(),
      method: init.method as "GET",
      headers: init.headers,
      body: init.body,
      signal,
    });
    const text = await res.body.text();
    const headers = headerReader(res.headers);
    return { status: res.statusCode, ok: res.statusCode >= 200 && res.statusCode < 300, headers, text: async () => text };
  } catch (error) {
    throw signal.aborted ? signal.reason : asTimeout(error);
  } finally {
    clearTimeout(timer);
  }
};
