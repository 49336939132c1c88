/**
 * The secret token that signs deliveries to POST /api/zoom/webhooks: ZOOM_WEBHOOK_SECRET_TOKEN,
 * or in demo mode the one generated into DATA_DIR (the embedded sandbox signs with it).
 */
import { env, zoomConfig } from "@/lib/env";
import { appSecrets } from "@/lib/server/secrets";

/** Null when a real Zoom app is configured without a secret token: the endpoint then refuses every event. */
export function webhookSecretToken(): string | null {
  if (env.ZOOM_WEBHOOK_SECRET_TOKEN) return env.ZOOM_WEBHOOK_SECRET_TOKEN;
  return zoomConfig().mode === "sandbox" ? appSecrets().webhookSecretToken : null;
}
