import { route } from "@/lib/api/route";
import { listMembers } from "@/lib/auth/members";

export const GET = route({ access: "admin" }, async ({ viewer }) => ({ members: await listMembers(viewer) }));
