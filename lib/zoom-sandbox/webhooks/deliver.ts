/**
 * Sending events the way Zoom does (developers.zoom.us → "Using webhooks"): a JSON POST to the
 * subscription's endpoint with `x-zm-request-timestamp` (seconds) and `x-zm-signature`
 * (`v0=` + hex HMAC-SHA256(secret token, `v0:{timestamp}:{body}`)). An answer other than 200/204,
 * or none within 3 seconds, is retried — Zoom retries three times, 5, 30 and 90 minutes after the
 * first attempt; `retryDelaysMs` shortens that for tests. Each attempt is signed afresh.
 */
import { createHmac, randomBytes } from "node:crypto";
import type { WebhookBody } from "./payloads";

export interface WebhookSubscription {
  url: string;
  secretToken: string;
  /** Event names this subscription receives; absent: every event the sandbox sends. */
  events?: string[];
}

export interface WebhooksConfig {
  subscriptions: WebhookSubscription[];
  /** Delays before each retry; Zoom's are 5, 30 and 90 minutes. */
  retryDelaysMs: number[];
}

export const ZOOM_RETRY_DELAYS_MS = [5 * 60_000, 30 * 60_000, 90 * 60_000];
const ATTEMPT_TIMEOUT_MS = 3_000;
const LOG_SIZE = 100;

export interface DeliveryRecord {
  event: string;
  url: string;
  /** HTTP status of each attempt, or 0 when it failed or timed out. */
  attempts: number[];
  delivered: boolean;
  /** True while a retry is still scheduled. */
  pending: boolean;
}

export const signature = (secret: string, timestamp: string, body: string) => `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;

export interface SendOptions {
  /** Sign with something else than the subscription's secret (the control API's "badly signed" event). */
  signWith?: string;
  /** The timestamp header to send (ms since the epoch; default: now) — a stale one tests the replay window. */
  timestampMs?: number;
  /** The exact body to send (default: the event as JSON). */
  rawBody?: string;
}

export class WebhookSender {
  readonly log: DeliveryRecord[] = [];
  private timers = new Set<NodeJS.Timeout>();

  constructor(private readonly now: () => number) {}

  /** Sends now and schedules Zoom's retries; never throws and never delays the caller. */
  send(sub: WebhookSubscription, body: WebhookBody, config: WebhooksConfig, options: SendOptions = {}): DeliveryRecord {
    const record: DeliveryRecord = { event: body.event, url: sub.url, attempts: [], delivered: false, pending: true };
    this.log.push(record);
    if (this.log.length > LOG_SIZE) this.log.shift();
    const raw = options.rawBody ?? JSON.stringify(body);
    const attempt = async (index: number) => {
      const status = await this.post(sub, raw, options);
      record.attempts.push(status);
      if (status === 200 || status === 204) {
        record.delivered = true;
        record.pending = false;
        return;
      }
      const delay = config.retryDelaysMs[index];
      if (delay === undefined) {
        record.pending = false;
        return;
      }
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void attempt(index + 1);
      }, delay);
      timer.unref();
      this.timers.add(timer);
    };
    void attempt(0);
    return record;
  }

  /** One signed POST; its status, or 0 for no answer in time. */
  async post(sub: WebhookSubscription, raw: string, options: SendOptions = {}): Promise<number> {
    const timestamp = String(Math.floor((options.timestampMs ?? this.now()) / 1000));
    try {
      const res = await fetch(sub.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "Zoom Marketplace/1.0a",
          "x-zm-request-timestamp": timestamp,
          "x-zm-signature": signature(options.signWith ?? sub.secretToken, timestamp, raw),
          "x-zm-trackingid": `v=2.0&s=${randomBytes(8).toString("hex")}`,
        },
        body: raw,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await res.body?.cancel();
      return res.status;
    } catch {
      return 0;
    }
  }

  /** Drops scheduled retries (reset, tests). */
  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
