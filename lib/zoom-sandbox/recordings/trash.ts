/**
 * Deleting and recovering recordings. `action=trash` (the default) hides a recording or file and
 * keeps it recoverable; `action=delete` removes it for good (also from the trash).
 */
import type { RouteContext } from "../types";
import { isoZ } from "../clock";
import { noContent } from "../http";
import { assertValid, invalid, missing, objectBody } from "../validation";
import { type Recording, findRecording, isVisible, noRecording, recordingsOf } from "./model";

function deleteAction(ctx: RouteContext): "trash" | "delete" {
  const action = ctx.query.get("action") || "trash";
  if (action !== "trash" && action !== "delete") assertValid([invalid("action")]);
  return action as "trash" | "delete";
}

function recoverBody(ctx: RouteContext): void {
  const body = objectBody(ctx.body);
  if (body.action === undefined) assertValid([missing("action")]);
  if (body.action !== "recover") assertValid([invalid("action")]);
}

const hasTrash = (r: Recording) => r.status === "trash" || r.files.some((f) => f.status === "trash");

export function deleteMeetingRecordings(ctx: RouteContext): Response {
  const action = deleteAction(ctx);
  // Permanent deletion also empties the trash, so a trashed instance still counts as found.
  const rec = findRecording(ctx, ctx.params.meetingId, action === "delete" ? () => true : isVisible);
  if (action === "delete") {
    ctx.state.recordings = recordingsOf(ctx.state).filter((r) => r !== rec);
  } else {
    rec.status = "trash";
    rec.deleted_time = isoZ(ctx.now());
  }
  return noContent(204);
}

export function deleteRecordingFile(ctx: RouteContext): Response {
  const action = deleteAction(ctx);
  const rec = findRecording(ctx, ctx.params.meetingId, (r) => r.files.some((f) => f.id === ctx.params.recordingId));
  const file = rec.files.find((f) => f.id === ctx.params.recordingId)!;
  if (action === "trash" && (file.status === "trash" || rec.status === "trash")) throw noRecording();
  if (action === "delete") {
    rec.files = rec.files.filter((f) => f !== file);
    if (rec.files.length === 0) ctx.state.recordings = recordingsOf(ctx.state).filter((r) => r !== rec);
  } else {
    file.status = "trash";
    file.deleted_time = isoZ(ctx.now());
  }
  return noContent(204);
}

/** `PUT /meetings/{meetingUUID}/recordings/status`: restores the instance and all its files; 200 with no body. */
export function recoverMeetingRecordings(ctx: RouteContext): Response {
  recoverBody(ctx);
  const rec = findRecording(ctx, ctx.params.meetingUUID, hasTrash);
  rec.status = "active";
  delete rec.deleted_time;
  for (const file of rec.files) {
    file.status = "active";
    delete file.deleted_time;
  }
  return noContent(200);
}

/** `PUT /meetings/{meetingId}/recordings/{recordingId}/status`: restores one file; 204. */
export function recoverRecordingFile(ctx: RouteContext): Response {
  recoverBody(ctx);
  const rec = findRecording(ctx, ctx.params.meetingId, (r) => r.files.some((f) => f.id === ctx.params.recordingId));
  const file = rec.files.find((f) => f.id === ctx.params.recordingId)!;
  if (file.status !== "trash" && rec.status !== "trash") throw noRecording();
  file.status = "active";
  delete file.deleted_time;
  if (rec.status === "trash") {
    // Recovering one file of a trashed instance brings the instance back with just that file.
    rec.status = "active";
    delete rec.deleted_time;
    for (const other of rec.files) {
      if (other !== file && other.status === "active") {
        other.status = "trash";
        other.deleted_time = isoZ(ctx.now());
      }
    }
  }
  return noContent(204);
}
