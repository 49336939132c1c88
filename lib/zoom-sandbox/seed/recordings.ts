/**
 * Seeded cloud recordings for past meeting instances: video, audio, transcript, chat and (every
 * other one) closed captions. Zoom clients must double-encode UUIDs that start with `/` or contain
 * `//`, so the seed makes sure two recordings have such UUIDs (adding past instances when the core
 * seed produced none), which tests and demo users can exercise.
 */
import { newShortId, newUuid } from "../ids";
import { pick, randomInt } from "../random";
import type { SandboxMeeting, SandboxState } from "../types";
import { type Line, captionsVtt, chatTxt, m4aPlaceholder, mp4Placeholder, transcriptVtt } from "../recordings/content";
import type { Recording, RecordingFile } from "../recordings/model";
import { CHAT_LINES, SPOKEN_LINES, person } from "./attendees";

type Instance = SandboxMeeting["instances"][number];

function isoZ(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function lines(random: () => number, speakers: string[], texts: string[], count: number, spacing: number): Line[] {
  return Array.from({ length: count }, (_, i) => ({ at: i * spacing + randomInt(random, 0, 3), speaker: pick(random, speakers), text: texts[i % texts.length] }));
}

function file(src: { state: SandboxState; random: () => number }, inst: Instance, spec: Omit<RecordingFile, "id" | "recording_start" | "recording_end" | "file_size" | "status">): RecordingFile {
  const size = spec.encoding === "base64" ? Buffer.from(spec.content, "base64").length : Buffer.byteLength(spec.content);
  return {
    id: `${newShortId(src, 8)}-${newShortId(src, 4)}-${newShortId(src, 4)}-${newShortId(src, 12)}`.toLowerCase(),
    recording_start: inst.start_time,
    recording_end: inst.end_time,
    file_size: size,
    status: "active",
    ...spec,
  };
}

function recordingFor(state: SandboxState, random: () => number, meeting: SandboxMeeting, inst: Instance, withCc: boolean): Recording {
  const src = { state, random };
  const host = state.users.find((u) => u.id === meeting.host_id);
  const speakers = [host ? `${host.first_name} ${host.last_name}` : "Host", ...[0, 1, 2].map((n) => { const p = person(random, n); return `${p.first_name} ${p.last_name}`; })];
  const spoken = lines(random, speakers, SPOKEN_LINES, SPOKEN_LINES.length, 20);
  const chat = lines(random, speakers, CHAT_LINES, CHAT_LINES.length, 45);
  const files: RecordingFile[] = [
    file(src, inst, { file_type: "MP4", file_extension: "MP4", recording_type: "shared_screen_with_speaker_view", content: mp4Placeholder().toString("base64"), encoding: "base64" }),
    file(src, inst, { file_type: "M4A", file_extension: "M4A", recording_type: "audio_only", content: m4aPlaceholder().toString("base64"), encoding: "base64" }),
    file(src, inst, { file_type: "TRANSCRIPT", file_extension: "VTT", recording_type: "audio_transcript", content: transcriptVtt(spoken) }),
    file(src, inst, { file_type: "CHAT", file_extension: "TXT", recording_type: "chat_file", content: chatTxt(chat) }),
  ];
  if (withCc) files.push(file(src, inst, { file_type: "CC", file_extension: "VTT", recording_type: "closed_caption", content: captionsVtt(spoken) }));
  return {
    uuid: inst.uuid,
    meeting_id: meeting.id,
    host_id: meeting.host_id,
    topic: meeting.topic,
    start_time: inst.start_time,
    duration: Math.max(1, Math.round((Date.parse(inst.end_time) - Date.parse(inst.start_time)) / 60_000)),
    status: "active",
    files,
    meeting_type: String(meeting.type),
    password: newShortId(src, 8),
  };
}

/** A UUID that needs double encoding: `/…` (variant "slash") or containing `//` ("double"). */
function awkwardUuid(src: { state: SandboxState; random: () => number }, variant: "slash" | "double"): string {
  const uuid = newUuid(src);
  return variant === "slash" ? `/${uuid.slice(1)}` : `${uuid.slice(0, 6)}//${uuid.slice(8)}`;
}

function addPastInstance(meeting: SandboxMeeting, uuid: string, now: Date, daysAgo: number): Instance {
  const start = now.getTime() - daysAgo * 24 * 3600_000;
  const inst = { uuid, start_time: isoZ(start), end_time: isoZ(start + meeting.duration * 60_000) };
  meeting.instances.push(inst);
  return inst;
}

export function seedRecordings(state: SandboxState, random: () => number, now: Date): void {
  const src = { state, random };
  const hosts = new Set(state.users.filter((u) => u.type === 2 && u.status === "active").map((u) => u.id));
  const meetings = state.meetings.filter((m) => hosts.has(m.host_id) && !m.deleted_at);
  const recordings = state.recordings as Recording[];
  let n = 0;
  for (const meeting of meetings) {
    const past = meeting.instances.filter((i) => Date.parse(i.end_time) < now.getTime()).slice(-2);
    for (const inst of past) recordings.push(recordingFor(state, random, meeting, inst, n++ % 2 === 0));
  }
  const needs = (["slash", "double"] as const).filter((v) =>
    !recordings.some((r) => (v === "slash" ? r.uuid.startsWith("/") : r.uuid.includes("//"))),
  );
  needs.forEach((variant, i) => {
    const meeting = meetings[i % Math.max(1, meetings.length)];
    if (!meeting) return;
    const inst = addPastInstance(meeting, awkwardUuid(src, variant), now, 3 + i);
    recordings.push(recordingFor(state, random, meeting, inst, true));
  });
}
