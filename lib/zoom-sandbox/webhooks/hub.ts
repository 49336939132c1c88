/**
 * The sandbox's event subscriptions: who is subscribed (kept in the persisted config, and kept
 * across resets — a Zoom app's subscription is not account data), Zoom's URL validation
 * handshake, and sending the events a request caused to every subscriber.
 */
import { createHmac, randomBytes } from "node:crypto";
import type { SandboxState } from "../types";
import { eventsBetween, takePicture, type Picture } from "./changes";
import { WebhookSender, ZOOM_RETRY_DELAYS_MS, type SendOptions, type WebhookSubscription, type WebhooksConfig } from "./deliver";
import type { WebhookBody } from "./payloads";

export function defaultWebhooksConfig(): WebhooksConfig {
  return { subscriptions: [], retryDelaysMs: [...ZOOM_RETRY_DELAYS_MS] };
}

export interface WebhookHubDeps {
  config(): WebhooksConfig;
  state(): SandboxState;
  baseUrl: string;
  /** Sandbox clock, for event_ts. */
  nowMs(): number;
}

export class WebhookHub {
  readonly sender = new WebhookSender(() => Date.now());

  constructor(private readonly deps: WebhookHubDeps) {}

  /** A picture of the state before a request, or null when nobody listens (then nothing is computed). */
  before(): Picture | null {
    return this.deps.config().subscriptions.length ? takePicture(this.deps.state()) : null;
  }

  /** Sends the events between `before` and now to every subscriber. */
  after(before: Picture | null): WebhookBody[] {
    if (!before) return [];
    const ctx = { state: this.deps.state(), baseUrl: this.deps.baseUrl, nowMs: this.deps.nowMs() };
    const events = eventsBetween(ctx, before, takePicture(ctx.state));
    for (const event of events) this.broadcast(event);
    return events;
  }

  broadcast(body: WebhookBody, options: SendOptions = {}): number {
    const config = this.deps.config();
    const subscribers = config.subscriptions.filter((sub) => !sub.events || sub.events.includes(body.event));
    for (const sub of subscribers) this.sender.send(sub, body, config, options);
    return subscribers.length;
  }

  /**
   * Zoom's check when an endpoint is saved: an `endpoint.url_validation` event with a random
   * plainToken, answered within 3 s by `{ plainToken, encryptedToken }` where encryptedToken is
   * hex HMAC-SHA256(secret token, plainToken). Resolves to why it failed, or null.
   */
  async validate(sub: WebhookSubscription): Promise<string | null> {
    const plainToken = randomBytes(16).toString("base64url");
    const raw = JSON.stringify({ payload: { plainToken }, event_ts: this.deps.nowMs(), event: "endpoint.url_validation" });
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const res = await fetch(sub.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "x-zm-request-timestamp": timestamp,
          "x-zm-signature": `v0=${createHmac("sha256", sub.secretToken).update(`v0:${timestamp}:${raw}`).digest("hex")}`,
        },
        body: raw,
        signal: AbortSignal.timeout(3_000),
      });
      if (res.status !== 200) return `The endpoint answered ${res.status} to the URL validation event.`;
      const answer = (await res.json().catch(() => null)) as { plainToken?: unknown; encryptedToken?: unknown } | null;
      const expected = createHmac("sha256", sub.secretToken).update(plainToken).digest("hex");
      if (answer?.plainToken !== plainToken || answer?.encryptedToken !== expected) return "The endpoint's answer to the URL validation event does not match the secret token.";
      return null;
    } catch (error) {
      return `The endpoint could not be reached: ${error instanceof Error ? error.message : String(error)}.`;
    }
  }
}
