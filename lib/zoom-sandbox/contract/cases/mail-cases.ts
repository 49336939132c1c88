/** Contract cases for Zoom Mail (user-level tokens of a licensed member). */
import { buildMessage, encodeRaw } from "../../mail/mime";
import type { ContractEnv } from "../env";
import type { ContractCase } from "./types";

function message(env: ContractEnv, subject: string): string {
  const me = env.member();
  return encodeRaw(buildMessage({ from: me.email, to: ["someone@example.org"], subject, body: "Hello from the contract suite.", date: new Date() }));
}

export async function memberToken(env: ContractEnv): Promise<string> {
  return env.client.userToken(env.member().email);
}

export const mailCases: ContractCase[] = [
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
