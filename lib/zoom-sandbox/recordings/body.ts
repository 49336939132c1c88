/**
 * What a recording file's download serves: a committed media fixture (MP4, M4A), a simulated large
 * file, or the text the state holds (transcript, chat, captions). `file_size` is always this size.
 */
import { MEDIA, mediaBytes, mediaKindOf } from "./media";
import type { RecordingFile } from "./model";
import { simulatedStream } from "./simulated";

export interface FileBody {
  size: number;
  /** Bytes `start`–`end` (inclusive), as a stream; `abortAfterBytes` cuts it short with an error. */
  stream(start: number, end: number, abortAfterBytes?: number): ReadableStream<Uint8Array>;
}

function bufferBody(load: () => Buffer, size: number): FileBody {
  return {
    size,
    stream(start, end, abortAfterBytes) {
      const bytes = load().subarray(start, end + 1);
      const cut = abortAfterBytes !== undefined && abortAfterBytes < bytes.length;
      return new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(cut ? bytes.subarray(0, abortAfterBytes) : bytes));
        },
        pull(controller) {
          if (cut) controller.error(new Error("sandbox: download cut off (abortAfterBytes)"));
          else controller.close();
        },
      });
    },
  };
}

export function fileBody(file: RecordingFile): FileBody {
  if (file.simulated_bytes !== undefined) {
    const total = file.simulated_bytes;
    return { size: total, stream: (start, end, abort) => simulatedStream(total, start, end, abort) };
  }
  // Every MP4/M4A serves the fixture, also files saved by an older sandbox with placeholder bytes.
  const kind = mediaKindOf(file.file_type);
  if (kind) return bufferBody(() => mediaBytes(kind), MEDIA[kind].size);
  const text = Buffer.from(file.content, "utf8");
  return bufferBody(() => text, text.length);
}
