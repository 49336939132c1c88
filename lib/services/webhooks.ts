/** Settings → Webhooks: what an owner needs to point a Zoom app's event subscription here, and the latest deliveries. */
import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { Viewer } from "@/lib/auth/viewer-type";
import { db } from "@/lib/db/client";
import { appUrl, env, zoomConfig } from "@/lib/env";
import { SUBSCRIBED_EVENTS } from "@/lib/live-updates/keys";
import { webhookSecretToken } from "@/lib/webhooks/secret";

export interface WebhookDelivery {
  id: string;
  event: string;
  outcome: string;
  verified: boolean;
  objectId: string | null;
  /** False for deliveries no workspace could be matched to (refused ones, or another Zoom account's). */
  matched: boolean;
  receivedAt: string;
}

export interface WebhookSettings {
  endpointUrl: string;
  events: readonly string[];
  /** Where the secret token comes from; never the token itself. */
  secret: "configured" | "generated" | "missing";
  deliveries: WebhookDelivery[];
}

const SHOWN = 25;

export async function webhookSettingsFor(viewer: Viewer): Promise<WebhookSettings> {
  if (viewer.role !== "owner") throw new ApiError("forbidden", "Only the workspace owner can see the webhook settings.");
  const rows = await db().webhookEvent.findMany({
    // Refused deliveries carry no workspace (their account id is not trusted): the owner sees them too.
    where: { OR: [{ workspaceId: viewer.workspaceId }, { workspaceId: null }] },
    orderBy: { receivedAt: "desc" },
    take: SHOWN,
    select: { id: true, event: true, outcome: true, verified: true, objectId: true, workspaceId: true, receivedAt: true },
  });
  return {
    endpointUrl: `${appUrl}/api/zoom/webhooks`,
    events: SUBSCRIBED_EVENTS,
    secret: env.ZOOM_WEBHOOK_SECRET_TOKEN ? "configured" : zoomConfig().mode === "sandbox" && webhookSecretToken() ? "generated" : "missing",
    deliveries: rows.map((row) => ({
      id: row.id,
      event: row.event,
      outcome: row.outcome,
      verified: row.verified,
      objectId: row.objectId,
      matched: row.workspaceId !== null,
      receivedAt: row.receivedAt.toISOString(),
    })),
  };
}
