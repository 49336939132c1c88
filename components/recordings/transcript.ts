/**
 * A recording's transcript (TRANSCRIPT or CC WebVTT) as lines a person reads: who spoke, when, what.
 * The WebVTT grammar is media-captions' (vidstack's spec parser); only the speaker is ours, because
 * Zoom writes it into the cue text ("Olivia Bennett: Good morning") while the spec's way is a voice
 * span (`<v Olivia Bennett>Good morning`) — both are read.
 */
import { parseText } from "media-captions";

export interface TranscriptLine {
  id: string;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  speaker: string | null;
  text: string;
}

const VOICE = /^<v(?:\.[^\s>]*)?\s+([^>]+)>/;
// A name is short and has no sentence punctuation, so "Note: the deck moved" is not read as a speaker.
const NAMED = /^([^:.!?<>]{1,60}):\s+(.*)$/s;
const TAGS = /<[^>]+>/g;

/** The speaker and the words of one cue's text. */
export function splitSpeaker(raw: string): { speaker: string | null; text: string } {
  const voice = VOICE.exec(raw);
  if (voice) return { speaker: voice[1]!.trim(), text: raw.slice(voice[0].length).replace(TAGS, "").trim() };
  const plain = raw.replace(TAGS, "").trim();
  const named = NAMED.exec(plain);
  if (named && !/^\d+$/.test(named[1]!.trim())) return { speaker: named[1]!.trim(), text: named[2]!.trim() };
  return { speaker: null, text: plain };
}

/** Every cue of a WebVTT file, in file order; a file that is not WebVTT gives no lines. */
export async function parseTranscript(vtt: string): Promise<TranscriptLine[]> {
  const { cues } = await parseText(vtt, { type: "vtt" });
  return cues.map((cue, index) => ({ id: cue.id || String(index + 1), start: cue.startTime, end: cue.endTime, ...splitSpeaker(cue.text) }));
}

/** "1:05" or "1:02:05" for a position in seconds. */
export function clockLabel(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** The parts of `text` with the (case-insensitive) matches of `query` marked, for highlighting. */
export function highlightParts(text: string, query: string): { text: string; match: boolean }[] {
  const q = query.trim().toLowerCase();
  if (!q) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  const lower = text.toLowerCase();
  let at = 0;
  for (let hit = lower.indexOf(q); hit !== -1; hit = lower.indexOf(q, at)) {
    if (hit > at) parts.push({ text: text.slice(at, hit), match: false });
    parts.push({ text: text.slice(hit, hit + q.length), match: true });
    at = hit + q.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
