/** One meeting: read (`GET`), change the whole series (`PATCH`), delete it (`DELETE`). Members: only meetings they host. */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { meetingDeleteQuerySchema, meetingParamsSchema, meetingUpdateSchema } from "@/lib/schemas/meeting";
import { deleteMeetingFor, meetingDetailFor, updateMeetingFor } from "@/lib/services/meetings";

const detailQuery = z.object({ show_previous_occurrences: z.enum(["true", "false"]).optional() });

export const GET = route({ access: "member", params: meetingParamsSchema, query: detailQuery }, async ({ viewer, params, query }) =>
  meetingDetailFor(viewer, params.meetingId, query.show_previous_occurrences === "true"),
);

export const PATCH = route({ access: "member", params: meetingParamsSchema, body: meetingUpdateSchema, audit: { action: "meeting.update", target: { type: "meeting", param: "meetingId" } } }, async ({ viewer, params, body, audit }) => {
  if (body.topic) audit.target(params.meetingId, body.topic);
  await updateMeetingFor(viewer, params.meetingId, body);
});

export const DELETE = route({ access: "member", params: meetingParamsSchema, query: meetingDeleteQuerySchema, audit: { action: "meeting.delete", target: { type: "meeting", param: "meetingId" } } }, async ({ viewer, params, query }) => {
  await deleteMeetingFor(viewer, params.meetingId, {
    scheduleForReminder: query.schedule_for_reminder === "true",
    cancelMeetingReminder: query.cancel_meeting_reminder === "true",
  });
});
