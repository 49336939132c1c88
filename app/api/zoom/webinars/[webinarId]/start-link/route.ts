/** The host's start link for a webinar, fetched at click time (it signs the host in and expires). */
import { route } from "@/lib/api/route";
import { webinarParamsSchema } from "@/lib/schemas/webinar";
import { webinarStartLinkFor } from "@/lib/services/webinars";

export const GET = route({ access: "member", params: webinarParamsSchema }, async ({ viewer, params }) => webinarStartLinkFor(viewer, params.webinarId));
