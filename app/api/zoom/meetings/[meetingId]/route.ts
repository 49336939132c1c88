/** One meeting: read (`GET`), change the whole series (`PATCH`), delete it (`DELETE`). */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { meetingDeleteQuerySchema, meetingParamsSchema, meetingUpdateSchema } from "@/lib/schemas/meeting";
import { zoomContextForItem } from "@/lib/zoom/actor";
import { countedWrite } from "@/lib/zoom/counted-write";
import { meetingUpdateBody } from "@/lib/zoom/meeting-body";
import { meetingDetailFor } from "@/lib/zoom/for-viewer";
import { deleteMeeting, hostOfMeeting, updateMeeting } from "@/lib/zoom/meetings";

const detailQuery = z.object({ show_previous_occurrences: z.enum(["true", "false"]).optional() });

export const GET = route({ access: "member", params: meetingParamsSchema, query: detailQuery }, async ({ viewer, params, query }) =>
  meetingDetailFor(viewer, params.meetingId, query.show_previous_occurrences === "true"),
);

export const PATCH = route({ access: "member", params: meetingParamsSchema, body: meetingUpdateSchema }, async ({ viewer, params, body }) => {
  const ctx = await zoomContextForItem(viewer);
  await countedWrite(hostOfMeeting(params.meetingId), () => updateMeeting(ctx, params.meetingId, meetingUpdateBody(body)));
});

export const DELETE = route({ access: "member", params: meetingParamsSchema, query: meetingDeleteQuerySchema }, async ({ viewer, params, query }) => {
  const ctx = await zoomContextForItem(viewer);
  await deleteMeeting(ctx, params.meetingId, {
    scheduleForReminder: query.schedule_for_reminder === "true",
    cancelMeetingReminder: query.cancel_meeting_reminder === "true",
  });
});
