/** "Save as template": a meeting template made from this meeting, owned by its host. */
import { route } from "@/lib/api/route";
import { meetingParamsSchema } from "@/lib/schemas/meeting";
import { saveAsTemplateSchema } from "@/lib/schemas/template";
import { saveMeetingAsTemplateFor } from "@/lib/services/meetings";

export const POST = route({ access: "member", params: meetingParamsSchema, body: saveAsTemplateSchema, audit: { action: "template.create", target: { type: "meeting", param: "meetingId" } } }, async ({ viewer, params, body }) =>
  Response.json(await saveMeetingAsTemplateFor(viewer, params.meetingId, body), { status: 201 }),
);
