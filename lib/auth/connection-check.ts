/**
 * "Check connection": one real Zoom call (`GET /users/me`) through the same path every Zoom page
 * uses (zoomContextFor → token vault → lib/zoom/client.ts, with its one renewal on 401/124), so
 * the answer is what the dashboard would experience right now.
 */
import "server-only";
import { zoomContextFor } from "@/lib/auth/zoom-context";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getUser } from "@/lib/zoom/users";

export interface ConnectionCheck {
  connectionId: string;
  kind: "oauth" | "device" | "s2s";
  /** Whom Zoom says the token belongs to (the account owner for S2S). */
  zoomUserId: string;
  email: string;
  name: string;
  accountId: string | null;
  elapsedMs: number;
}

export async function checkConnection(viewer: Viewer, level: "user" | "account"): Promise<ConnectionCheck> {
  const ctx = await zoomContextFor(viewer, level);
  const started = Date.now();
  const me = await getUser(ctx, "me");
  return {
    connectionId: ctx.connectionId,
    kind: ctx.kind,
    zoomUserId: me.id,
    email: me.email,
    name: [me.first_name, me.last_name].filter(Boolean).join(" ") || me.email,
    accountId: me.account_id ?? null,
    elapsedMs: Date.now() - started,
  };
}
