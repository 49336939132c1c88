/** The audit log as CSV, with the page's filters (owners and admins). */
import { route } from "@/lib/api/route";
import { auditListQuerySchema } from "@/lib/schemas/audit";
import { auditCsvFor } from "@/lib/services/audit";

export const GET = route({ access: "admin", query: auditListQuerySchema }, async ({ viewer, query }) => {
  const csv = await auditCsvFor(viewer, query);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-log-${day}.csv"` } });
});
