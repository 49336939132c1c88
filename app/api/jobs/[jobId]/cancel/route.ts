/** Stops a job: items not started yet are cancelled, the one in flight finishes. */
import { route } from "@/lib/api/route";
import { cancelJobFor } from "@/lib/services/jobs";
import { jobParams } from "../params";

export const POST = route({ access: "member", params: jobParams, audit: { action: "job.cancel", target: { type: "job", param: "jobId" } } }, async ({ viewer, params }) => cancelJobFor(viewer, params.jobId));
