/**
 * Event bodies as Zoom sends them, shaped after `../shared/zoom-api/zoom-meetings.webhooks.openapi.json`
 * (several of whose objects forbid extra properties, so each builder lists exactly its fields).
 * The contract test (webhooks.contract.test.ts) validates every event the sandbox sends against it.
 */
import { joinUrl } from "../meetings/links";
import { fileBody } from "../recordings/body";
import { fileUrls, type Recording } from "../recordings/model";
import type { MeetingOrWebinar, SandboxRegistrant, SandboxState } from "../types";

export type Kind = "meeting" | "webinar";

export interface WebhookBody {
  event: string;
  event_ts: number;
  payload: Record<string, unknown>;
  download_token?: string;
}

interface Context {
  state: SandboxState;
  baseUrl: string;
  nowMs: number;
}

/** Who Zoom names as the operator: the host, as the sandbox does not track which token made a change. */
function operator(ctx: Context, hostId: string) {
  const host = ctx.state.users.find((u) => u.id === hostId);
  return { operator: host?.email ?? "unknown@example.com", operator_id: hostId };
}

/** Zoom's `start_time` is required in most objects; instant and no-fixed-time items have none, so creation time stands in. */
const startOf = (item: MeetingOrWebinar) => item.start_time ?? item.created_at;

/** The object common to meeting.started/ended and webinar.started/ended (strict in the document). */
function liveObject(item: MeetingOrWebinar, uuid: string) {
  return { id: String(item.id), uuid, host_id: item.host_id, topic: item.topic, type: item.type, start_time: item.live_started_at ?? startOf(item), timezone: item.timezone, duration: item.duration };
}

const mtype = (item: MeetingOrWebinar) => item.type;

/** The fields meeting.updated reports; Zoom sends only those that changed, old values in `old_object`. */
const UPDATE_FIELDS = ["topic", "type", "start_time", "duration", "timezone", "agenda", "password"] as const;

/** What an edit changed, as Zoom reports it; null when nothing a subscriber sees changed (a new past instance). */
export function updateDiff(old: MeetingOrWebinar, item: MeetingOrWebinar): { object: Record<string, unknown>; old_object: Record<string, unknown> } | null {
  const object: Record<string, unknown> = { id: item.id };
  const oldObject: Record<string, unknown> = { id: item.id };
  for (const field of UPDATE_FIELDS) {
    if (item[field] === old[field]) continue;
    object[field] = item[field];
    oldObject[field] = old[field];
  }
  const settingsChanged = JSON.stringify(item.settings) !== JSON.stringify(old.settings) || JSON.stringify(item.recurrence) !== JSON.stringify(old.recurrence);
  return Object.keys(object).length > 1 || settingsChanged ? { object, old_object: oldObject } : null;
}

export function itemEvent(ctx: Context, kind: Kind, action: "created" | "updated" | "deleted" | "started" | "ended", item: MeetingOrWebinar, uuid = item.uuid, old?: MeetingOrWebinar): WebhookBody {
  const event = `${kind}.${action}`;
  const account_id = ctx.state.accountId;
  const base = { id: item.id, uuid, host_id: item.host_id, topic: item.topic, type: mtype(item), start_time: startOf(item), duration: item.duration, timezone: item.timezone };
  let payload: Record<string, unknown>;
  if (action === "started") payload = { account_id, object: liveObject(item, uuid) };
  else if (action === "ended") {
    const ended = item.instances.at(-1);
    payload = { account_id, object: { ...liveObject(item, uuid), start_time: ended?.start_time ?? startOf(item), end_time: ended?.end_time ?? new Date(ctx.nowMs).toISOString() } };
  } else if (action === "deleted") payload = { account_id, ...operator(ctx, item.host_id), object: base };
  else if (action === "updated") {
    const diff = updateDiff(old ?? item, item) ?? { object: { id: item.id }, old_object: { id: item.id } };
    payload = { account_id, ...operator(ctx, item.host_id), ...diff, time_stamp: ctx.nowMs };
  }
  else {
    const settings = { use_pmi: false, alternative_hosts: String(item.settings.alternative_hosts ?? "") };
    const object: Record<string, unknown> = { ...base, join_url: joinUrl(ctx.baseUrl, item.id, item.password, kind), password: item.password, settings };
    if (kind === "webinar") object.creation_source = item.creation_source ?? "open_api";
    payload = { account_id, ...operator(ctx, item.host_id), object };
  }
  return { event, event_ts: ctx.nowMs, payload };
}

