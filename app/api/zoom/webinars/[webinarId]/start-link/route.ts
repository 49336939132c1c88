/** The host's start link, fetched at click time because it signs the host in and expires. */
import { route } from "@/lib/api/route";
import { webinarParamsSchema } from "@/lib/schemas/webinar";
import { zoomContextForItem } from "@/lib/zoom/actor";
import { getWebinar } from "@/lib/zoom/webinars";

export const GET = route({ access: "member", params: webinarParamsSchema }, async ({ viewer, params }) => {
  const ctx = await zoomContextForItem(viewer);
  const webinar = await getWebinar(ctx, params.webinarId);
  return Response.json({ startUrl: webinar.start_url ?? null }, { headers: { "cache-control": "no-store" } });
});
