/** One webinar: read (`GET`), change the whole series (`PATCH`), delete it (`DELETE`). */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { webinarDeleteQuerySchema, webinarParamsSchema, webinarUpdateSchema } from "@/lib/schemas/webinar";
import { zoomContextForItem } from "@/lib/zoom/actor";
import { countedWrite } from "@/lib/zoom/counted-write";
import { webinarUpdateBody } from "@/lib/zoom/webinar-body";
import { webinarDetailFor } from "@/lib/zoom/for-viewer";
import { deleteWebinar, hostOfWebinar, updateWebinar } from "@/lib/zoom/webinars";

const detailQuery = z.object({ show_previous_occurrences: z.enum(["true", "false"]).optional() });

export const GET = route({ access: "member", params: webinarParamsSchema, query: detailQuery }, async ({ viewer, params, query }) =>
  webinarDetailFor(viewer, params.webinarId, query.show_previous_occurrences === "true"),
);

export const PATCH = route({ access: "member", params: webinarParamsSchema, body: webinarUpdateSchema }, async ({ viewer, params, body }) => {
  const ctx = await zoomContextForItem(viewer);
  await countedWrite(hostOfWebinar(params.webinarId), () => updateWebinar(ctx, params.webinarId, webinarUpdateBody(body)));
});

export const DELETE = route({ access: "member", params: webinarParamsSchema, query: webinarDeleteQuerySchema }, async ({ viewer, params, query }) => {
  const ctx = await zoomContextForItem(viewer);
  await deleteWebinar(ctx, params.webinarId, { cancelWebinarReminder: query.cancel_webinar_reminder === "true" });
});
