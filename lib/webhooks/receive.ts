/**
 * POST /api/zoom/webhooks, outside route() (no session, no same-origin rule, the raw body is what
 * is signed): size → type → signature and timestamp → envelope → store. Zoom waits at most 3 s
 * and retries otherwise, so nothing slow happens here: one insert, whose trigger tells every
 * instance (lib/live-updates/broker.ts pushes to browsers from there).
 */
import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { errorResponse, isJsonType, readLimitedText } from "@/lib/api/route";
import { logger } from "@/lib/server/logger";
import { envelopeSchema, eventNameOf } from "@/lib/webhooks/envelope";
import { webhookSecretToken } from "@/lib/webhooks/secret";
import { encryptPlainToken, isFresh, signatureMatches } from "@/lib/webhooks/signature";
import { storeAccepted, storeRefused } from "@/lib/webhooks/store";

/** Zoom's events are a few kilobytes; recording.completed with many files stays well below this. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;

const refused = (code: ConstructorParameters<typeof ApiError>[0], message: string) => errorResponse(new ApiError(code, message));

export async function receiveWebhook(req: Request, now: number = Date.now()): Promise<Response> {
  let raw: string;
  try {
    raw = await readLimitedText(req, MAX_WEBHOOK_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  if (!isJsonType(req.headers.get("content-type"))) {
    return refused("unsupported_media_type", "Zoom sends events as JSON (Content-Type: application/json).");
  }
  const secret = webhookSecretToken();
  if (!secret) {
    await storeRefused("not_configured", eventNameOf(raw), false);
    return refused("not_configured", "Set ZOOM_WEBHOOK_SECRET_TOKEN to the Zoom app's secret token to receive events.");
  }
  const timestamp = req.headers.get("x-zm-request-timestamp");
  // The signature first: a stale but genuine delivery is told apart from a forged one in the list.
  if (!signatureMatches(secret, timestamp ?? "", raw, req.headers.get("x-zm-signature"))) {
    await storeRefused("bad_signature", eventNameOf(raw), false);
    return refused("unauthenticated", "The x-zm-signature header does not match this body signed with the app's secret token.");
  }
  if (!isFresh(timestamp, now)) {
    await storeRefused("stale", eventNameOf(raw), true);
    return refused("unauthenticated", "The x-zm-request-timestamp is more than 5 minutes away from this server's clock (a replay?).");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    await storeRefused("malformed", eventNameOf(raw), true);
    return refused("bad_request", "The body is not a Zoom event ({ event, event_ts, payload }).");
  }
  const outcome = await storeAccepted(envelope.data);
  logger.info("zoom webhook", { event: envelope.data.event, outcome });
  if (envelope.data.event === "endpoint.url_validation") {
    const plainToken = envelope.data.payload.plainToken;
    if (!plainToken) return refused("bad_request", "endpoint.url_validation needs payload.plainToken.");
    return Response.json({ plainToken, encryptedToken: encryptPlainToken(secret, plainToken) });
  }
  return new Response(null, { status: 204 });
}
