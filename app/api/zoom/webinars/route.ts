/** Webinars of one host: list a page (`GET`), schedule one (`POST`). */
import { route } from "@/lib/api/route";
import { webinarCreateSchema, webinarListQuerySchema } from "@/lib/schemas/webinar";
import { createWebinarFor, webinarPageFor } from "@/lib/services/webinars";

export const GET = route({ access: "member", query: webinarListQuerySchema }, async ({ viewer, query }) => webinarPageFor(viewer, query));

export const POST = route({ access: "member", body: webinarCreateSchema, audit: { action: "webinar.create", target: { type: "webinar" } } }, async ({ viewer, body, audit }) => {
  const created = await createWebinarFor(viewer, body);
  audit.target(created.id, created.topic);
  return Response.json(created, { status: 201 });
});
