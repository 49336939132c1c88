/**
 * Seeded cloud recordings: video and audio (the committed 6-second fixtures), transcript, chat and
 * (every other one) closed captions, all timed inside those 6 seconds. Besides the last two finished
 * instances of every meeting, older instances of each host's series reach back about four months,
 * so a search longer than Zoom's one-month window matters. One of the owner's recordings is in the
 * trash and one file of another, each with days left before Zoom's 30-day purge. UUIDs that start
 * with `/` or contain `//` are guaranteed (clients must double-encode them).
 */
import { newShortId, newUuid } from "../ids";
import { pick, randomInt } from "../random";
import type { SandboxMeeting, SandboxState } from "../types";
import { type Line, captionsVtt, chatTxt, transcriptVtt } from "../recordings/content";
import { MEDIA } from "../recordings/media";
import type { Recording, RecordingFile } from "../recordings/model";
import { CHAT_LINES, SPOKEN_LINES, person } from "./attendees";

type Instance = SandboxMeeting["instances"][number];
type Src = { state: SandboxState; random: () => number };

const DAY = 86_400_000;
/** Days ago of the owner's older recordings (past the one-month window); other hosts get two to three. */
const OWNER_ARCHIVE_DAYS = [34, 41, 49, 57, 66, 74, 83, 95, 108, 119];
/** How long ago the trashed recording and the trashed file were deleted (18 and 5 days left). */
const TRASHED_DAYS_AGO = { recording: 12, file: 25 };

