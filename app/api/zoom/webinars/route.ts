/** Webinars of one host: list a page (`GET`), schedule one (`POST`). */
import { route } from "@/lib/api/route";
import { webinarCreateSchema, webinarListQuerySchema } from "@/lib/schemas/webinar";
import { zoomActorFor } from "@/lib/zoom/actor";
import { countedWrite } from "@/lib/zoom/counted-write";
import { webinarPageFor } from "@/lib/zoom/for-viewer";
import { webinarCreateBody } from "@/lib/zoom/webinar-body";
import { createWebinar, toWebinarDetail } from "@/lib/zoom/webinars";

export const GET = route({ access: "member", query: webinarListQuerySchema }, async ({ viewer, query }) => webinarPageFor(viewer, query));

export const POST = route({ access: "member", body: webinarCreateSchema }, async ({ viewer, body }) => {
  const actor = await zoomActorFor(viewer, body.scheduleFor || "me");
  const created = await countedWrite(actor.hostKey, () => createWebinar(actor.ctx, actor.userId, webinarCreateBody(body)));
  return Response.json(toWebinarDetail(created), { status: 201 });
});
