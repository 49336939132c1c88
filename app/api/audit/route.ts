/** The workspace's audit log, newest first, a page at a time (owners and admins). */
import { route } from "@/lib/api/route";
import { auditListQuerySchema } from "@/lib/schemas/audit";
import { auditPageFor } from "@/lib/services/audit";

export const GET = route({ access: "admin", query: auditListQuerySchema }, async ({ viewer, query }) => auditPageFor(viewer, query));