function isoZ(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function file(src: Src, inst: Instance, spec: Omit<RecordingFile, "id" | "recording_start" | "recording_end" | "file_size" | "status">): RecordingFile {
  const kind = spec.file_type === "MP4" ? "mp4" : spec.file_type === "M4A" ? "m4a" : undefined;
  return {
    id: `${newShortId(src, 8)}-${newShortId(src, 4)}-${newShortId(src, 4)}-${newShortId(src, 12)}`.toLowerCase(),
    recording_start: inst.start_time,
    recording_end: inst.end_time,
    file_size: kind ? MEDIA[kind].size : Buffer.byteLength(spec.content),
    status: "active",
    ...spec,
  };
}

/** Four spoken cues 1.5 s apart (the host first) and four chat lines, one a direct message to the host. */
function conversation(random: () => number, speakers: string[]): { spoken: Line[]; chat: Line[] } {
  const first = randomInt(random, 0, SPOKEN_LINES.length - 1);
  const spoken = [0, 1, 2, 3].map((i) => ({ at: i * 1.5, speaker: speakers[i === 0 ? 0 : i % speakers.length], text: SPOKEN_LINES[(first + i) % SPOKEN_LINES.length] }));
  const chatFirst = randomInt(random, 0, CHAT_LINES.length - 1);
  const text = (i: number) => CHAT_LINES[(chatFirst + i) % CHAT_LINES.length];
  const guest = () => pick(random, speakers.slice(1));
  const chat: Line[] = [
    { at: 1, speaker: speakers[0], text: text(0) },
    { at: 2, speaker: guest(), text: text(1) },
    { at: 3, speaker: guest(), text: "Could you send me the notes afterwards?", to: speakers[0] },
    { at: 5, speaker: guest(), text: text(2) },
  ];
  return { spoken, chat };
}

function recordingFor(state: SandboxState, random: () => number, meeting: SandboxMeeting, inst: Instance, withCc: boolean): Recording {
  const src = { state, random };
  const host = state.users.find((u) => u.id === meeting.host_id);
  const guests = [0, 1, 2].map((n) => { const p = person(random, n); return `${p.first_name} ${p.last_name}`; });
  const { spoken, chat } = conversation(random, [host ? `${host.first_name} ${host.last_name}` : "Host", ...guests]);
  const files: RecordingFile[] = [
    file(src, inst, { file_type: "MP4", file_extension: "MP4", recording_type: "shared_screen_with_speaker_view", content: "" }),
    file(src, inst, { file_type: "M4A", file_extension: "M4A", recording_type: "audio_only", content: "" }),
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
function awkwardUuid(src: Src, variant: "slash" | "double"): string {
  const uuid = newUuid(src);
  return variant === "slash" ? `/${uuid.slice(1)}` : `${uuid.slice(0, 6)}//${uuid.slice(8)}`;
}

function addPastInstance(meeting: SandboxMeeting, uuid: string, now: Date, daysAgo: number): Instance {
  const start = Math.floor((now.getTime() - daysAgo * DAY) / 3600_000) * 3600_000;
  const inst = { uuid, start_time: isoZ(start), end_time: isoZ(start + Math.max(15, meeting.duration) * 60_000) };
  meeting.instances.push(inst);
  meeting.instances.sort((a, b) => a.start_time.localeCompare(b.start_time));
  return inst;
}

/** Older instances of each host's series (or any meeting of theirs), one to four months back. */
function archive(src: Src, meetings: SandboxMeeting[], ownerId: string, now: Date): { meeting: SandboxMeeting; inst: Instance }[] {
  const out: { meeting: SandboxMeeting; inst: Instance }[] = [];
  for (const hostId of new Set(meetings.map((m) => m.host_id))) {
    const own = meetings.filter((m) => m.host_id === hostId);
    const series = own.filter((m) => m.type === 8 || m.type === 3);
    const pool = series.length ? series : own;
    const days = hostId === ownerId ? OWNER_ARCHIVE_DAYS : [randomInt(src.random, 31, 60), randomInt(src.random, 61, 90), randomInt(src.random, 91, 120)].slice(0, randomInt(src.random, 2, 3));
    days.forEach((d, i) => {
      const meeting = pool[i % pool.length];
      out.push({ meeting, inst: addPastInstance(meeting, newUuid(src), now, d) });
    });
  }
  return out;
}

function trashSome(recordings: Recording[], ownerId: string, now: Date): void {
  const candidates = recordings
    .filter((r) => r.host_id === ownerId && !r.uuid.startsWith("/") && !r.uuid.includes("//"))
    .sort((a, b) => b.start_time.localeCompare(a.start_time));
  const whole = candidates[Math.floor(candidates.length / 2)];
  const partly = candidates[Math.floor(candidates.length / 2) + 1];
  if (whole) {
    whole.status = "trash";
    whole.deleted_time = isoZ(now.getTime() - TRASHED_DAYS_AGO.recording * DAY);
  }
  const audio = partly?.files.find((f) => f.file_type === "M4A");
  if (audio) {
    audio.status = "trash";
    audio.deleted_time = isoZ(now.getTime() - TRASHED_DAYS_AGO.file * DAY);
  }
}

export function seedRecordings(state: SandboxState, random: () => number, now: Date): void {
  const src = { state, random };
  const hosts = new Set(state.users.filter((u) => u.type === 2 && u.status === "active").map((u) => u.id));
  const meetings = state.meetings.filter((m) => hosts.has(m.host_id) && !m.deleted_at);
  const ownerId = state.users.find((u) => u.role_name === "Owner")?.id ?? "";
  const recordings = state.recordings as Recording[];
  let n = 0;
  for (const meeting of meetings) {
    const past = meeting.instances.filter((i) => Date.parse(i.end_time) < now.getTime()).slice(-2);
    for (const inst of past) recordings.push(recordingFor(state, random, meeting, inst, n++ % 2 === 0));
  }
  for (const { meeting, inst } of archive(src, meetings, ownerId, now)) recordings.push(recordingFor(state, random, meeting, inst, n++ % 2 === 0));
  const needs = (["slash", "double"] as const).filter((v) =>
    !recordings.some((r) => (v === "slash" ? r.uuid.startsWith("/") : r.uuid.includes("//"))),
  );
  needs.forEach((variant, i) => {
    const meeting = meetings[i % Math.max(1, meetings.length)];
    if (!meeting) return;
    const inst = addPastInstance(meeting, awkwardUuid(src, variant), now, 3 + i);
    recordings.push(recordingFor(state, random, meeting, inst, true));
  });
  trashSome(recordings, ownerId, now);
}
