/**
 * `GET /rec/download/{fileId}`: the file behind a recording's `download_url`. Like Zoom, it takes
 * the user's OAuth access token or the recording's `download_access_token`, as a Bearer header or
 * as `?access_token=`. It honours a single `Range` (206/416) so browsers can seek in the video, and
 * answers HEAD with the headers alone. `GET /rec/play/{fileId}` stands in for Zoom's web player page.
 */
import type { RouteContext } from "../types";
import { canActOnUser } from "../access";
import { json } from "../http";
import { type RawRouteContext, type RawRouteDef, bearerOf } from "../raw-routes";
import { verifyDownloadToken } from "./access-token";
import { fileBody } from "./body";
import { type Recording, type RecordingFile, purgeExpiredTrash, recordingsOf } from "./model";
import { parseRange } from "./range";

const CONTENT_TYPES: Record<string, string> = {
  MP4: "video/mp4",
  M4A: "audio/mp4",
  VTT: "text/vtt; charset=utf-8",
  TXT: "text/plain; charset=utf-8",
  JSON: "application/json",
  CSV: "text/csv; charset=utf-8",
};

/** Scopes that let an OAuth token read recording files (those of `GET /meetings/{id}/recordings`). */
const READ_SCOPES = [
  "recording:read",
  "recording:read:admin",
  "cloud_recording:read:list_recording_files",
  "cloud_recording:read:list_recording_files:admin",
  "cloud_recording:read:list_recording_files:master",
];

function locate(ctx: RawRouteContext): { rec: Recording; file: RecordingFile } | undefined {
  purgeExpiredTrash(ctx.state, ctx.now());
  for (const rec of recordingsOf(ctx.state)) {
    const file = rec.files.find((f) => f.id === ctx.params.fileId);
    if (file) return rec.status === "trash" || file.status === "trash" ? undefined : { rec, file };
  }
  return undefined;
}

function allowed(ctx: RawRouteContext, rec: Recording, token: string): boolean {
  const grantedUuid = verifyDownloadToken(token, ctx.now().getTime());
  if (grantedUuid) return grantedUuid === rec.uuid;
  const auth = ctx.authenticate(token);
  if (!auth || !auth.scopes.some((s) => READ_SCOPES.includes(s))) return false;
  return canActOnUser({ ...ctx, auth } as RouteContext, rec.host_id);
}

/** Zoom names downloads after the recording start, e.g. `GMT20260102-150000_Recording.mp4`. */
function fileName(rec: Recording, file: RecordingFile): string {
  const stamp = rec.start_time.replace(/[-:]/g, "").replace("T", "-").replace(/Z$/, "");
  const kind = file.file_type === "CHAT" ? "Recording_chat" : file.file_type === "TRANSCRIPT" ? "Recording_transcript" : "Recording";
  return `GMT${stamp}_${kind}.${file.file_extension.toLowerCase()}`;
}

function download(ctx: RawRouteContext): Response {
  const token = bearerOf(ctx);
  const found = locate(ctx);
  if (!token) return json(401, { code: 124, message: "Invalid access token." });
  if (!found) return json(404, { code: 3301, message: "There is no recording for this meeting." });
  if (!allowed(ctx, found.rec, token)) return json(401, { code: 124, message: "Invalid access token." });
  const body = fileBody(found.file);
  const headers: Record<string, string> = {
    "content-type": CONTENT_TYPES[found.file.file_extension] ?? "application/octet-stream",
    "content-disposition": `attachment; filename="${fileName(found.rec, found.file)}"`,
    "accept-ranges": "bytes",
  };
  const range = parseRange(ctx.req.headers.get("range"), body.size);
  if (range.kind === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "content-range": `bytes */${body.size}`, "content-length": "0" } });
  }
  const [start, end] = range.kind === "partial" ? [range.start, range.end] : [0, body.size - 1];
  if (range.kind === "partial") headers["content-range"] = `bytes ${start}-${end}/${body.size}`;
  headers["content-length"] = String(end - start + 1);
  const status = range.kind === "partial" ? 206 : 200;
  if (ctx.req.method === "HEAD" || body.size === 0) return new Response(null, { status, headers });
  return new Response(body.stream(start, end, found.file.abort_after_bytes), { status, headers });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function play(ctx: RawRouteContext): Response {
  const found = locate(ctx);
  if (!found) return new Response("Recording not found", { status: 404, headers: { "content-type": "text/plain" } });
  const title = escapeHtml(found.rec.topic);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>Zoom sandbox recording (${escapeHtml(found.file.file_type)}, ${fileBody(found.file).size} bytes).
Download it from the file's <code>download_url</code> with an access token.</p></main></body></html>`;
  return new Response(page, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } });
}

export const recordingRawRoutes: RawRouteDef[] = [
  { method: "GET", path: "/rec/download/{fileId}", handle: download },
  { method: "GET", path: "/rec/play/{fileId}", handle: play },
];
