/** One occurrence of a recurring meeting: move/resize it (`PATCH`) or delete it (`DELETE`). */
import { route } from "@/lib/api/route";
import { meetingDeleteQuerySchema, occurrenceParamsSchema, occurrenceUpdateSchema } from "@/lib/schemas/meeting";
import { zoomContextForItem } from "@/lib/zoom/actor";
import { countedWrite } from "@/lib/zoom/counted-write";
import { occurrenceBody } from "@/lib/zoom/schedule-body";
import { deleteMeeting, hostOfMeeting, updateMeeting } from "@/lib/zoom/meetings";

export const PATCH = route({ access: "member", params: occurrenceParamsSchema, body: occurrenceUpdateSchema }, async ({ viewer, params, body }) => {
  const ctx = await zoomContextForItem(viewer);
  await countedWrite(hostOfMeeting(params.meetingId), () => updateMeeting(ctx, params.meetingId, occurrenceBody(body), params.occurrenceId));
});

export const DELETE = route({ access: "member", params: occurrenceParamsSchema, query: meetingDeleteQuerySchema }, async ({ viewer, params, query }) => {
  const ctx = await zoomContextForItem(viewer);
  await deleteMeeting(ctx, params.meetingId, {
    occurrenceId: params.occurrenceId,
    scheduleForReminder: query.schedule_for_reminder === "true",
    cancelMeetingReminder: query.cancel_meeting_reminder === "true",
  });
});
