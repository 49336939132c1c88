/** One meeting: read (`GET`), change the whole series (`PATCH`), delete it (`DELETE`). Members: only meetings they host. */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { meetingDeleteQuerySchema, meetingParamsSchema, meetingUpdateSchema } from "@/lib/schemas/meeting";
import { deleteMeetingFor, meetingDetailFor, updateMeetingFor } from "@/lib/services/meetings";

const detailQuery = z.object({ show_previous_occurrences: z.enum(["true", "false"]).optional() });

export const GET = route({ access: "member", params: meetingParamsSchema, query: detailQuery }, async ({ viewer, params, query }) =>
  meetingDetailFor(viewer, params.meetingId, query.show_previous_occurrences === "true"),
);

export const PATCH = route({ access: "member", params: meetingParamsSchema, body: meetingUpdateSchema }, async ({ viewer, params, body }) => {
  await updateMeetingFor(viewer, params.meetingId, body);
});

export const DELETE = route({ access: "member", params: meetingParamsSchema, query: meetingDeleteQuerySchema }, async ({ viewer, params, query }) => {
  await deleteMeetingFor(viewer, params.meetingId, {
    scheduleForReminder: query.schedule_for_reminder === "true",
    cancelMeetingReminder: query.cancel_meeting_reminder === "true",
  });
});
