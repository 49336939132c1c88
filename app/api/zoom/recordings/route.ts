/** A host's cloud recordings between two dates (any length: asked of Zoom a month at a time), or their trash. */
import { route } from "@/lib/api/route";
import { recordingListQuerySchema } from "@/lib/schemas/recording";
import { recordingListFor } from "@/lib/services/recordings";

export const GET = route({ access: "member", query: recordingListQuerySchema }, async ({ viewer, query }) => recordingListFor(viewer, query));
