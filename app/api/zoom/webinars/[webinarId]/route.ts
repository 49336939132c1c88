/** One webinar: read (`GET`), change the whole series (`PATCH`), delete it (`DELETE`). Members: only webinars they host. */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { webinarDeleteQuerySchema, webinarParamsSchema, webinarUpdateSchema } from "@/lib/schemas/webinar";
import { deleteWebinarFor, updateWebinarFor, webinarDetailFor } from "@/lib/services/webinars";

const detailQuery = z.object({ show_previous_occurrences: z.enum(["true", "false"]).optional() });

export const GET = route({ access: "member", params: webinarParamsSchema, query: detailQuery }, async ({ viewer, params, query }) =>
  webinarDetailFor(viewer, params.webinarId, query.show_previous_occurrences === "true"),
);

export const PATCH = route({ access: "member", params: webinarParamsSchema, body: webinarUpdateSchema, audit: { action: "webinar.update", target: { type: "webinar", param: "webinarId" } } }, async ({ viewer, params, body, audit }) => {
  if (body.topic) audit.target(params.webinarId, body.topic);
  await updateWebinarFor(viewer, params.webinarId, body);
});

export const DELETE = route({ access: "member", params: webinarParamsSchema, query: webinarDeleteQuerySchema, audit: { action: "webinar.delete", target: { type: "webinar", param: "webinarId" } } }, async ({ viewer, params, query }) => {
  await deleteWebinarFor(viewer, params.webinarId, { cancelWebinarReminder: query.cancel_webinar_reminder === "true" });
});
