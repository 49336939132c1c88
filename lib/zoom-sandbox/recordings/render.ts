/** Recording objects as `GET /meetings/{meetingId}/recordings` and the user listing return them. */
import type { RouteContext } from "../types";
import { fileBody } from "./body";
import { type Recording, type RecordingFile, fileUrls } from "./model";

/** Zoom leaves these out for CC (and timeline) files: they cannot be played or deleted on their own. */
const BARE_FILE_TYPES = new Set(["CC", "TIMELINE"]);

export function renderFile(ctx: RouteContext, rec: Recording, file: RecordingFile, inTrash: boolean): Record<string, unknown> {
  const urls = fileUrls(ctx.baseUrl, file);
  const base: Record<string, unknown> = {
    meeting_id: rec.uuid,
    recording_start: file.recording_start,
    recording_end: file.recording_end,
    file_type: file.file_type,
    file_extension: file.file_extension,
    download_url: urls.download_url,
  };
  if (!BARE_FILE_TYPES.has(file.file_type)) {
    Object.assign(base, {
      id: file.id,
      file_size: fileBody(file).size,
      play_url: urls.play_url,
      status: "completed",
      recording_type: file.recording_type,
    });
  }
  if (inTrash && (file.deleted_time ?? rec.deleted_time)) base.deleted_time = file.deleted_time ?? rec.deleted_time;
  return base;
}

export function renderRecording(ctx: RouteContext, rec: Recording, files: RecordingFile[], inTrash = false): Record<string, unknown> {
  return {
    uuid: rec.uuid,
    id: rec.meeting_id,
    account_id: ctx.state.accountId,
    host_id: rec.host_id,
    topic: rec.topic,
    type: rec.meeting_type ?? "2",
    start_time: rec.start_time,
    duration: rec.duration,
    total_size: files.reduce((sum, f) => sum + fileBody(f).size, 0),
    recording_count: files.length,
    recording_files: files.map((f) => renderFile(ctx, rec, f, inTrash)),
  };
}
