import { route } from "@/lib/api/route";
import { restoreMember } from "@/lib/auth/members";
import { memberParamsSchema } from "@/lib/schemas/member";

export const POST = route({ access: "admin", params: memberParamsSchema, audit: { action: "member.restore", target: { type: "member", param: "userId" } } }, async ({ viewer, params }) => {
  await restoreMember(viewer, params.userId);
});
