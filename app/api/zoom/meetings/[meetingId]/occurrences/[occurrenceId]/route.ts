/** One occurrence of a recurring meeting: move/resize it (`PATCH`) or delete it (`DELETE`). */
import { route } from "@/lib/api/route";
import { meetingDeleteQuerySchema, occurrenceParamsSchema, occurrenceUpdateSchema } from "@/lib/schemas/meeting";
import { deleteMeetingFor, updateMeetingOccurrenceFor } from "@/lib/services/meetings";

export const PATCH = route({ access: "member", params: occurrenceParamsSchema, audit: { action: "meeting.occurrence.update", target: { type: "occurrence", param: "occurrenceId" } }, body: occurrenceUpdateSchema }, async ({ viewer, params, body }) => {
  await updateMeetingOccurrenceFor(viewer, params.meetingId, params.occurrenceId, body);
});

export const DELETE = route({ access: "member", params: occurrenceParamsSchema, audit: { action: "meeting.occurrence.delete", target: { type: "occurrence", param: "occurrenceId" } }, query: meetingDeleteQuerySchema }, async ({ viewer, params, query }) => {
  await deleteMeetingFor(viewer, params.meetingId, {
    occurrenceId: params.occurrenceId,
    scheduleForReminder: query.schedule_for_reminder === "true",
    cancelMeetingReminder: query.cancel_meeting_reminder === "true",
  });
});
