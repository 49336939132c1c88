/** "Save as template": a meeting template made from this meeting, owned by its host. */
import { route } from "@/lib/api/route";
import { meetingParamsSchema } from "@/lib/schemas/meeting";
import { saveAsTemplateSchema } from "@/lib/schemas/template";
import { zoomContextForItem } from "@/lib/zoom/actor";
import { getMeeting } from "@/lib/zoom/meetings";
import { createMeetingTemplate } from "@/lib/zoom/templates";

export const POST = route({ access: "member", params: meetingParamsSchema, body: saveAsTemplateSchema }, async ({ viewer, params, body }) => {
  const ctx = await zoomContextForItem(viewer);
  // Templates belong to a user: the meeting's host, whoever is saving it.
  const meeting = await getMeeting(ctx, params.meetingId);
  const template = await createMeetingTemplate(ctx, meeting.host_id, params.meetingId, body);
  return Response.json(template, { status: 201 });
});
