/** One occurrence of a recurring webinar: move/resize it (`PATCH`) or delete it (`DELETE`). */
import { route } from "@/lib/api/route";
import { webinarDeleteQuerySchema, webinarOccurrenceParamsSchema, webinarOccurrenceUpdateSchema } from "@/lib/schemas/webinar";
import { deleteWebinarFor, updateWebinarOccurrenceFor } from "@/lib/services/webinars";

export const PATCH = route({ access: "member", params: webinarOccurrenceParamsSchema, audit: { action: "webinar.occurrence.update", target: { type: "occurrence", param: "occurrenceId" } }, body: webinarOccurrenceUpdateSchema }, async ({ viewer, params, body }) => {
  await updateWebinarOccurrenceFor(viewer, params.webinarId, params.occurrenceId, body);
});

export const DELETE = route({ access: "member", params: webinarOccurrenceParamsSchema, audit: { action: "webinar.occurrence.delete", target: { type: "occurrence", param: "occurrenceId" } }, query: webinarDeleteQuerySchema }, async ({ viewer, params, query }) => {
  await deleteWebinarFor(viewer, params.webinarId, { occurrenceId: params.occurrenceId, cancelWebinarReminder: query.cancel_webinar_reminder === "true" });
});
