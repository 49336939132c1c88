/** Contract cases for the extra resources (registrants, recordings, captions, live events, mail). */
import { buildMessage, encodeRaw } from "../../extra/mail/mime";
import type { ContractEnv } from "../env";
import { type ContractCase, isoDate, uuidSegment } from "./types";

type Kind = "meetings" | "webinars";

function parent(env: ContractEnv, kind: Kind) {
  return kind === "meetings" ? env.registrableMeeting() : env.registrableWebinar();
}

function registrantCases(kind: Kind, ids: Record<string, string>): ContractCase[] {
  return [
    {
      operationId: ids.list,
      async request(env) {
        const p = await parent(env, kind);
        await env.registrant(kind, p.id);
        return { path: `/${kind}/${p.id}/registrants`, query: { status: "approved", page_size: 10 } };
      },
    },
    {
      operationId: ids.create,
      async request(env) {
        const p = await parent(env, kind);
        return {
          path: `/${kind}/${p.id}/registrants`,
          body: {
            email: "jill.chill@example.org",
            first_name: "Jill",
            last_name: "Chill",
            org: "Cooking Org",
            job_title: "Chef",
            no_of_employees: "1-20",
            custom_questions: [{ title: "What do you hope to learn?", value: "Recipes" }],
          },
        };
      },
    },
    {
      operationId: ids.questionsGet,
      async request(env) {
        const p = await parent(env, kind);
        return { path: `/${kind}/${p.id}/registrants/questions` };
      },
    },
    {
      operationId: ids.questionsUpdate,
      async request(env) {
        const p = await parent(env, kind);
        return {
          path: `/${kind}/${p.id}/registrants/questions`,
          body: {
            questions: [{ field_name: "org", required: true }],
            custom_questions: [{ title: "Dietary needs?", type: "short", required: false }],
          },
        };
      },
    },
    {
      operationId: ids.status,
      async request(env) {
        const p = await parent(env, kind);
        const r = await env.registrant(kind, p.id);
        return { path: `/${kind}/${p.id}/registrants/status`, body: { action: "deny", registrants: [{ id: r.registrant_id }] } };
      },
    },
    {
      operationId: ids.get,
      async request(env) {
        const p = await parent(env, kind);
        const r = await env.registrant(kind, p.id);
        return { path: `/${kind}/${p.id}/registrants/${r.registrant_id}` };
      },
    },
    {
      operationId: ids.delete,
      async request(env) {
        const p = await parent(env, kind);
        const r = await env.registrant(kind, p.id);
        return { path: `/${kind}/${p.id}/registrants/${r.registrant_id}` };
      },
    },
  ];
}

const recordingCases: ContractCase[] = [
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

const captionAndLiveCases: ContractCase[] = [
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

function message(env: ContractEnv, subject: string): string {
  const me = env.member();
  return encodeRaw(buildMessage({ from: me.email, to: ["someone@example.org"], subject, body: "Hello from the contract suite.", date: new Date() }));
}

async function memberToken(env: ContractEnv): Promise<string> {
  return env.client.userToken(env.member().email);
}

const mailCases: ContractCase[] = [
  {
    operationId: "list_draft_emails",
    async request(env) {
      return { path: "/emails/mailboxes/me/drafts", query: { maxResults: 2 }, token: await memberToken(env) };
    },
  },
  {
    operationId: "create_draft_email",
    async request(env) {
      return { path: "/emails/mailboxes/me/drafts", body: { message: { raw: message(env, "New draft") } }, token: await memberToken(env) };
    },
  },
  {
    operationId: "get_draft_email",
    async request(env) {
      const token = await memberToken(env);
      const draft = await env.draft(token, message(env, "To read"));
      return { path: `/emails/mailboxes/me/drafts/${draft.id}`, query: { format: "full" }, token };
    },
  },
  {
    operationId: "update_draft_email",
    async request(env) {
      const token = await memberToken(env);
      const draft = await env.draft(token);
      return { path: `/emails/mailboxes/me/drafts/${draft.id}`, body: { message: { raw: message(env, "Replaced") } }, token };
    },
  },
  {
    operationId: "delete_draft_email",
    async request(env) {
      const token = await memberToken(env);
      const draft = await env.draft(token);
      return { path: `/emails/mailboxes/me/drafts/${draft.id}`, token };
    },
  },
  {
    operationId: "send_draft_email",
    async request(env) {
      const token = await memberToken(env);
      const draft = await env.draft(token, message(env, "To send"));
      return { path: "/emails/mailboxes/me/drafts/send", body: { id: draft.id }, token };
    },
  },
  {
    operationId: "get_mail_vacation_response_setting",
    async request(env) {
      return { path: "/emails/mailboxes/me/settings/vacation", token: await memberToken(env) };
    },
  },
  {
    operationId: "update_mailbox_vacation_response_setting",
    async request(env) {
      const start = Date.now() + 24 * 3600_000;
      return {
        path: "/emails/mailboxes/me/settings/vacation",
        body: {
          enableAutoReply: true,
          responseSubject: "Away",
          responseBodyPlainText: "Back next week.",
          startTime: String(start),
          endTime: String(start + 5 * 24 * 3600_000),
          restrictToDomain: true,
        },
        token: await memberToken(env),
      };
    },
  },
];

export const extraCases: ContractCase[] = [
  ...registrantCases("meetings", {
    list: "meetingRegistrants",
    create: "meetingRegistrantCreate",
    questionsGet: "meetingRegistrantsQuestionsGet",
    questionsUpdate: "meetingRegistrantQuestionUpdate",
    status: "meetingRegistrantStatus",
    get: "meetingRegistrantGet",
    delete: "meetingregistrantdelete",
  }),
  ...registrantCases("webinars", {
    list: "webinarRegistrants",
    create: "webinarRegistrantCreate",
    questionsGet: "webinarRegistrantsQuestionsGet",
    questionsUpdate: "webinarRegistrantQuestionUpdate",
    status: "webinarRegistrantStatus",
    get: "webinarRegistrantGet",
    delete: "deleteWebinarRegistrant",
  }),
  ...recordingCases,
  ...captionAndLiveCases,
  ...mailCases,
];

/**
 * The two language-setting operations are not in Zoom's documents; their cases check the
 * sandbox's own assumed shape instead of a Zoom schema.
 */
export const undocumentedCases: (ContractCase & { expect: { status: number; schema: object } })[] = [
  {
    operationId: "sandbox_get_mailbox_language_setting",
    async request(env) {
      return { path: "/emails/mailboxes/me/settings/language", token: await memberToken(env) };
    },
    expect: { status: 200, schema: { type: "object", required: ["language"], properties: { language: { type: "string" } } } },
  },
  {
    operationId: "sandbox_update_mailbox_language_setting",
    async request(env) {
      return { path: "/emails/mailboxes/me/settings/language", body: { language: "de-DE" }, token: await memberToken(env) };
    },
    expect: {
      status: 200,
      schema: { type: "object", required: ["language"], properties: { language: { const: "de-DE" } }, additionalProperties: false },
    },
  },
];
