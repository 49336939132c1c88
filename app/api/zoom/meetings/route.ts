/** Meetings of one host: list a page (`GET`), schedule one (`POST`). See docs/api-routes.md. */
import { route } from "@/lib/api/route";
import { meetingCreateSchema, meetingListQuerySchema } from "@/lib/schemas/meeting";
import { zoomActorFor } from "@/lib/zoom/actor";
import { countedWrite } from "@/lib/zoom/counted-write";
import { meetingPageFor } from "@/lib/zoom/for-viewer";
import { meetingCreateBody } from "@/lib/zoom/meeting-body";
import { createMeeting, toMeetingDetail } from "@/lib/zoom/meetings";

export const GET = route({ access: "member", query: meetingListQuerySchema }, async ({ viewer, query }) => meetingPageFor(viewer, query));

export const POST = route({ access: "member", body: meetingCreateSchema }, async ({ viewer, body }) => {
  const actor = await zoomActorFor(viewer, body.scheduleFor || "me");
  const created = await countedWrite(actor.hostKey, () => createMeeting(actor.ctx, actor.userId, meetingCreateBody(body)));
  return Response.json(toMeetingDetail(created), { status: 201 });
});
