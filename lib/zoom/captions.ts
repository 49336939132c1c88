/**
 * Zoom's caption ingestion ("Closed Caption REST API" article): `POST <caption URL>&seq=N&lang=xx-YY`
 * with a `text/plain; charset=utf-8` body, `seq` one more per new caption and the same for a retry;
 * `GET …/closedcaption/seq` gives the last accepted seq. The caption URL carries its own signature,
 * so no bearer token travels; it is still a secret (whoever has it can caption the meeting).
 */
import "server-only";
import { clientSettings } from "@/lib/zoom/client";

const ATTEMPT_MS = 5_000;
/** Zoom asks for retries with a timeout; three tries with a short backoff keep a console responsive. */
const ATTEMPTS = 3;

export type CaptionPost =
  | { outcome: "sent" }
  /** 403: the URL expired or was not accepted; a fresh one from Zoom may work. */
  | { outcome: "forbidden" }
  /** 400: the meeting has not started (or has ended) — or the seq was already used; the caller asks `/seq`. */
  | { outcome: "refused"; status: number }
  /** No answer, a timeout or 408/429/5xx after every retry: nothing is known to have been shown. */
  | { outcome: "unreachable"; status: number | null };

const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

function withParams(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

/** One caption under one `seq`, retried (same seq, so Zoom shows it once) on transient failures. */
export async function postCaption(url: string, seq: number, lang: string, text: string): Promise<CaptionPost> {
  const target = withParams(url, { seq: String(seq), lang });
  let lastStatus: number | null = null;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const res = await clientSettings.transport(target, {
        method: "POST",
        headers: { "content-type": "text/plain; charset=utf-8" },
        body: text,
        timeoutMs: ATTEMPT_MS,
      });
      if (res.ok) return { outcome: "sent" };
      if (res.status === 403) return { outcome: "forbidden" };
      if (!TRANSIENT.has(res.status)) return { outcome: "refused", status: res.status };
      lastStatus = res.status;
    } catch {
      lastStatus = null;
    }
    if (attempt < ATTEMPTS) await clientSettings.sleep(clientSettings.backoffMs * attempt * 2);
  }
  return { outcome: "unreachable", status: lastStatus };
}

/** The last seq Zoom accepted on this caption URL (0 before any), or null when it cannot say. */
export async function lastCaptionSeq(url: string): Promise<number | null> {
  const u = new URL(url);
  u.pathname = `${u.pathname.replace(/\/$/, "")}/seq`;
  try {
    const res = await clientSettings.transport(u.toString(), { method: "GET", headers: {}, timeoutMs: ATTEMPT_MS });
    const value = (await res.text()).trim();
    return res.ok && /^\d+$/.test(value) ? Number(value) : null;
  } catch {
    return null;
  }
}
