/**
 * `DELETE /meetings/{meetingId}` (whole meeting or one occurrence) and
 * `PUT /meetings/{meetingId}/status` (`end` a live meeting, `recover` a deleted one within 7 days).
 */
import { canActOnUser } from "../access";
import { isoZ } from "../clock";
import { noContent } from "../http";
import { newUuid } from "../ids";
import { ZoomSandboxError, type RouteContext, type SandboxMeeting } from "../types";
import { parseBody } from "../validation";
import { z } from "zod";
import { occurrenceParam } from "./detail";
import { findMeeting, findMeetingIn } from "./lookup";

const RECOVERY_WINDOW_MS = 7 * 24 * 3600 * 1000;

export function deleteMeeting(ctx: RouteContext): Response {
  const meeting = findMeeting(ctx, ctx.params.meetingId);
  if (meeting.is_pmi) throw new ZoomSandboxError(400, 3018, "Not allowed to delete PMI.");
  const occurrenceId = ctx.query.get("occurrence_id");
  if (occurrenceId) {
    const occurrence = occurrenceParam(meeting, occurrenceId)!;
    meeting.occurrenceOverrides[occurrence.occurrence_id] = { ...meeting.occurrenceOverrides[occurrence.occurrence_id], deleted: true };
    return noContent();
  }
  // schedule_for_reminder / cancel_meeting_reminder only decide which e-mails Zoom sends.
  meeting.deleted_at = isoZ(ctx.now());
  if (meeting.status === "started") endLive(ctx, meeting);
  return noContent();
}

/** Ends the running instance: it becomes a past instance and the meeting gets a fresh UUID. */
export function endLive(ctx: { state: RouteContext["state"]; random(): number; now(): Date }, meeting: SandboxMeeting): void {
  if (meeting.status !== "started") return;
  meeting.instances.push({
    uuid: meeting.uuid,
    start_time: meeting.live_started_at ?? meeting.start_time ?? meeting.created_at,
    end_time: isoZ(ctx.now()),
  });
  meeting.status = "finished";
  meeting.live_started_at = undefined;
  meeting.uuid = newUuid(ctx);
}

const statusInput = z.object({ action: z.enum(["end", "recover"]) });

export function updateMeetingStatus(ctx: RouteContext): Response {
  const { action } = parseBody(statusInput, ctx.body);
  if (action === "end") {
    endLive(ctx, findMeeting(ctx, ctx.params.meetingId));
    return noContent();
  }
  const meeting = findMeetingIn(ctx.state, ctx.params.meetingId, { includeDeleted: true });
  const recoverable =
    meeting && canActOnUser(ctx, meeting.host_id) &&
    (!meeting.deleted_at || ctx.now().getTime() - Date.parse(meeting.deleted_at) <= RECOVERY_WINDOW_MS);
  if (!meeting || !recoverable) throw new ZoomSandboxError(404, 3001, `Meeting does not exist: ${ctx.params.meetingId}.`);
  meeting.deleted_at = undefined;
  return noContent();
}
