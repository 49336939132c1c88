/** Contract cases for cloud recordings, caption tokens and in-meeting controls. */
import { type ContractCase, isoDate, uuidSegment } from "./types";

export const recordingCases: ContractCase[] = [
  {
    operationId: "recordingGet",
    async request(env) {
      const rec = env.recording((r) => r.uuid.startsWith("/") || r.uuid.includes("//"));
      return { path: `/meetings/${uuidSegment(rec.uuid)}/recordings`, query: { include_fields: "download_access_token", ttl: 600 } };
    },
  },
  {
    operationId: "recordingsList",
    async request(env) {
      const rec = env.recording();
      return { path: `/users/${rec.host_id}/recordings`, query: { from: isoDate(-25), to: isoDate(1), page_size: 5 } };
    },
  },
  {
    operationId: "recordingDelete",
    async request(env) {
      const rec = env.recording();
      return { path: `/meetings/${uuidSegment(rec.uuid)}/recordings`, query: { action: "trash" } };
    },
  },
  {
    operationId: "recordingDeleteOne",
    async request(env) {
      const rec = env.recording((r) => r.files.some((f) => f.file_type === "CHAT"));
      const chat = rec.files.find((f) => f.file_type === "CHAT")!;
      return { path: `/meetings/${uuidSegment(rec.uuid)}/recordings/${chat.id}`, query: { action: "trash" } };
    },
  },
  {
    operationId: "recordingStatusUpdate",
    async request(env) {
      const rec = env.recording();
      await env.client.api("DELETE", `/meetings/${uuidSegment(rec.uuid)}/recordings`);
      return { path: `/meetings/${uuidSegment(rec.uuid)}/recordings/status`, body: { action: "recover" } };
    },
  },
  {
    operationId: "recordingStatusUpdateOne",
    async request(env) {
      const rec = env.recording((r) => r.files.some((f) => f.file_type === "M4A"));
      const audio = rec.files.find((f) => f.file_type === "M4A")!;
      await env.client.api("DELETE", `/meetings/${uuidSegment(rec.uuid)}/recordings/${audio.id}`);
      return { path: `/meetings/${uuidSegment(rec.uuid)}/recordings/${audio.id}/status`, body: { action: "recover" } };
    },
  },
];

export const captionAndLiveCases: ContractCase[] = [
  {
    operationId: "userSettings",
    async request(env) {
      return { path: `/users/${env.owner().id}/settings` };
    },
  },
  {
    operationId: "meetingToken",
    async request(env) {
      const m = await env.meeting();
      return { path: `/meetings/${m.id}/token`, query: { type: "closed_caption_token" } };
    },
  },
  {
    operationId: "webinarToken",
    async request(env) {
      const w = await env.webinar();
      await env.goLive("webinars", w.id);
      return { path: `/webinars/${w.id}/token` };
    },
  },
  {
    operationId: "inMeetingControl",
    async request(env) {
      const m = await env.meeting();
      await env.goLive("meetings", m.id);
      return { path: `/live_meetings/${m.id}/events`, body: { method: "participant.invite", params: { contacts: [{ email: "guest@example.org" }] } } };
    },
  },
];

