/**
 * Cloud recordings for a viewer: members see and manage only their own recordings (those of
 * meetings they host), admins any host's through the account connection. Files are played and
 * downloaded through the dashboard (`openRecordingFileFor`); Zoom's URLs and download tokens never
 * leave the server.
 */
import "server-only";
import { DateTime } from "luxon";
import type { Viewer } from "@/lib/auth/viewer-type";
import { ApiError } from "@/lib/errors/api-error";
import { jobStarter, startJob } from "@/lib/jobs/start";
import type { JobView } from "@/lib/jobs/types";
import { recordingPathId, type RecordingBulk, type RecordingListQuery } from "@/lib/schemas/recording";
import { actorFor, ensureHosts, itemContext, mustHost } from "@/lib/services/access";
import type { ZoomContext } from "@/lib/zoom/context";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { openDownload, type DownloadAnswer } from "@/lib/zoom/recording-download";
import {
  deleteMeetingRecordings,
  deleteRecordingFile,
  getMeetingRecordings,
  listRecordingsInRange,
  listTrash,
  recoverMeetingRecordings,
  recoverRecordingFile,
  type DeleteAction,
} from "@/lib/zoom/recordings";
import { monthWindows } from "@/lib/zoom/month-windows";
import type { RecordingDetailView, RecordingFileView, RecordingListView, RecordingView, ZoomRecording, ZoomRecordingFile } from "@/lib/zoom/types/recording";

/** Zoom deletes trashed recordings for good 30 days after they were trashed. */
const TRASH_DAYS = 30;

export const fileKey = (file: ZoomRecordingFile, index: number) => file.id ?? `${String(file.file_type).toLowerCase()}-${index}`;

const contentPath = (uuid: string, key: string) => `/api/zoom/recordings/${encodeURIComponent(recordingPathId(uuid))}/files/${encodeURIComponent(key)}/content`;

function toView(rec: ZoomRecording, trash: boolean): RecordingView {
  const files = rec.recording_files ?? [];
  const deleted = files.map((f) => f.deleted_time).filter(Boolean).sort()[0];
  return {
    uuid: rec.uuid,
    meetingId: String(rec.id),
    hostId: rec.host_id,
    topic: rec.topic,
    startTime: rec.start_time,
    duration: rec.duration ?? null,
    totalSize: rec.total_size ?? files.reduce((n, f) => n + (f.file_size ?? 0), 0),
    fileTypes: [...new Set(files.map((f) => f.file_type))],
    status: trash ? "trash" : files.some((f) => f.status === "processing") ? "processing" : "completed",
    purgeAt: trash && deleted ? DateTime.fromISO(deleted).plus({ days: TRASH_DAYS }).toISO() : null,
  };
}

function toFileView(uuid: string, file: ZoomRecordingFile, index: number): RecordingFileView {
  const key = fileKey(file, index);
  return {
    key,
    type: file.file_type,
    extension: file.file_extension ?? null,
    size: file.file_size ?? null,
    start: file.recording_start ?? null,
    end: file.recording_end ?? null,
    status: file.status ?? null,
    recordingType: file.recording_type ?? null,
    contentPath: contentPath(uuid, key),
    ownFile: Boolean(file.id),
    deletedTime: file.deleted_time ?? null,
  };
}

export async function recordingListFor(viewer: Viewer, query: RecordingListQuery): Promise<RecordingListView> {
  const actor = await actorFor(viewer, query.userId);
  const trash = query.trash === "true";
  const recordings = await listRecordingsInRange(actor.ctx, actor.userId, { from: query.from, to: query.to, trash });
  recordings.sort((a, b) => b.start_time.localeCompare(a.start_time));
  return { recordings: recordings.map((r) => toView(r, trash)), windows: trash ? 1 : monthWindows(query.from, query.to).length };
}

/** The recording as Zoom has it, after checking the viewer may act on it. */
async function openRecording(viewer: Viewer, recordingId: string): Promise<{ ctx: ZoomContext; rec: ZoomRecording }> {
  const ctx = await itemContext(viewer);
  const rec = await getMeetingRecordings(ctx, recordingId);
  ensureHosts(viewer, ctx, rec, "recording");
  return { ctx, rec };
}

export async function recordingDetailFor(viewer: Viewer, recordingId: string): Promise<RecordingDetailView> {
  const { rec } = await openRecording(viewer, recordingId);
  return {
    ...toView(rec, false),
    files: (rec.recording_files ?? []).map((file, i) => toFileView(rec.uuid, file, i)),
    shareUrl: rec.share_url ?? null,
    // `password` is what a person types; `recording_play_passcode` is its encoded form for share links.
    passcode: rec.password || null,
  };
}

