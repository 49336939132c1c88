/** A new job with only the failed items of this one (202). */
import { route } from "@/lib/api/route";
import { retryFailedFor } from "@/lib/services/jobs";
import { jobParams } from "../params";

export const POST = route({ access: "member", params: jobParams, audit: { action: "job.retry", target: { type: "job", param: "jobId" } } }, async ({ viewer, params }) => Response.json(await retryFailedFor(viewer, params.jobId), { status: 202 }));
