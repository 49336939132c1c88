/**
 * Control API for event subscriptions (`/_sandbox/webhooks/…`): save one (after Zoom's URL
 * validation handshake), list or remove them, shorten Zoom's retry delays for tests, see the
 * latest deliveries, and send any event — also badly signed, stale or as raw text.
 */
import { z } from "zod";
import { ControlError, parse } from "../control/routes";
import { json, noContent } from "../http";
import type { SandboxRuntime } from "../runtime";
import type { ControlRouteDef } from "../types";
import type { WebhookBody } from "./payloads";

const subscriptionInput = z.object({
  url: z.url().refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL"),
  secretToken: z.string().min(8).max(200),
  events: z.array(z.string().min(1)).optional(),
  /** Skip the handshake (an endpoint that is not up yet); Zoom itself never skips it. */
  skipValidation: z.boolean().optional(),
});

const sendInput = z.object({
  event: z.string().min(1),
  /** The `payload` of the event; default `{ account_id }`. */
  payload: z.record(z.string(), z.unknown()).optional(),
  event_ts: z.number().int().optional(),
  /** "bad": sign with a wrong secret token. */
  signature: z.enum(["valid", "bad"]).optional(),
  /** Seconds to move the x-zm-request-timestamp header back (a stale, replayed delivery). */
  timestampAgeSeconds: z.number().int().min(0).max(365 * 86_400).optional(),
  /** Send this text as the body instead of the event (malformed deliveries). */
  rawBody: z.string().max(1024 * 1024).optional(),
});

const retryInput = z.object({ retryDelaysMs: z.array(z.number().int().min(0).max(2 * 3_600_000)).max(5) });

export function webhookControlRoutes(rt: SandboxRuntime): ControlRouteDef[] {
  const config = () => (rt.config.webhooks ??= { subscriptions: [], retryDelaysMs: [] });
  const view = () => ({
    subscriptions: config().subscriptions.map((sub) => ({ url: sub.url, events: sub.events ?? null, secretTokenSet: true })),
    retryDelaysMs: config().retryDelaysMs,
  });
  return [
    { method: "GET", path: "/webhooks", handle: () => json(200, view()) },
    {
      method: "PUT",
      path: "/webhooks/subscriptions",
      handle: async (ctx) => {
        const { skipValidation, ...sub } = parse(subscriptionInput, ctx.body);
        if (!skipValidation) {
          const failure = await rt.webhooks.validate(sub);
          if (failure) throw new ControlError(400, failure);
        }
        config().subscriptions = [...config().subscriptions.filter((s) => s.url !== sub.url), sub];
        return json(200, view());
      },
    },
    {
      method: "DELETE",
      path: "/webhooks/subscriptions",
      handle: () => {
        config().subscriptions = [];
        rt.webhooks.sender.clear();
        return noContent();
      },
    },
    {
      method: "PUT",
      path: "/webhooks/retries",
      handle: (ctx) => {
        config().retryDelaysMs = parse(retryInput, ctx.body).retryDelaysMs;
        return json(200, view());
      },
    },
    { method: "GET", path: "/webhooks/deliveries", handle: () => json(200, rt.webhooks.sender.log) },
    {
      method: "POST",
      path: "/webhooks/send",
      handle: (ctx) => {
        const input = parse(sendInput, ctx.body);
        const body: WebhookBody = { event: input.event, event_ts: input.event_ts ?? rt.clock.now().getTime(), payload: input.payload ?? { account_id: rt.state.accountId } };
        const sent = rt.webhooks.broadcast(body, {
          signWith: input.signature === "bad" ? "not-the-secret-token" : undefined,
          timestampMs: input.timestampAgeSeconds ? Date.now() - input.timestampAgeSeconds * 1000 : undefined,
          rawBody: input.rawBody,
        });
        if (sent === 0) throw new ControlError(409, "No subscription receives this event: PUT /_sandbox/webhooks/subscriptions first.");
        return json(202, { sent, body });
      },
    },
  ];
}
