/** Webinars of one host: list a page (`GET`), schedule one (`POST`). */
import { route } from "@/lib/api/route";
import { webinarCreateSchema, webinarListQuerySchema } from "@/lib/schemas/webinar";
import { zoomActorFor } from "@/lib/zoom/actor";
import { countedWrite } from "@/lib/zoom/counted-write";
import { webinarCreateBody } from "@/lib/zoom/webinar-body";
import { createWebinar, listWebinars, toWebinarDetail, toWebinarPage } from "@/lib/zoom/webinars";

export const GET = route({ access: "member", query: webinarListQuerySchema }, async ({ viewer, query }) => {
  const actor = await zoomActorFor(viewer, query.userId);
  const page = await listWebinars(actor.ctx, actor.userId, { type: query.type, pageSize: query.page_size, nextPageToken: query.next_page_token });
  return toWebinarPage(page);
});

export const POST = route({ access: "member", body: webinarCreateSchema }, async ({ viewer, body }) => {
  const actor = await zoomActorFor(viewer, body.scheduleFor || "me");
  const created = await countedWrite(actor.hostKey, () => createWebinar(actor.ctx, actor.userId, webinarCreateBody(body)));
  return Response.json(toWebinarDetail(created), { status: 201 });
});
