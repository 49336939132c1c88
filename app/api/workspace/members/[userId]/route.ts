import { route } from "@/lib/api/route";
import { changeRole, removeMember } from "@/lib/auth/members";
import { memberParamsSchema, memberRoleChangeSchema } from "@/lib/schemas/member";

/** Promote or demote (rules in lib/auth/member-rules.ts). */
export const PATCH = route({ access: "admin", params: memberParamsSchema, body: memberRoleChangeSchema }, async ({ viewer, params, body }) => {
  await changeRole(viewer, params.userId, body.role);
});

/** Remove from the workspace; they cannot sign back in until restored. */
export const DELETE = route({ access: "admin", params: memberParamsSchema }, async ({ viewer, params }) => {
  await removeMember(viewer, params.userId);
});
