/**
 * Error responses of the registrant, recording, caption, live-event and mail operations that a client is likely to meet. Each must use a status
 * the document lists for that operation (or say why not) and Zoom's `{code, message}` body.
 */
import { memberToken } from "./mail-cases";
import { type ContractRequest, uuidSegment } from "./types";
import type { ContractEnv } from "../env";

export interface ErrorCase {
  name: string;
  operationId: string;
  request(env: ContractEnv): Promise<ContractRequest>;
  expect: { status: number; code: number };
  /** Set when the status is not among the operation's documented responses, with the reason. */
  undocumentedStatus?: string;
  /** Set when the code is not among those documented for the status (nor the generic 300), with the reason. */
  undocumentedCode?: string;
}

export const errorCases: ErrorCase[] = [
  {
    name: "registrant add on a meeting without registration",
    operationId: "meetingRegistrantCreate",
    async request(env) {
      const m = await env.meeting({ approval_type: 2 });
      return { path: `/meetings/${m.id}/registrants`, body: { email: "a@example.org", first_name: "A" } };
    },
    expect: { status: 400, code: 404 },
    undocumentedCode: "seen on the wire (and documented for the batch twin, addBatchRegistrants); the spec lists 3043/3000/3161 here",
  },
  {
    name: "registrant add with missing fields",
    operationId: "webinarRegistrantCreate",
    async request(env) {
      const w = await env.registrableWebinar();
      return { path: `/webinars/${w.id}/registrants`, body: { last_name: "Only" } };
    },
    expect: { status: 400, code: 300 },
  },
  {
    name: "registrant add without a required registration question",
    operationId: "meetingRegistrantCreate",
    async request(env) {
      const m = await env.registrableMeeting();
      await env.client.api("PATCH", `/meetings/${m.id}/registrants/questions`, { body: { questions: [{ field_name: "phone", required: true }] } });
      return { path: `/meetings/${m.id}/registrants`, body: { email: "a@example.org", first_name: "A" } };
    },
    expect: { status: 400, code: 300 },
  },
  {
    name: "fourth add of one address to one webinar in a day",
    operationId: "webinarRegistrantCreate",
    async request(env) {
      const w = await env.registrableWebinar();
      for (let i = 0; i < 3; i++) await env.registrant("webinars", w.id, "again@example.org");
      return { path: `/webinars/${w.id}/registrants`, body: { email: "again@example.org", first_name: "Again" } };
    },
    expect: { status: 429, code: 429 },
  },
  {
    name: "registrants of an unknown meeting",
    operationId: "meetingRegistrants",
    async request() {
      return { path: "/meetings/12345678901/registrants" };
    },
    expect: { status: 404, code: 3001 },
  },
  {
    name: "unknown webinar registrant",
    operationId: "webinarRegistrantGet",
    async request(env) {
      const w = await env.registrableWebinar();
      return { path: `/webinars/${w.id}/registrants/nobody` };
    },
    expect: { status: 400, code: 3079 },
  },
  {
    name: "status update with too many registrants",
    operationId: "meetingRegistrantStatus",
    async request(env) {
      const m = await env.registrableMeeting();
      return { path: `/meetings/${m.id}/registrants/status`, body: { action: "approve", registrants: Array.from({ length: 31 }, (_, i) => ({ id: `r${i}` })) } };
    },
    expect: { status: 400, code: 300 },
  },
  {
    name: "recordings of a meeting that has none",
    operationId: "recordingGet",
    async request(env) {
      const m = await env.meeting();
      return { path: `/meetings/${m.id}/recordings` };
    },
    expect: { status: 404, code: 3301 },
  },
  {
    name: "recover a file that is not in the trash",
    operationId: "recordingStatusUpdateOne",
    async request(env) {
      const rec = env.recording();
      return { path: `/meetings/${uuidSegment(rec.uuid)}/recordings/${rec.files[0].id}/status`, body: { action: "recover" } };
    },
    expect: { status: 404, code: 3301 },
  },
  {
    name: "recordings of an unknown user",
    operationId: "recordingsList",
    async request() {
      return { path: "/users/nobody@example.org/recordings" };
    },
    expect: { status: 404, code: 1001 },
  },
  {
    name: "caption token with captions disabled",
    operationId: "webinarToken",
    async request(env) {
      const w = await env.webinar();
      await env.client.control("PUT", `/caption-settings/${env.owner().id}`, { closed_caption: false });
      return { path: `/webinars/${w.id}/token` };
    },
    expect: { status: 400, code: 3000 },
  },
  {
    name: "in-meeting control on a meeting that is not live",
    operationId: "inMeetingControl",
    async request(env) {
      const m = await env.meeting();
      return { path: `/live_meetings/${m.id}/events`, body: { method: "recording.start" } };
    },
    expect: { status: 404, code: 3001 },
  },
  {
    name: "in-meeting control with an unknown method",
    operationId: "inMeetingControl",
    async request(env) {
      const m = await env.meeting();
      await env.goLive("meetings", m.id);
      return { path: `/live_meetings/${m.id}/events`, body: { method: "recording.rewind" } };
    },
    expect: { status: 400, code: 300 },
  },
  {
    name: "draft that does not exist",
    operationId: "get_draft_email",
    async request(env) {
      return { path: "/emails/mailboxes/me/drafts/0000000000000000_0000000000000000_001", token: await memberToken(env) };
    },
    expect: { status: 404, code: 404 },
  },
  {
    name: "draft list of an unprovisioned mailbox",
    operationId: "list_draft_emails",
    async request() {
      return { path: "/emails/mailboxes/nobody@example.org/drafts" };
    },
    expect: { status: 400, code: 400 },
  },
  {
    name: "another member's mailbox",
    operationId: "create_draft_email",
    async request(env) {
      const me = env.member();
      const other = env.client.state.users.find((u) => u.type === 2 && u.status === "active" && u.id !== me.id && u.role_name === "Member")!;
      return { path: `/emails/mailboxes/${other.email}/drafts`, body: {}, token: await memberToken(env) };
    },
    expect: { status: 401, code: 401 },
  },
  {
    name: "vacation without enableAutoReply",
    operationId: "update_mailbox_vacation_response_setting",
    async request(env) {
      return { path: "/emails/mailboxes/me/settings/vacation", body: { responseSubject: "Away" }, token: await memberToken(env) };
    },
    expect: { status: 400, code: 400 },
  },
  {
    name: "draft requested in an unknown format",
    operationId: "get_draft_email",
    async request(env) {
      const token = await memberToken(env);
      const draft = await env.draft(token);
      return { path: `/emails/mailboxes/me/drafts/${draft.id}`, query: { format: "html" }, token };
    },
    expect: { status: 400, code: 400 },
    undocumentedStatus: "the document lists no 400 for get_draft_email, but an unknown enum value is a bad request (Gmail answers 400 too)",
  },
  {
    name: "recordings with a malformed date",
    operationId: "recordingsList",
    async request(env) {
      return { path: `/users/${env.owner().id}/recordings`, query: { from: "last week" } };
    },
    expect: { status: 400, code: 300 },
    undocumentedStatus: "recordingsList documents no 400, yet Zoom validates `from`/`to` as dates; 300 is its generic invalid-parameter code",
  },
];
