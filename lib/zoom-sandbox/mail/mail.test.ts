import { describe, expect, it } from "vitest";
import type { ContractEnv } from "../contract/env";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";
import { buildMessage, encodeRaw } from "./mime";

let client: SandboxClient;
let env: ContractEnv;
let token: string;
let me: { email: string };

withContractSandbox(async (started) => {
  ({ client, env } = started);
  me = env.member();
  token = await client.userToken(me.email);
});

const mail = (method: string, path: string, opts: { body?: unknown; query?: Record<string, string | number> } = {}) =>
  client.api(method, `/emails/mailboxes/me${path}`, { ...opts, token });

const raw = (subject: string, to = ["bo@example.org"]) =>
  encodeRaw(buildMessage({ from: me.email, to, subject, body: `Body of ${subject}`, date: new Date("2026-03-02T10:00:00Z") }));

describe("drafts", () => {
  it("creates with 200 (not 201), including an empty draft", async () => {
    const res = await mail("POST", "/drafts", { body: { message: { raw: raw("Hello") } } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{16}_[0-9a-f]{16}_001$/), message: { labelIds: ["DRAFT"] } });
    const empty = await mail("POST", "/drafts");
    expect(empty.status).toBe(200);
    const got = await mail("GET", `/drafts/${empty.body.id}`);
    expect(got.body.message).toMatchObject({ snippet: "", sizeEstimate: 0 });
  });

  it("returns the parsed message for each format", async () => {
    const { body } = await mail("POST", "/drafts", { body: { message: { raw: raw("Formats") } } });
    const full = (await mail("GET", `/drafts/${body.id}`)).body.message;
    expect(full.payload.headers).toEqual(expect.arrayContaining([{ name: "Subject", value: "Formats" }]));
    expect(Buffer.from(full.payload.body.data, "base64url").toString()).toBe("Body of Formats");
    expect(full.snippet).toBe("Body of Formats");
    const metadata = (await mail("GET", `/drafts/${body.id}`, { query: { format: "metadata" } })).body.message;
    expect(metadata.payload.headers.length).toBeGreaterThan(0);
    expect(metadata.payload).not.toHaveProperty("body");
    const rawFormat = (await mail("GET", `/drafts/${body.id}`, { query: { format: "raw" } })).body.message;
    expect(Buffer.from(rawFormat.raw, "base64url").toString()).toContain("Subject: Formats");
    expect(rawFormat).not.toHaveProperty("payload");
    const minimal = (await mail("GET", `/drafts/${body.id}`, { query: { format: "minimal" } })).body.message;
    expect(Object.keys(minimal).sort()).toEqual(["historyId", "id", "internalDate", "labelIds", "sizeEstimate", "snippet", "threadId"]);
    expect((await mail("GET", `/drafts/${body.id}`, { query: { format: "html" } })).status).toBe(400);
  });

  it("lists Gmail-style with maxResults, pageToken, resultSizeEstimate and q", async () => {
    const all = await mail("GET", "/drafts", { query: { maxResults: 500 } });
    const total = all.body.resultSizeEstimate;
    expect(all.body.drafts).toHaveLength(total);
    const first = await mail("GET", "/drafts", { query: { maxResults: 2 } });
    expect(first.body.drafts).toHaveLength(2);
    const second = await mail("GET", "/drafts", { query: { maxResults: 2, pageToken: first.body.nextPageToken } });
    expect(second.body.drafts[0].id).toBe(all.body.drafts[2].id);
    await mail("POST", "/drafts", { body: { message: { raw: raw("Quarterly numbers") } } });
    const found = await mail("GET", "/drafts", { query: { q: "subject:quarterly" } });
    expect(found.body.resultSizeEstimate).toBe(1);
    expect((await mail("GET", "/drafts", { query: { maxResults: 0 } })).status).toBe(400);
    expect((await mail("GET", "/drafts", { query: { pageToken: "garbage" } })).body).toEqual({ code: 400, message: "Invalid Request." });
  });

  it("replaces with PUT, deletes with 204, and answers 404 afterwards", async () => {
    const { body } = await mail("POST", "/drafts", { body: { message: { raw: raw("v1") } } });
    const put = await mail("PUT", `/drafts/${body.id}`, { body: { message: { raw: raw("v2") } } });
    expect(put.status).toBe(200);
    expect((await mail("GET", `/drafts/${body.id}`)).body.message.snippet).toBe("Body of v2");
    expect((await mail("PUT", `/drafts/${body.id}`, { body: {} })).status).toBe(400);
    expect((await mail("DELETE", `/drafts/${body.id}`)).status).toBe(204);
    const gone = await mail("GET", `/drafts/${body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ code: 404, message: "Not Found." });
  });

  it("sends a draft: it leaves the drafts and is filed as SENT", async () => {
    const { body } = await mail("POST", "/drafts", { body: { message: { raw: raw("Ship it") } } });
    const sent = await mail("POST", "/drafts/send", { body: { id: body.id } });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ id: body.message.id, threadId: body.message.threadId, labelIds: ["SENT"] });
    expect((await mail("GET", `/drafts/${body.id}`)).status).toBe(404);
    const mailbox = client.state.mailboxes[me.email.toLowerCase()];
    expect(mailbox.sent.find((m) => m.id === sent.body.id)?.labelIds).toEqual(["SENT"]);

    const noRecipient = await mail("POST", "/drafts");
    expect((await mail("POST", "/drafts/send", { body: { id: noRecipient.body.id } })).status).toBe(400);
    const withMessage = await mail("POST", "/drafts/send", { body: { id: noRecipient.body.id, message: { raw: raw("Filled in") } } });
    expect(withMessage.status).toBe(200);
    expect((await mail("POST", "/drafts/send", { body: {} })).status).toBe(400);
  });

  it("keeps members out of other mailboxes but lets an admin-level S2S token in", async () => {
    const other = client.state.users.find((u) => u.type === 2 && u.status === "active" && u.email !== me.email)!;
    const foreign = await client.api("GET", `/emails/mailboxes/${other.email}/drafts`, { token });
    expect(foreign.status).toBe(401);
    expect(foreign.body).toEqual({ code: 401, message: "Authorization Failure." });
    expect((await client.api("GET", `/emails/mailboxes/${other.email}/drafts`)).status).toBe(200);
    expect((await client.api("GET", "/emails/mailboxes/nobody@example.org/drafts")).body).toEqual({ code: 400, message: "Invalid Request." });
    expect((await client.api("GET", "/emails/mailboxes/nobody@example.org/drafts/x")).body).toEqual({ code: 404, message: "Not Found." });
  });
});

describe("settings", () => {
  it("replaces the vacation responder and fills both time forms", async () => {
    const start = Date.parse("2026-07-01T00:00:00Z");
    const res = await mail("PUT", "/settings/vacation", {
      body: { enableAutoReply: true, responseSubject: "Away", responseBodyHtml: '<p onclick="x()">Back soon<script>evil()</script></p>', startTime: String(start), endTimeISO: "2026-07-10T00:00:00Z" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      enableAutoReply: true,
      responseBodyHtml: "<p>Back soon</p>",
      startTimeISO: "2026-07-01T00:00:00.000Z",
      endTime: String(Date.parse("2026-07-10T00:00:00Z")),
      enableAlwaysRespond: false,
    });
    expect((await mail("GET", "/settings/vacation")).body).toEqual(res.body);
  });

  it("rejects a vacation body without enableAutoReply, with start after end, or enabled without text", async () => {
    for (const body of [
      { responseSubject: "x" },
      { enableAutoReply: false, startTime: "2000", endTime: "1000" },
      { enableAutoReply: true },
      { enableAutoReply: "yes" },
    ]) {
      const res = await mail("PUT", "/settings/vacation", { body });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 400, message: "Invalid Argument." });
    }
  });

  it("stores a canonical BCP 47 language and rejects malformed tags", async () => {
    expect((await mail("GET", "/settings/language")).body).toEqual({ language: "en-US" });
    expect((await mail("PUT", "/settings/language", { body: { language: "pt-br" } })).body).toEqual({ language: "pt-BR" });
    expect((await mail("GET", "/settings/language")).body).toEqual({ language: "pt-BR" });
    expect((await mail("PUT", "/settings/language", { body: { language: "not a tag!" } })).status).toBe(400);
    expect((await mail("PUT", "/settings/language", { body: {} })).status).toBe(400);
  });
});
