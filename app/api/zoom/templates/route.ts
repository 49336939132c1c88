/** Meeting or webinar templates visible to a user (Zoom does not paginate these). */
import { route } from "@/lib/api/route";
import { templateListQuerySchema } from "@/lib/schemas/template";
import { zoomActorFor } from "@/lib/zoom/actor";
import { listMeetingTemplates, listWebinarTemplates } from "@/lib/zoom/templates";

export const GET = route({ access: "member", query: templateListQuerySchema }, async ({ viewer, query }) => {
  const actor = await zoomActorFor(viewer, query.userId);
  const templates = query.kind === "meeting" ? await listMeetingTemplates(actor.ctx, actor.userId) : await listWebinarTemplates(actor.ctx, actor.userId);
  return { kind: query.kind, templates };
});
