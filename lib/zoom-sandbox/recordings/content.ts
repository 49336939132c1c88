/**
 * What the sandbox serves for each recording file type. Text files are real (a WebVTT transcript
 * and closed captions, the cloud-recording chat file); audio and video are tiny ISO-BMFF
 * placeholders (an `ftyp` box with the brand Zoom's files use, plus an empty `free` box), enough
 * for clients that sniff the container but not playable media.
 */

export interface Line {
  /** Seconds from the start of the recording. */
  at: number;
  speaker: string;
  text: string;
}

function box(type: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length, 0);
  header.write(type, 4, "latin1");
  return Buffer.concat([header, payload]);
}

function ftyp(major: string, compatible: string[]): Buffer {
  const minor = Buffer.alloc(4);
  minor.writeUInt32BE(0x200, 0);
  return box("ftyp", Buffer.concat([Buffer.from(major, "latin1"), minor, ...compatible.map((c) => Buffer.from(c, "latin1"))]));
}

/** A 40-byte MP4 placeholder (brand `isom`). */
export function mp4Placeholder(): Buffer {
  return Buffer.concat([ftyp("isom", ["isom", "iso2", "avc1", "mp41"]), box("free", Buffer.alloc(0))]);
}

/** A 36-byte M4A placeholder (brand `M4A `). */
export function m4aPlaceholder(): Buffer {
  return Buffer.concat([ftyp("M4A ", ["M4A ", "mp42", "isom"]), box("free", Buffer.alloc(0))]);
}

function clock(seconds: number, withMillis: boolean): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const base = [h, m, s].map((n) => String(n).padStart(2, "0")).join(":");
  return withMillis ? `${base}.${String(Math.round((seconds % 1) * 1000)).padStart(3, "0")}` : base;
}

/** Zoom's audio transcript: numbered WebVTT cues, each "Speaker: text". */
export function transcriptVtt(lines: Line[]): string {
  const cues = lines.map((line, i) => {
    const end = i + 1 < lines.length ? Math.min(lines[i + 1].at, line.at + 8) : line.at + 5;
    return `${i + 1}\n${clock(line.at, true)} --> ${clock(end, true)}\n${line.speaker}: ${line.text}`;
  });
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}

/** Closed captions as saved with the recording: WebVTT without cue numbers. */
export function captionsVtt(lines: Line[]): string {
  const cues = lines.map((line) => `${clock(line.at, true)} --> ${clock(line.at + 4, true)}\n${line.text}`);
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}

/** The cloud-recording chat file: `HH:MM:SS<TAB>Name:<TAB>Message`, time relative to the start. */
export function chatTxt(lines: Line[]): string {
  return lines.map((line) => `${clock(line.at, false)}\t${line.speaker}:\t${line.text}`).join("\n") + "\n";
}
