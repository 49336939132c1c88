/** The people and actions the audit log's filters offer (owners and admins). */
import { route } from "@/lib/api/route";
import { auditFilterOptionsFor } from "@/lib/services/audit";

export const GET = route({ access: "admin" }, async ({ viewer }) => auditFilterOptionsFor(viewer));