export type RegistrationAction = "created" | "approved" | "denied" | "cancelled";

export function registrationEvent(ctx: Context, kind: Kind, action: RegistrationAction, item: MeetingOrWebinar, registrant: SandboxRegistrant): WebhookBody {
  const person: Record<string, unknown> = { id: registrant.id, first_name: registrant.first_name, last_name: registrant.last_name, email: registrant.email };
  if (action === "created") Object.assign(person, { status: registrant.status === "approved" ? "approved" : "pending", join_url: registrant.join_url });
  if (action === "approved") person.join_url = registrant.join_url;
  const object = { uuid: item.uuid, id: item.id, host_id: item.host_id, topic: item.topic, type: mtype(item), start_time: startOf(item), duration: item.duration, timezone: item.timezone, registrant: person };
  const who = action === "created" ? {} : operator(ctx, item.host_id);
  return { event: `${kind}.registration_${action}`, event_ts: ctx.nowMs, payload: { account_id: ctx.state.accountId, ...who, object } };
}

/** What every recording event's `recording_files` enums allow (recording.trashed's is the narrowest). */
const FILE_TYPES = new Set(["MP4", "M4A", "CHAT", "TRANSCRIPT", "CSV", "TB", "CC", "CHAT_MESSAGE", "SUMMARY", "TIMELINE"]);
const EXTENSIONS = new Set(["MP4", "M4A", "TXT", "VTT", "CSV", "JSON", "JPG"]);
const RECORDING_TYPES = new Set([
  "shared_screen_with_speaker_view(CC)", "shared_screen_with_speaker_view", "shared_screen_with_gallery_view", "gallery_view", "shared_screen",
  "audio_only", "chat_file", "active_speaker", "host_video", "audio_only_each_participant", "cc_transcript", "closed_caption", "poll",
  "timeline", "thumbnail", "audio_interpretation", "summary", "summary_next_steps", "summary_smart_chapters",
]);

export type RecordingAction = "completed" | "trashed" | "recovered" | "deleted";

export function recordingEvent(ctx: Context, action: RecordingAction, rec: Recording): WebhookBody {
  const files = rec.files.filter((f) => FILE_TYPES.has(f.file_type) && EXTENSIONS.has(f.file_extension) && RECORDING_TYPES.has(f.recording_type));
  const host = ctx.state.users.find((u) => u.id === rec.host_id);
  const object: Record<string, unknown> = {
    id: rec.meeting_id,
    uuid: rec.uuid,
    host_id: rec.host_id,
    account_id: ctx.state.accountId,
    topic: rec.topic,
    type: Number(rec.meeting_type ?? 2),
    start_time: rec.start_time,
    duration: rec.duration,
    share_url: `${ctx.baseUrl}/rec/share/${encodeURIComponent(rec.uuid)}`,
    total_size: files.reduce((sum, f) => sum + fileBody(f).size, 0),
    recording_count: files.length,
    recording_files: files.map((f) => ({
      id: f.id,
      meeting_id: rec.uuid,
      recording_start: f.recording_start,
      recording_end: f.recording_end,
      file_type: f.file_type,
      file_size: fileBody(f).size,
      file_extension: f.file_extension,
      download_url: fileUrls(ctx.baseUrl, f).download_url,
      status: "completed",
      recording_type: f.recording_type,
    })),
  };
  if (action === "completed") Object.assign(object, { password: "", host_email: host?.email ?? "unknown@example.com" });
  const who = action === "completed" ? {} : operator(ctx, rec.host_id);
  const body: WebhookBody = { event: `recording.${action}`, event_ts: ctx.nowMs, payload: { account_id: ctx.state.accountId, ...who, object } };
  // Zoom adds a short-lived token for the download URLs; the sandbox's downloads take the OAuth token instead.
  if (action === "completed") body.download_token = "sandbox-download-token";
  return body;
}
