/** Sends one in-meeting control (`{method, params}` as Zoom documents it) → Zoom's result. Members: only meetings they host. */
import { route } from "@/lib/api/route";
import { liveEventSchema } from "@/lib/schemas/live";
import { meetingParamsSchema } from "@/lib/schemas/meeting";
import { sendLiveEventFor } from "@/lib/services/live";

export const POST = route({ access: "member", params: meetingParamsSchema, body: liveEventSchema }, async ({ viewer, params, body }) =>
  Response.json(await sendLiveEventFor(viewer, params.meetingId, body), { status: 202 }),
);
