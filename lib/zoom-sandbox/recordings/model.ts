/**
 * Cloud recordings as stored, plus the fields the sandbox keeps beyond types.ts (trash times,
 * simulated sizes, passcode), and the lookups every recording operation shares. MP4/M4A files keep
 * no bytes in the state: they serve the committed fixtures (`media.ts`, `body.ts`).
 */
import { ZoomSandboxError, type RouteContext, type SandboxRecording, type SandboxState } from "../types";
import { canActOnUser } from "../access";

export type RecordingFile = SandboxRecording["files"][number] & {
  /** Set while the file is in the trash. */
  deleted_time?: string;
  /** A simulated file of this many bytes, generated on download (`simulated.ts`); `content` is empty. */
  simulated_bytes?: number;
  /** Control API: every download of this file is cut off after this many body bytes. */
  abort_after_bytes?: number;
};

export type Recording = Omit<SandboxRecording, "files"> & {
  files: RecordingFile[];
  deleted_time?: string;
  /** Zoom's meeting type as a string ("2", "8", "5", …). */
  meeting_type?: string;
  password?: string;
};

export function recordingsOf(state: SandboxState): Recording[] {
  return state.recordings as Recording[];
}

/** Zoom keeps trashed recordings for 30 days from the deletion date, then deletes them for good. */
export const TRASH_RETENTION_DAYS = 30;

/** Drops what has been in the trash longer than the retention (sandbox clock); every recording operation calls it first. */
export function purgeExpiredTrash(state: SandboxState, now: Date): void {
  const cutoff = now.getTime() - TRASH_RETENTION_DAYS * 86_400_000;
  const expired = (deleted?: string) => deleted !== undefined && Date.parse(deleted) <= cutoff;
  const kept: Recording[] = [];
  for (const rec of recordingsOf(state)) {
    if (rec.status === "trash" && expired(rec.deleted_time)) continue;
    if (rec.files.some((f) => f.status === "trash" && expired(f.deleted_time))) {
      rec.files = rec.files.filter((f) => !(f.status === "trash" && expired(f.deleted_time)));
    }
    if (rec.files.length > 0) kept.push(rec);
  }
  if (kept.length !== state.recordings.length) state.recordings = kept;
}

export function noRecording(): ZoomSandboxError {
  return new ZoomSandboxError(404, 3301, "There is no recording for this meeting.");
}

/** Files a listing shows: those not in the trash, or only those in it. */
export function activeFiles(rec: Recording): RecordingFile[] {
  return rec.status === "trash" ? [] : rec.files.filter((f) => f.status === "active");
}

/** Zoom reports a recording as present while it is not trashed and still has a file. */
export function isVisible(rec: Recording): boolean {
  return activeFiles(rec).length > 0;
}

/**
 * Decodes `{meetingId}` as Zoom expects it: a numeric id, or a UUID that clients double-encode when
 * it starts with `/` or contains `//`. The router decodes once; a second decode is needed only when
 * the value still carries percent-escapes (base64 UUIDs never contain `%` themselves).
 */
export function decodeMeetingRef(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The recording `{meetingId}` names, as the caller may see it. A numeric id means the latest
 * instance that matches `accept`; a UUID means exactly that instance.
 */
export function findRecording(ctx: RouteContext, meetingRef: string, accept: (r: Recording) => boolean): Recording {
  purgeExpiredTrash(ctx.state, ctx.now());
  const ref = decodeMeetingRef(meetingRef);
  const candidates = recordingsOf(ctx.state)
    .filter((r) => (/^\d+$/.test(ref) ? r.meeting_id === Number(ref) : r.uuid === ref))
    .filter((r) => canActOnUser(ctx, r.host_id) && accept(r))
    .sort((a, b) => b.start_time.localeCompare(a.start_time));
  if (!candidates.length) throw noRecording();
  return candidates[0];
}

/** Zoom's `download_url`/`play_url` for a file, on the sandbox's own host. */
export function fileUrls(baseUrl: string, file: RecordingFile): { download_url: string; play_url: string } {
  return { download_url: `${baseUrl}/rec/download/${file.id}`, play_url: `${baseUrl}/rec/play/${file.id}` };
}