export async function deleteRecordingFor(viewer: Viewer, recordingId: string, action: DeleteAction): Promise<void> {
  const opened = await openRecording(viewer, recordingId).catch((error: unknown) => {
    // Already in the trash (Zoom answers a read of a trashed recording with 3301): "Delete for good"
    // from the Trash tab checks the host through the trash listing instead.
    if (action === "delete" && error instanceof ZoomApiError && error.code === 3301) return null;
    throw error;
  });
  if (opened) return deleteMeetingRecordings(opened.ctx, opened.rec.uuid, action);
  await deleteMeetingRecordings(await openTrashed(viewer, recordingId), recordingId, "delete");
}

/**
 * Trashed recordings answer 3301 to a read, so the host check goes through the member's own trash
 * listing — whole recordings, or for a file trashed on its own (`file`), the meetings with single
 * files in the trash, which Zoom lists separately.
 */
async function openTrashed(viewer: Viewer, uuid: string, file = false): Promise<ZoomContext> {
  const ctx = await itemContext(viewer);
  if (viewer.role === "member") {
    const own = (await actorFor(viewer, "me")).ctx;
    const lists = await Promise.all([listTrash(own, "me"), ...(file ? [listTrash(own, "me", "recording_file")] : [])]);
    if (!lists.flat().some((r) => r.uuid === uuid)) throw new ApiError("forbidden", "You can only manage recordings of meetings you host.");
  }
  return ctx;
}

export async function recoverRecordingFor(viewer: Viewer, uuid: string): Promise<void> {
  await recoverMeetingRecordings(await openTrashed(viewer, uuid), uuid);
}

export async function deleteRecordingFileFor(viewer: Viewer, recordingId: string, fileId: string, action: DeleteAction): Promise<void> {
  const { ctx, rec } = await openRecording(viewer, recordingId);
  if (!(rec.recording_files ?? []).some((f) => f.id === fileId)) throw new ApiError("not_found", "This recording has no such file.");
  await deleteRecordingFile(ctx, rec.uuid, fileId, action);
}

export async function recoverRecordingFileFor(viewer: Viewer, uuid: string, fileId: string): Promise<void> {
  await recoverRecordingFile(await openTrashed(viewer, uuid, true), uuid, fileId);
}

/** A file's bytes (or the asked range), streamed from Zoom with the token in a header. */
export async function openRecordingFileFor(viewer: Viewer, recordingId: string, key: string, range: string | null): Promise<DownloadAnswer & { fileName: string }> {
  const { ctx, rec } = await openRecording(viewer, recordingId);
  const files = rec.recording_files ?? [];
  const index = files.findIndex((f, i) => fileKey(f, i) === key);
  const file = files[index];
  if (!file?.download_url) throw new ApiError("not_found", "This recording has no such file.");
  const answer = await openDownload(ctx, file.download_url, range);
  const stamp = DateTime.fromISO(file.recording_start ?? rec.start_time, { zone: "utc" }).toFormat("yyyyLLdd-HHmmss");
  const fileName = `${rec.topic.replace(/[^\w .-]+/g, "_").slice(0, 80)} ${stamp} ${file.file_type}.${(file.file_extension ?? "bin").toLowerCase()}`;
  return { ...answer, fileName };
}

/** Whose recordings a bulk job may touch: a member's own (checked per item as it runs); null for admins. */
export const bulkMustHost = (viewer: Viewer, ctx: ZoomContext): string | null => (mustHost(viewer) ? (ctx.zoomUserId ?? viewer.zoomUserId) : null);

/** Trash or delete many meetings' recordings as a background job with a result per meeting. */
export async function startRecordingBulkFor(viewer: Viewer, input: RecordingBulk): Promise<JobView> {
  const ctx = await itemContext(viewer);
  const seen = new Set<string>();
  const items = input.recordings.filter((r) => !seen.has(r.uuid) && seen.add(r.uuid));
  return startJob({
    workspaceId: viewer.workspaceId,
    createdBy: jobStarter(viewer),
    kind: "recordings.bulk",
    label: `${input.action === "trash" ? "Move" : "Delete"} ${items.length} recording${items.length === 1 ? "" : "s"}${input.action === "trash" ? " to the trash" : " for good"}`,
    parent: null,
    connectionId: ctx.connectionId,
    options: { action: input.action, mustHost: bulkMustHost(viewer, ctx) },
    items: items.map((r) => ({ key: r.uuid, email: "", name: r.topic, input: r })),
  });
}
