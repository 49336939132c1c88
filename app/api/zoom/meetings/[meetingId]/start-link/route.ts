/**
 * The host's start link, fetched when "Start" is clicked: it signs the host in and expires (Zoom:
 * two hours for normal users, 90 days for custCreate users), so it is never part of cached data.
 */
import { route } from "@/lib/api/route";
import { meetingParamsSchema } from "@/lib/schemas/meeting";
import { zoomContextForItem } from "@/lib/zoom/actor";
import { getMeeting } from "@/lib/zoom/meetings";

export const GET = route({ access: "member", params: meetingParamsSchema }, async ({ viewer, params }) => {
  const ctx = await zoomContextForItem(viewer);
  const meeting = await getMeeting(ctx, params.meetingId);
  return Response.json({ startUrl: meeting.start_url ?? null }, { headers: { "cache-control": "no-store" } });
});
