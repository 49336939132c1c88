import { z } from "zod";

export const jobParams = z.object({ jobId: z.uuid("Not a job id.") });
