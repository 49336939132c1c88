/**
 * The host's start link, fetched when "Start" is clicked: it signs the host in and expires (Zoom:
 * two hours for normal users, 90 days for custCreate users), so it is never part of cached data.
 */
import { route } from "@/lib/api/route";
import { meetingParamsSchema } from "@/lib/schemas/meeting";
import { meetingStartLinkFor } from "@/lib/services/meetings";

export const GET = route({ access: "member", params: meetingParamsSchema }, async ({ viewer, params }) => meetingStartLinkFor(viewer, params.meetingId));
