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
  /** Trash listing: recordings (`meeting_recordings`) or single files (`recording_file`) in the trash. */
  trash?: boolean;
  /** With `trash`: whole recordings (the default) or meetings with single files in the trash. */
  trashType?: "meeting_recordings" | "recording_file";
}

/**
 * Every recording of `userId` between `from` and `to` (any length): one month window at a time,
 * every page of each, newest window first; a meeting seen in two windows is kept once.
 */
export async function listRecordingsInRange(ctx: ZoomContext, userId: string, range: RecordingRange): Promise<ZoomRecording[]> {
  const seen = new Set<string>();
  const out: ZoomRecording[] = [];
  // Zoom: "The trash files cannot be filtered by date range … from and to should not be used for
  // trash files" — the trash (30 days at most) is one listing, the range applies to live recordings.
  const windows = range.trash ? [null] : monthWindows(range.from, range.to);
  for (const window of windows) {
    const pages = zoomPages<ZoomRecordingList>(ctx, `/users/${encodeURIComponent(userId)}/recordings`, {
      operation: "recordingsList",
      query: window ? { from: window.from, to: window.to } : { trash: true, trash_type: range.trashType ?? "meeting_recordings" },
      pageSize: 300,
    });
    for await (const page of pages) {
      for (const meeting of page.meetings ?? []) {
        if (seen.has(meeting.uuid)) continue;
        seen.add(meeting.uuid);
        out.push(meeting);
      }
    }
    // The trash ignores the window: one ask is all of it.
    if (range.trash) break;
  }
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
