/**
 * Who may change whom. Pure, so the rules are tested on their own (member-rules.test.ts):
 * - admins and owners manage members; only owners touch owners or make someone an owner;
 * - a workspace always keeps at least one owner;
 * - nobody removes themselves here (that would be "leave", not moderation).
 */
import type { WorkspaceRole } from "@/lib/auth/viewer-type";

export interface RuleActor {
  userId: string;
  role: WorkspaceRole;
}

export interface RuleTarget {
  userId: string;
  role: WorkspaceRole;
  removed: boolean;
}

/** null when allowed, else the sentence to show. */
export function roleChangeRefusal(actor: RuleActor, target: RuleTarget, next: WorkspaceRole, activeOwners: number): string | null {
  if (actor.role === "member") return "Only workspace admins and owners can change roles.";
  if (target.removed) return "This person was removed from the workspace; restore them first.";
  if (target.role === next) return null;
  if (next === "owner" && actor.role !== "owner") return "Only an owner can make someone an owner.";
  if (target.role === "owner" && actor.role !== "owner") return "Only an owner can change another owner's role.";
  if (target.role === "owner" && activeOwners <= 1) return "A workspace needs at least one owner: make someone else an owner first.";
  return null;
}

export function removalRefusal(actor: RuleActor, target: RuleTarget, activeOwners: number): string | null {
  if (actor.role === "member") return "Only workspace admins and owners can remove people.";
  if (target.removed) return null;
  if (target.userId === actor.userId) return "You cannot remove yourself.";
  if (target.role === "owner" && actor.role !== "owner") return "Only an owner can remove another owner.";
  if (target.role === "owner" && activeOwners <= 1) return "A workspace needs at least one owner.";
  return null;
}

export function restoreRefusal(actor: RuleActor, target: RuleTarget): string | null {
  if (actor.role === "member") return "Only workspace admins and owners can restore people.";
  if (target.role === "owner" && actor.role !== "owner") return "Only an owner can restore an owner.";
  return null;
}
