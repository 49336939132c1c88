/** The failed items of a job as a CSV download. */
import { route } from "@/lib/api/route";
import { jobFailuresCsvFor } from "@/lib/services/jobs";
import { jobParams } from "../params";

export const GET = route({ access: "member", params: jobParams }, async ({ viewer, params }) => {
  const { csv, fileName } = await jobFailuresCsvFor(viewer, params.jobId);
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"` } });
});
