/**
 * A recording file's bytes, streamed through the dashboard: the browser's player and download link
 * point here, so it never sees Zoom's URL or a token. `Range` is passed through (the player seeks);
 * `?download=1` asks the browser to save the file instead of showing it.
 */
import { Readable } from "node:stream";
import { z } from "zod";
import { route } from "@/lib/api/route";
import { recordingFileParamsSchema } from "@/lib/schemas/recording";
import { openRecordingFileFor } from "@/lib/services/recordings";

const query = z.object({ download: z.enum(["1"]).optional() });

/** Types a browser may render from this origin; anything else is offered as bytes. */
const INLINE_TYPES = /^(video\/mp4|audio\/mp4|audio\/x?-?m4a|text\/vtt|text\/plain)(;|$)/i;

export const GET = route({ access: "member", params: recordingFileParamsSchema, query }, async ({ req, viewer, params, query: q }) => {
  const range = req.headers.get("range");
  const file = await openRecordingFileFor(viewer, params.recordingId, params.fileId, range && /^bytes=\d*-\d*$/.test(range) ? range : null);
  const headers = new Headers(file.headers);
  if (!INLINE_TYPES.test(headers.get("content-type") ?? "")) headers.set("content-type", "application/octet-stream");
  headers.set("x-content-type-options", "nosniff");
  headers.set("cache-control", "private, no-store");
  headers.set("content-disposition", `${q.download ? "attachment" : "inline"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  if (file.status === 416) {
    file.body.destroy();
    return new Response(null, { status: 416, headers });
  }
  return new Response(Readable.toWeb(file.body) as ReadableStream, { status: file.status, headers });
});
