/**
 * What signing in with Zoom does to the workspace: one workspace per Zoom account, the first
 * person in becomes its owner, later people of the same account join as members, and people an
 * admin removed stay out. Then the fresh tokens replace any stored ones (next-auth #5924).
 */
import "server-only";
import { storeUserConnection } from "@/lib/auth/token-vault";
import type { GrantedTokens, ZoomUserProfile } from "@/lib/auth/zoom-oauth";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/server/logger";

/** Second key space of our advisory locks: one workspace's membership decisions at a time. */
export const WORKSPACE_LOCK_CLASS = 0x5a4f4f4e;

export type SignInRefusal = "AccessRemoved";

export type SignInOutcome = { ok: true; userId: string; workspaceId: string; role: string; created: boolean } | { ok: false; refusal: SignInRefusal };

/** "Acme Inc", else the email domain ("example.com"), for a new workspace's name. */
export function workspaceNameFor(profile: ZoomUserProfile): string {
  if (profile.company) return profile.company;
  const domain = profile.email.split("@")[1];
  return domain ? domain : `Zoom account ${profile.accountId}`;
}

/** Records who signed in and their membership; does not store tokens (see completeSignIn). */
export async function joinWorkspace(profile: ZoomUserProfile): Promise<SignInOutcome> {
  return db().$transaction(async (tx) => {
    // Two people of a new account signing in together must not both become its owner.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WORKSPACE_LOCK_CLASS}::integer, hashtext(${profile.accountId}))`;
    const workspace = await tx.workspace.upsert({
      where: { zoomAccountId: profile.accountId },
      create: { zoomAccountId: profile.accountId, name: workspaceNameFor(profile) },
      update: {},
      select: { id: true },
    });
    const user = await tx.user.upsert({
      where: { zoomUserId: profile.id },
      create: { zoomUserId: profile.id, email: profile.email, name: profile.name, image: profile.image, timezone: profile.timezone },
      update: { email: profile.email, name: profile.name, image: profile.image, timezone: profile.timezone },
      select: { id: true },
    });
    const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } } });
    if (membership?.removedAt) return { ok: false, refusal: "AccessRemoved" } as const;
    // Only a sign-in that lets the person in counts as their last sign-in.
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
    if (membership) return { ok: true, userId: user.id, workspaceId: workspace.id, role: membership.role, created: false } as const;
    const others = await tx.membership.count({ where: { workspaceId: workspace.id } });
    const role = others === 0 ? "owner" : "member";
    await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
    return { ok: true, userId: user.id, workspaceId: workspace.id, role, created: true } as const;
  });
}

/** The whole sign-in: membership first (a removed person's tokens are not kept), then the tokens. */
export async function completeSignIn(profile: ZoomUserProfile, tokens: GrantedTokens, requestedAtMs: number): Promise<SignInOutcome> {
  const outcome = await joinWorkspace(profile);
  if (!outcome.ok) {
    logger.info("sign-in refused", { reason: outcome.refusal, zoomAccountId: profile.accountId });
    return outcome;
  }
  await storeUserConnection({ workspaceId: outcome.workspaceId, userId: outcome.userId, kind: "oauth", profile, tokens, requestedAtMs });
  logger.info("signed in", { userId: outcome.userId, workspaceId: outcome.workspaceId, role: outcome.role, newMember: outcome.created });
  return outcome;
}
