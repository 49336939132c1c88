import { route } from "@/lib/api/route";
import { restoreMember } from "@/lib/auth/members";
import { memberParamsSchema } from "@/lib/schemas/member";

export const POST = route({ access: "admin", params: memberParamsSchema }, async ({ viewer, params }) => {
  await restoreMember(viewer, params.userId);
});
