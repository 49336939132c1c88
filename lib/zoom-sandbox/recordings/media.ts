/**
 * The committed media fixtures every MP4 and M4A recording file serves (see media/README.md for
 * how they were made). Their sizes are constants so seeding needs no disk access; `media.test.ts`
 * keeps them equal to the files. The bytes are read on the first download only, so a host that
 * cannot reach the files (a bundler that dropped them) still starts and fails just that download.
 */
import { readFileSync } from "node:fs";

export type MediaKind = "mp4" | "m4a";

interface Fixture {
  /** A literal `new URL(…, import.meta.url)` so bundlers (Turbopack) ship the file with the server code. */
  url: () => URL;
  size: number;
  contentType: string;
}

export const MEDIA: Record<MediaKind, Fixture> = {
  mp4: { url: () => new URL("./media/sandbox-recording.mp4", import.meta.url), size: 119_624, contentType: "video/mp4" },
  m4a: { url: () => new URL("./media/sandbox-recording.m4a", import.meta.url), size: 38_255, contentType: "audio/mp4" },
};

/** Length of both fixtures in seconds; transcripts, captions and chat fit inside it. */
export const MEDIA_SECONDS = 6;

const cache = new Map<MediaKind, Buffer>();

export function mediaBytes(kind: MediaKind): Buffer {
  let bytes = cache.get(kind);
  if (!bytes) {
    bytes = readFileSync(MEDIA[kind].url());
    cache.set(kind, bytes);
  }
  return bytes;
}

/** The fixture a file type serves, if it is a media type. */
export function mediaKindOf(fileType: string): MediaKind | undefined {
  return fileType === "MP4" ? "mp4" : fileType === "M4A" ? "m4a" : undefined;
}
