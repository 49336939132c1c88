/**
 * Zoom's cloud recording operations (Meetings API: `recordingsList`, `recordingGet`,
 * `recordingDelete`, `recordingDeleteOne`, `recordingStatusUpdate`, `recordingStatusUpdateOne`),
 * one function per operation. No viewers, roles or HTTP here.
 */
import { zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import { monthWindows } from "@/lib/zoom/month-windows";
import { zoomPages } from "@/lib/zoom/paginate";
import type { ZoomRecording, ZoomRecordingList } from "@/lib/zoom/types/recording";

/**
 * A meeting instance's UUID goes into the path double-encoded when it holds a `/`. Zoom documents
 * the rule for UUIDs that start with `/` or contain `//`, but its gateway turns any once-encoded
 * `%2F` back into a path separator (as the sandbox does), so every UUID with a slash is encoded
 * twice. A numeric meeting id means its latest instance.
 */
export function zoomUuidSegment(idOrUuid: string): string {
  const once = encodeURIComponent(idOrUuid);
  return idOrUuid.includes("/") ? encodeURIComponent(once) : once;
}

const meetingRecordings = (idOrUuid: string) => `/meetings/${zoomUuidSegment(idOrUuid)}/recordings`;

export interface RecordingRange {
  from: string;
  to: string;
  /** The trash instead (whole recordings; Zoom does not filter it by date, so from/to do not apply). */
  trash?: boolean;
}

/** Every page of one `recordingsList` ask, each meeting once (`seen` carries over between asks). */
async function collect(ctx: ZoomContext, userId: string, query: Record<string, string | boolean>, seen: Set<string>, out: ZoomRecording[]) {
  const pages = zoomPages<ZoomRecordingList>(ctx, `/users/${encodeURIComponent(userId)}/recordings`, { operation: "recordingsList", query, pageSize: 300 });
  for await (const page of pages) {
    for (const meeting of page.meetings ?? []) {
      if (seen.has(meeting.uuid)) continue;
      seen.add(meeting.uuid);
      out.push(meeting);
    }
  }
}

/**
 * Every recording of `userId` between `from` and `to` (any length): one month window at a time,
 * every page of each, newest window first; a meeting seen in two windows is kept once. With
 * `trash`, the trash (listTrash).
 */
export async function listRecordingsInRange(ctx: ZoomContext, userId: string, range: RecordingRange): Promise<ZoomRecording[]> {
  if (range.trash) return listTrash(ctx, userId);
  const seen = new Set<string>();
  const out: ZoomRecording[] = [];
  for (const window of monthWindows(range.from, range.to)) await collect(ctx, userId, { from: window.from, to: window.to }, seen, out);
  return out;
}

/**
 * The trash, in one listing: Zoom says "the trash files cannot be filtered by date range … from and
 * to should not be used for trash files" (it keeps them 30 days). `recording_file` lists the
 * meetings with single files in the trash, which Zoom keeps apart from whole recordings.
 */
export async function listTrash(ctx: ZoomContext, userId: string, type: "meeting_recordings" | "recording_file" = "meeting_recordings"): Promise<ZoomRecording[]> {
  const out: ZoomRecording[] = [];
  await collect(ctx, userId, { trash: true, trash_type: type }, new Set(), out);
  return out;
}

/** `GET /meetings/{meetingId}/recordings` (`recordingGet`): the files with their download links. */
export async function getMeetingRecordings(ctx: ZoomContext, idOrUuid: string): Promise<ZoomRecording> {
  const { data } = await zoomFetch<ZoomRecording>(ctx, meetingRecordings(idOrUuid), { operation: "recordingGet" });
  return data;
}

export type DeleteAction = "trash" | "delete";

/** `DELETE /meetings/{meetingId}/recordings?action=` (`recordingDelete`, 204): every file of the instance. */
export async function deleteMeetingRecordings(ctx: ZoomContext, idOrUuid: string, action: DeleteAction): Promise<void> {
  await zoomFetch<void>(ctx, meetingRecordings(idOrUuid), { method: "DELETE", operation: "recordingDelete", query: { action } });
}

/** `DELETE /meetings/{meetingId}/recordings/{recordingId}?action=` (`recordingDeleteOne`, 204). */
export async function deleteRecordingFile(ctx: ZoomContext, idOrUuid: string, fileId: string, action: DeleteAction): Promise<void> {
  await zoomFetch<void>(ctx, `${meetingRecordings(idOrUuid)}/${encodeURIComponent(fileId)}`, { method: "DELETE", operation: "recordingDeleteOne", query: { action } });
}

/** `PUT /meetings/{meetingUUID}/recordings/status` `{action:"recover"}` (`recordingStatusUpdate`). */
export async function recoverMeetingRecordings(ctx: ZoomContext, uuid: string): Promise<void> {
  await zoomFetch<void>(ctx, `${meetingRecordings(uuid)}/status`, { method: "PUT", operation: "recordingStatusUpdate", body: { action: "recover" } });
}

/** `PUT /meetings/{meetingId}/recordings/{recordingId}/status` `{action:"recover"}` (`recordingStatusUpdateOne`). */
export async function recoverRecordingFile(ctx: ZoomContext, idOrUuid: string, fileId: string): Promise<void> {
  await zoomFetch<void>(ctx, `${meetingRecordings(idOrUuid)}/${encodeURIComponent(fileId)}/status`, {
    method: "PUT",
    operation: "recordingStatusUpdateOne",
    body: { action: "recover" },
  });
}
