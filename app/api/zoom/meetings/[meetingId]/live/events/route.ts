/** Sends one in-meeting control (`{method, params}` as Zoom documents it) → Zoom's result. Members: only meetings they host. */
import { route } from "@/lib/api/route";
import { liveEventSchema } from "@/lib/schemas/live";
import { meetingParamsSchema } from "@/lib/schemas/meeting";
import { sendLiveEventFor } from "@/lib/services/live";

export const POST = route(
  { access: "member", params: meetingParamsSchema, body: liveEventSchema, audit: { action: "live.event", target: { type: "meeting", param: "meetingId" } } },
  async ({ viewer, params, body, audit }) => {
    // The log names the control itself (live.recording.start, live.participant.invite …), not only "a live event".
    audit.as(`live.${body.method}`);
    return Response.json(await sendLiveEventFor(viewer, params.meetingId, body), { status: 202 });
  },
);
