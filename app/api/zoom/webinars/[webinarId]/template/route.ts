/** "Save as template": a webinar template made from this webinar, owned by its host. */
import { route } from "@/lib/api/route";
import { saveAsTemplateSchema } from "@/lib/schemas/template";
import { webinarParamsSchema } from "@/lib/schemas/webinar";
import { saveWebinarAsTemplateFor } from "@/lib/services/webinars";

export const POST = route({ access: "member", params: webinarParamsSchema, body: saveAsTemplateSchema, audit: { action: "template.create", target: { type: "webinar", param: "webinarId" } } }, async ({ viewer, params, body }) =>
  Response.json(await saveWebinarAsTemplateFor(viewer, params.webinarId, body), { status: 201 }),
);
