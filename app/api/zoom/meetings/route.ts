/** Meetings of one host: list a page (`GET`), schedule one (`POST`). */
import { route } from "@/lib/api/route";
import { meetingCreateSchema, meetingListQuerySchema } from "@/lib/schemas/meeting";
import { createMeetingFor, meetingPageFor } from "@/lib/services/meetings";

export const GET = route({ access: "member", query: meetingListQuerySchema }, async ({ viewer, query }) => meetingPageFor(viewer, query));

export const POST = route({ access: "member", body: meetingCreateSchema }, async ({ viewer, body }) =>
  Response.json(await createMeetingFor(viewer, body), { status: 201 }),
);
