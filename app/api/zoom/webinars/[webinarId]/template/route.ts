/** "Save as template": a webinar template made from this webinar, owned by its host. */
import { route } from "@/lib/api/route";
import { saveAsTemplateSchema } from "@/lib/schemas/template";
import { webinarParamsSchema } from "@/lib/schemas/webinar";
import { zoomContextForItem } from "@/lib/zoom/actor";
import { createWebinarTemplate } from "@/lib/zoom/templates";
import { getWebinar } from "@/lib/zoom/webinars";

export const POST = route({ access: "member", params: webinarParamsSchema, body: saveAsTemplateSchema }, async ({ viewer, params, body }) => {
  const ctx = await zoomContextForItem(viewer);
  const webinar = await getWebinar(ctx, params.webinarId);
  const template = await createWebinarTemplate(ctx, webinar.host_id, params.webinarId, body);
  return Response.json(template, { status: 201 });
});
