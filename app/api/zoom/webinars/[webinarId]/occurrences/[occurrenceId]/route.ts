/** One occurrence of a recurring webinar: move/resize it (`PATCH`) or delete it (`DELETE`). */
import { route } from "@/lib/api/route";
import { webinarDeleteQuerySchema, webinarOccurrenceParamsSchema, webinarOccurrenceUpdateSchema } from "@/lib/schemas/webinar";
import { zoomContextForItem } from "@/lib/zoom/actor";
import { countedWrite } from "@/lib/zoom/counted-write";
import { occurrenceBody } from "@/lib/zoom/schedule-body";
import { deleteWebinar, hostOfWebinar, updateWebinar } from "@/lib/zoom/webinars";

export const PATCH = route({ access: "member", params: webinarOccurrenceParamsSchema, body: webinarOccurrenceUpdateSchema }, async ({ viewer, params, body }) => {
  const ctx = await zoomContextForItem(viewer);
  await countedWrite(hostOfWebinar(params.webinarId), () => updateWebinar(ctx, params.webinarId, occurrenceBody(body), params.occurrenceId));
});

export const DELETE = route({ access: "member", params: webinarOccurrenceParamsSchema, query: webinarDeleteQuerySchema }, async ({ viewer, params, query }) => {
  const ctx = await zoomContextForItem(viewer);
  await deleteWebinar(ctx, params.webinarId, { occurrenceId: params.occurrenceId, cancelWebinarReminder: query.cancel_webinar_reminder === "true" });
});
