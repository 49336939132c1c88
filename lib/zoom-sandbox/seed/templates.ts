/**
 * Seeded meeting and webinar templates: account-admin templates (type 2, visible to everyone)
 * and personal ones (type 1).
 */
import { newShortId } from "../ids";
import type { SandboxTemplate, SandboxUser } from "../types";
import type { SeedContext } from "./build";

function template(ctx: SeedContext, name: string, type: 1 | 2, owner: SandboxUser, source: Record<string, unknown>): SandboxTemplate {
  return { id: newShortId(ctx), name, type, owner_id: owner.id, source };
}

export function seedTemplates(ctx: SeedContext, users: SandboxUser[]): { meeting: SandboxTemplate[]; webinar: SandboxTemplate[] } {
  const owner = users[0];
  const member = users.find((u) => u.role_name === "Member" && u.type === 2 && u.status === "active") ?? owner;
  return {
    meeting: [
      template(ctx, "Company all-hands", 2, owner, { duration: 60, settings: { mute_upon_entry: true, waiting_room: false, auto_recording: "cloud", host_video: true } }),
      template(ctx, "Secure client call", 2, owner, { duration: 45, settings: { waiting_room: true, meeting_authentication: true, encryption_type: "enhanced_encryption" } }),
      template(ctx, "My standup", 1, owner, { duration: 15, settings: { join_before_host: true, jbh_time: 5, waiting_room: false } }),
      template(ctx, "Interview", 1, owner, { duration: 60, agenda: "Structured interview", settings: { waiting_room: true, auto_recording: "none" } }),
      template(ctx, "Sales demo", 1, member, { duration: 30, settings: { host_video: true, participant_video: true } }),
    ],
    webinar: [
      template(ctx, "Branded webinar", 2, owner, { duration: 60, settings: { practice_session: true, hd_video: true, approval_type: 0 } }),
      template(ctx, "Product launch webinar", 1, owner, { duration: 90, settings: { panelists_video: true, question_and_answer: { enable: true } } }),
    ],
  };
}
