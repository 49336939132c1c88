/**
 * Large simulated recording files for streaming tests: any size up to 2 GiB, produced on the fly
 * from their length alone, so neither the state nor memory ever holds them. The bytes start like
 * an MP4 (an `ftyp` box, then an `mdat` box with a 64-bit size spanning the rest) and continue with
 * a fixed 64 KiB pattern, so any byte can be computed from its offset and a Range costs nothing.
 */
import { createHash } from "node:crypto";

export const SIMULATED_MAX_BYTES = 2 * 1024 ** 3;
export const SIMULATED_MIN_BYTES = 64;

const BLOCK = 64 * 1024;

const pattern: Buffer = (() => {
  // A counter hashed in 32-byte steps: varied enough that a dropped or repeated chunk changes a checksum.
  const out = Buffer.alloc(BLOCK);
  for (let i = 0; i < BLOCK / 32; i++) createHash("sha256").update(`sandbox-simulated-${i}`).digest().copy(out, i * 32);
  return out;
})();

function header(total: number): Buffer {
  const ftyp = Buffer.alloc(32);
  ftyp.writeUInt32BE(32, 0);
  ftyp.write("ftypisom", 4, "latin1");
  ftyp.writeUInt32BE(0x200, 12);
  ftyp.write("isomiso2avc1mp41", 16, "latin1");
  const mdat = Buffer.alloc(16);
  mdat.writeUInt32BE(1, 0);
  mdat.write("mdat", 4, "latin1");
  mdat.writeBigUInt64BE(BigInt(total - 32), 8);
  return Buffer.concat([ftyp, mdat]);
}

/** Bytes `start` to `end` (inclusive) of a simulated file of `total` bytes. */
export function simulatedBytes(total: number, start: number, end: number): Buffer {
  const out = Buffer.alloc(end - start + 1);
  const head = header(total);
  for (let pos = start; pos <= end; ) {
    const written = pos - start;
    if (pos < head.length) {
      pos += head.copy(out, written, pos, Math.min(head.length, end + 1));
      continue;
    }
    const offset = (pos - head.length) % BLOCK;
    pos += pattern.copy(out, written, offset, Math.min(BLOCK, offset + end + 1 - pos));
  }
  return out;
}

/**
 * Streams bytes `start`–`end` in 64 KiB chunks, generated as the reader pulls them. With
 * `abortAfterBytes`, the stream errors once that many bytes have been sent, which the node server
 * turns into a cut connection: a download that fails half-way, as a dropped upstream does.
 */
export function simulatedStream(total: number, start: number, end: number, abortAfterBytes?: number): ReadableStream<Uint8Array> {
  let pos = start;
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (abortAfterBytes !== undefined && sent >= abortAfterBytes) {
        controller.error(new Error("sandbox: download cut off (abortAfterBytes)"));
        return;
      }
      if (pos > end) {
        controller.close();
        return;
      }
      let last = Math.min(end, pos + BLOCK - 1);
      if (abortAfterBytes !== undefined) last = Math.min(last, pos + (abortAfterBytes - sent) - 1);
      const chunk = simulatedBytes(total, pos, last);
      pos = last + 1;
      sent += chunk.length;
      controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
    },
  });
}
