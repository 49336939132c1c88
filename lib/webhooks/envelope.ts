/**
 * What the receiver reads from a delivery's body: Zoom's envelope `{ event, event_ts, payload }`
 * and the ids the dashboard keys on. Everything else stays in the stored payload as sent.
 */
import { z } from "zod";

const EVENT_NAME = /^[a-z0-9_.]{1,100}$/i;
const id = z.union([z.string().max(200), z.number()]).transform(String);

export const envelopeSchema = z.object({
  event: z.string().regex(EVENT_NAME, "is not a Zoom event name"),
  event_ts: z.number().int().nonnegative(),
  payload: z.looseObject({
    account_id: z.string().max(200).optional(),
    plainToken: z.string().max(200).optional(),
    object: z
      .looseObject({
        id: id.optional(),
        uuid: z.string().max(200).optional(),
        host_id: z.string().max(200).regex(/^[\w.-]*$/).optional().catch(undefined),
        registrant: z.looseObject({ id: id.optional() }).optional(),
      })
      .optional(),
  }),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** Zoom retries a delivery with the same body, so the event, its time and its object ids name it. */
export function dedupeKeyOf(envelope: Envelope): string {
  const object = envelope.payload.object;
  return [envelope.event, envelope.event_ts, envelope.payload.account_id ?? "", object?.id ?? "", object?.uuid ?? "", object?.registrant?.id ?? ""].join("|");
}

/** The event name of a body we could not accept, for the deliveries list (never trusted for anything else). */
export function eventNameOf(rawBody: string): string {
  try {
    const event = (JSON.parse(rawBody) as { event?: unknown }).event;
    // Shown in Settings → Webhooks and stored: only what could be a Zoom event name (no NUL, no markup).
    return typeof event === "string" && EVENT_NAME.test(event) ? event : "";
  } catch {
    return "";
  }
}
