/** Background jobs the viewer may see (admins: the workspace's; members: their own), newest first. */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { meetingIdString } from "@/lib/schemas/common";
import { jobListFor } from "@/lib/services/jobs";

const query = z.object({ parentKind: z.enum(["meeting", "webinar"]).optional(), parentId: meetingIdString.optional() });

export const GET = route({ access: "member", query }, async ({ viewer, query: q }) => jobListFor(viewer, q));
