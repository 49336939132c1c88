import "server-only";
/** Whether the signed-in person's own connection can use Mail, decided before rendering (server pages). */
import { mailAccess, missingMailScopesSentence } from "@/lib/schemas/mail-scopes";
import { zoomContextFor } from "@/lib/auth/zoom-context";
import type { Viewer } from "@/lib/auth/viewer-type";
import { ApiError } from "@/lib/errors/api-error";

export type MailGate = { ok: true } | { ok: false; reason: "scopes" | "connection"; detail: string };

export async function mailGate(viewer: Viewer): Promise<MailGate> {
  try {
    const ctx = await zoomContextFor(viewer, "user");
    const access = mailAccess(ctx.scopes);
    return access.read && access.write ? { ok: true } : { ok: false, reason: "scopes", detail: missingMailScopesSentence(access.missing) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, reason: "connection", detail: error.message };
    throw error;
  }
}
