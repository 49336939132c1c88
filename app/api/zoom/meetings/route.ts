/** Meetings of one host: list a page (`GET`), schedule one (`POST`). */
import { route } from "@/lib/api/route";
import { meetingCreateSchema, meetingListQuerySchema } from "@/lib/schemas/meeting";
import { createMeetingFor, meetingPageFor } from "@/lib/services/meetings";

export const GET = route({ access: "member", query: meetingListQuerySchema }, async ({ viewer, query }) => meetingPageFor(viewer, query));

export const POST = route({ access: "member", body: meetingCreateSchema, audit: { action: "meeting.create", target: { type: "meeting" } } }, async ({ viewer, body, audit }) => {
  const created = await createMeetingFor(viewer, body);
  audit.target(created.id, created.topic);
  return Response.json(created, { status: 201 });
});
