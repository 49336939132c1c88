/**
 * The text files of a recording, written as Zoom writes them: the audio transcript (WebVTT, numbered
 * cues "Speaker: text"), closed captions (WebVTT without numbers or speakers) and the in-meeting
 * chat file. A cue ends at the next cue or at the end of the media, so every cue of a seeded
 * recording falls inside the 6-second fixture its MP4/M4A files serve (`media.ts`).
 */
import { MEDIA_SECONDS } from "./media";

export interface Line {
  /** Seconds from the start of the recording. */
  at: number;
  speaker: string;
  text: string;
  /** Chat only: the recipient of a direct message; absent for a message to everyone. */
  to?: string;
}

function clock(seconds: number, withMillis: boolean): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const base = [h, m, s].map((n) => String(n).padStart(2, "0")).join(":");
  return withMillis ? `${base}.${String(Math.round((seconds % 1) * 1000)).padStart(3, "0")}` : base;
}

function endOf(lines: Line[], i: number, mediaEnd: number): number {
  return i + 1 < lines.length ? lines[i + 1].at : Math.max(mediaEnd, lines[i].at + 1);
}

/** Zoom's audio transcript: numbered WebVTT cues, each "Speaker: text". */
export function transcriptVtt(lines: Line[], mediaEnd = MEDIA_SECONDS): string {
  const cues = lines.map((line, i) => `${i + 1}\n${clock(line.at, true)} --> ${clock(endOf(lines, i, mediaEnd), true)}\n${line.speaker}: ${line.text}`);
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}

/** Closed captions as saved with the recording: WebVTT without cue numbers or speakers. */
export function captionsVtt(lines: Line[], mediaEnd = MEDIA_SECONDS): string {
  const cues = lines.map((line, i) => `${clock(line.at, true)} --> ${clock(endOf(lines, i, mediaEnd), true)}\n${line.text}`);
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}

/**
 * The in-meeting chat file (`CHAT`, `chat_file`): one message a line — time from the recording
 * start, tab, sender and recipient, tab, message:
 * `00:00:02<TAB>From Olivia Bennett to Everyone:<TAB>Morning!`. A direct message names its
 * recipient: `From Mei Chen to Olivia Bennett (Direct Message):`. SANDBOX.md ("Recordings") says
 * why this form and what else Zoom has been seen writing.
 */
export function chatTxt(lines: Line[]): string {
  const sender = (line: Line) => `From ${line.speaker} to ${line.to ? `${line.to} (Direct Message)` : "Everyone"}:`;
  return lines.map((line) => `${clock(line.at, false)}\t${sender(line)}\t${line.text}`).join("\n") + "\n";
}
