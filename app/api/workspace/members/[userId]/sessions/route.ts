/** Owners: sign a member out of every browser (`DELETE`); they can sign in again unless removed. */
import { route } from "@/lib/api/route";
import { signOutEverywhere } from "@/lib/auth/members";
import { memberParamsSchema } from "@/lib/schemas/member";

export const DELETE = route({ access: "owner", params: memberParamsSchema, audit: { action: "member.sessions.revoke", target: { type: "member", param: "userId" } } }, async ({ viewer, params }) => ({
  ended: await signOutEverywhere(viewer, params.userId),
}));
