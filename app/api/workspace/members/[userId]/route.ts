import { route } from "@/lib/api/route";
import { changeRole, removeMember } from "@/lib/auth/members";
import { memberParamsSchema, memberRoleChangeSchema } from "@/lib/schemas/member";

const target = { type: "member", param: "userId" };

/** Promote or demote (rules in lib/auth/member-rules.ts). */
export const PATCH = route({ access: "admin", params: memberParamsSchema, body: memberRoleChangeSchema, audit: { action: "member.role", target } }, async ({ viewer, params, body, audit }) => {
  const before = await changeRole(viewer, params.userId, body.role);
  audit.target(params.userId, before.label);
  audit.detail({ before: { role: before.role } });
});

/** Remove from the workspace; they cannot sign back in until restored. */
export const DELETE = route({ access: "admin", params: memberParamsSchema, audit: { action: "member.remove", target } }, async ({ viewer, params, audit }) => {
  const removed = await removeMember(viewer, params.userId);
  audit.target(params.userId, removed.label);
});
