/** Meetings of one host: list a page (`GET`), schedule one (`POST`). See docs/api-routes.md. */
import { route } from "@/lib/api/route";
import { meetingCreateSchema, meetingListQuerySchema } from "@/lib/schemas/meeting";
import { zoomActorFor } from "@/lib/zoom/actor";
import { countedWrite } from "@/lib/zoom/counted-write";
import { meetingCreateBody } from "@/lib/zoom/meeting-body";
import { createMeeting, listMeetings, toMeetingDetail, toMeetingPage } from "@/lib/zoom/meetings";

export const GET = route({ access: "member", query: meetingListQuerySchema }, async ({ viewer, query }) => {
  const actor = await zoomActorFor(viewer, query.userId);
  const page = await listMeetings(actor.ctx, actor.userId, { type: query.type, pageSize: query.page_size, nextPageToken: query.next_page_token });
  return toMeetingPage(page);
});

export const POST = route({ access: "member", body: meetingCreateSchema }, async ({ viewer, body }) => {
  const actor = await zoomActorFor(viewer, body.scheduleFor || "me");
  const created = await countedWrite(actor.hostKey, () => createMeeting(actor.ctx, actor.userId, meetingCreateBody(body)));
  return Response.json(toMeetingDetail(created), { status: 201 });
});
