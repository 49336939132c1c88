/**
 * Control API for recordings (tests and benches; not Zoom):
 * - `POST /_sandbox/recordings/large` adds a simulated MP4 of up to 2 GiB, generated on download
 *   (`simulated.ts`), for streaming tests that must not need a real 1 GB file;
 * - `PUT /_sandbox/recordings/files/{fileId}/abort` makes every download of one file break off
 *   after N bytes, as when Zoom's storage drops a download half-way.
 */
import { z } from "zod";
import { isoZ } from "../clock";
import { ControlError, parse } from "../control/routes";
import { json } from "../http";
import { newId, newShortId, newUuid } from "../ids";
import { findMeetingIn } from "../meetings/lookup";
import type { ControlContext, ControlRouteDef, SandboxMeeting } from "../types";
import { findUser } from "../users/lookup";
import { type Recording, type RecordingFile, fileUrls, isVisible, recordingsOf } from "./model";
import { SIMULATED_MAX_BYTES, SIMULATED_MIN_BYTES } from "./simulated";

const largeInput = z
  .object({
    meetingId: z.union([z.number().int().positive(), z.string().regex(/^\d+$/, "must be a meeting id")]).optional(),
    hostEmail: z.string().min(1).optional(),
    bytes: z.number().int().min(SIMULATED_MIN_BYTES).max(SIMULATED_MAX_BYTES, "bytes must be at most 2 GiB (2147483648)"),
    abortAfterBytes: z.number().int().min(0).optional(),
  })
  .refine((b) => !(b.meetingId !== undefined && b.hostEmail !== undefined), "give meetingId or hostEmail, not both");

const abortInput = z.object({ abortAfterBytes: z.number().int().min(0).nullable() });

/** A file id shaped like Zoom's (a UUID in lower case). */
function fileId(ctx: ControlContext): string {
  return `${newShortId(ctx, 8)}-${newShortId(ctx, 4)}-${newShortId(ctx, 4)}-${newShortId(ctx, 12)}`.toLowerCase();
}

/** A finished instance one hour long, ending now, added to the meeting (what a real recording hangs off). */
function newInstance(ctx: ControlContext, meeting: SandboxMeeting | undefined): { uuid: string; start: string; end: string } {
  const end = ctx.now().getTime();
  const inst = { uuid: newUuid(ctx), start_time: isoZ(end - 3600_000), end_time: isoZ(end) };
  meeting?.instances.push(inst);
  return { uuid: inst.uuid, start: inst.start_time, end: inst.end_time };
}

function targetRecording(ctx: ControlContext, input: z.infer<typeof largeInput>): Recording {
  if (input.meetingId !== undefined) {
    const meeting = findMeetingIn(ctx.state, String(input.meetingId));
    if (!meeting) throw new ControlError(404, `Meeting ${input.meetingId} not found.`);
    const latest = recordingsOf(ctx.state)
      .filter((r) => r.meeting_id === meeting.id && isVisible(r))
      .sort((a, b) => b.start_time.localeCompare(a.start_time))[0];
    if (latest) return latest;
    return created(ctx, { id: meeting.id, host_id: meeting.host_id, topic: meeting.topic, type: meeting.type }, newInstance(ctx, meeting));
  }
  const owner = ctx.state.users.find((u) => u.role_name === "Owner") ?? ctx.state.users[0];
  const host = input.hostEmail ? findUser(ctx.state, input.hostEmail) : owner;
  if (!host) throw new ControlError(404, `User ${input.hostEmail} not found.`);
  return created(ctx, { id: newId(ctx), host_id: host.id, topic: `Large recording (${input.bytes} bytes)`, type: 2 }, newInstance(ctx, undefined));
}

function created(ctx: ControlContext, m: { id: number; host_id: string; topic: string; type: number }, inst: { uuid: string; start: string; end: string }): Recording {
  const rec: Recording = {
    uuid: inst.uuid,
    meeting_id: m.id,
    host_id: m.host_id,
    topic: m.topic,
    start_time: inst.start,
    duration: 60,
    status: "active",
    files: [],
    meeting_type: String(m.type),
  };
  ctx.state.recordings.push(rec);
  return rec;
}

function addLarge(ctx: ControlContext): Response {
  const input = parse(largeInput, ctx.body);
  const rec = targetRecording(ctx, input);
  const file: RecordingFile = {
    id: fileId(ctx),
    file_type: "MP4",
    file_extension: "MP4",
    recording_type: "shared_screen_with_gallery_view",
    recording_start: rec.start_time,
    recording_end: isoZ(Date.parse(rec.start_time) + rec.duration * 60_000),
    file_size: input.bytes,
    status: "active",
    content: "",
    simulated_bytes: input.bytes,
    ...(input.abortAfterBytes !== undefined ? { abort_after_bytes: input.abortAfterBytes } : {}),
  };
  rec.files.push(file);
  return json(201, {
    meetingId: rec.meeting_id,
    uuid: rec.uuid,
    hostId: rec.host_id,
    fileId: file.id,
    bytes: input.bytes,
    abortAfterBytes: input.abortAfterBytes ?? null,
    downloadUrl: fileUrls(ctx.baseUrl, file).download_url,
  });
}

function setAbort(ctx: ControlContext): Response {
  const input = parse(abortInput, ctx.body);
  const file = recordingsOf(ctx.state).flatMap((r) => r.files).find((f) => f.id === ctx.params.fileId);
  if (!file) throw new ControlError(404, `Recording file ${ctx.params.fileId} not found.`);
  if (input.abortAfterBytes === null) delete file.abort_after_bytes;
  else file.abort_after_bytes = input.abortAfterBytes;
  return json(200, { fileId: file.id, abortAfterBytes: input.abortAfterBytes });
}

export const recordingControlRoutes: ControlRouteDef[] = [
  { method: "POST", path: "/recordings/large", handle: addLarge },
  { method: "PUT", path: "/recordings/files/{fileId}/abort", handle: setAbort },
];
