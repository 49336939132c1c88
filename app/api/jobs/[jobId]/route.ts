/** One job's progress and its items' results (`items=failed`, the default, or `all`). */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { jobDetailFor } from "@/lib/services/jobs";
import { jobParams } from "./params";

const query = z.object({ items: z.enum(["failed", "all"]).default("failed") });

export const GET = route({ access: "member", params: jobParams, query }, async ({ viewer, params, query: q }) => jobDetailFor(viewer, params.jobId, q.items));
