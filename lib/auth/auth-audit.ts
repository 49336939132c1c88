/**
 * Sign-in and sign-out in the audit log. They do not go through route() (next-auth answers
 * them), so they write their entry here, with the request's address when Next can tell it.
 */
import "server-only";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";

async function origin(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const h = await headers();
    // The last hop, as route() records it (see lib/server/sandbox-mount.ts `peerOf`).
    const hops = (h.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
    return { ip: hops.at(-1) ?? null, userAgent: h.get("user-agent") };
  } catch {
    return { ip: null, userAgent: null };
  }
}

export async function auditSignInOut(action: "auth.sign_in" | "auth.sign_out", userId: string, workspaceId: string): Promise<void> {
  const user = await db()
    .user.findUnique({ where: { id: userId }, select: { name: true, email: true } })
    .catch(() => null);
  await recordAudit({
    workspaceId,
    actor: { userId, name: user?.name ?? "Unknown", email: user?.email ?? null },
    action,
    ...(await origin()),
    result: "ok",
  });
}
