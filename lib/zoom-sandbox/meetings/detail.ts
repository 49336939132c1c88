/**
 * `GET /meetings/{meetingId}` with `occurrence_id` and `show_previous_occurrences`.
 */
import { json } from "../http";
import { ZoomSandboxError, type RouteContext, type SandboxMeeting, type SandboxWebinar } from "../types";
import { queryFlag } from "../validation";
import { findMeeting } from "./lookup";
import { occurrencesOf, type Occurrence } from "./occurrences";
import { meetingJson } from "./serialize";

/** The occurrence named by `occurrence_id`, or 400/300 `Invalid parameter: \`occurrence_id\`.` */
export function occurrenceParam(item: SandboxMeeting | SandboxWebinar, occurrenceId: string | null): Occurrence | undefined {
  if (!occurrenceId) return undefined;
  const found = occurrencesOf(item).find((o) => o.occurrence_id === occurrenceId);
  if (!found) throw new ZoomSandboxError(400, 300, "Invalid parameter: `occurrence_id`.");
  return found;
}

export function getMeeting(ctx: RouteContext): Response {
  const meeting = findMeeting(ctx, ctx.params.meetingId);
  const occurrence = occurrenceParam(meeting, ctx.query.get("occurrence_id"));
  return json(200, meetingJson(ctx, meeting, { occurrence, showPrevious: queryFlag(ctx.query, "show_previous_occurrences") }));
}
