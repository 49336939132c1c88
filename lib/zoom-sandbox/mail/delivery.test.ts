import { describe, expect, it } from "vitest";
import type { ContractEnv } from "../contract/env";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";
import { encodeRaw } from "./mime";
import { MAIL_MAX_MESSAGE_BYTES } from "./limits";

let client: SandboxClient;
let env: ContractEnv;
let token: string;
let me: { email: string };
let other: { email: string };

withContractSandbox(async (started) => {
  ({ client, env } = started);
  me = env.member();
  other = client.state.users.find((u) => u.type === 2 && u.status === "active" && u.email !== me.email && client.state.mailboxes[u.email.toLowerCase()])!;
  token = await client.userToken(me.email);
});

const mail = (method: string, path: string, body?: unknown) => client.api(method, `/emails/mailboxes/me${path}`, { body, token });

/** A message as a mail client writes it: RFC 2231 file name, encoded-word subject, 8bit and base64 parts. */
function mixed(to: string, bcc: string): string {
  const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x2d, 0x2d]);
  return [
    `From: Ada <${me.email}>`,
    `To: "Bö, Chen" <${to}>`,
    `Bcc: ${bcc}`,
    "Subject: =?UTF-8?B?UsOpc3Vtw6kg8J+agA==?=",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Grüße -- not a boundary",
    "--b1",
    "Content-Type: application/pdf",
    "Content-Disposition: attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%20v2.pdf",
    "Content-Transfer-Encoding: base64",
    "",
    pdf.toString("base64"),
    "--b1--",
    "",
  ].join("\r\n");
}

describe("format=full payload", () => {
  it("decodes RFC 2231 file names, encoded words and 8bit bodies byte for byte", async () => {
    const { body } = await mail("POST", "/drafts", { message: { raw: encodeRaw(Buffer.from(mixed(other.email, "x@example.org"), "utf8")) } });
    const { payload } = (await mail("GET", `/drafts/${body.id}?format=full`)).body.message;
    expect(payload.mimeType).toBe("multipart/mixed");
    expect(payload.headers).toEqual(expect.arrayContaining([{ name: "Subject", value: "Résumé 🚀" }]));
    const [text, pdf] = payload.parts;
    expect(text.partId).toBe("0");
    expect(Buffer.from(text.body.data, "base64url").toString("utf8")).toBe("Grüße -- not a boundary");
    expect(pdf).toMatchObject({ partId: "1", mimeType: "application/pdf", filename: "Résumé v2.pdf", body: { size: 11 } });
    expect([...Buffer.from(pdf.body.data, "base64url")]).toEqual([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x2d, 0x2d]);
  });
});

describe("sending delivers into sandbox mailboxes", () => {
  it("puts the message in the recipient's INBOX without the Bcc header; the control API reads it", async () => {
    const { body } = await mail("POST", "/drafts", { message: { raw: encodeRaw(Buffer.from(mixed(other.email, "hidden@example.org"), "utf8")) } });
    expect((await mail("POST", "/drafts/send", { id: body.id })).status).toBe(200);
    const inbox = await client.control("GET", `/mailboxes/${encodeURIComponent(other.email)}/messages?label=INBOX`);
    expect(inbox.status).toBe(200);
    const got = inbox.body.messages.find((m: { subject: string }) => m.subject === "Résumé 🚀");
    expect(got).toMatchObject({ labelIds: ["INBOX", "UNREAD"], from: `"Ada" <${me.email}>`, bcc: "", text: "Grüße -- not a boundary" });
    expect(got.to).toContain(other.email);
    expect(got.attachments).toEqual([expect.objectContaining({ filename: "Résumé v2.pdf", size: 11 })]);
    const sent = await client.control("GET", `/mailboxes/${encodeURIComponent(me.email)}/messages?label=SENT`);
    expect(sent.body.messages[0]).toMatchObject({ subject: "Résumé 🚀", bcc: "hidden@example.org" });
    expect((await client.control("GET", "/mailboxes/nobody%40example.org/messages")).status).toBe(404);
  });
});

describe("size limit", () => {
  it("refuses a message larger than the limit with 400 and accepts one just under it", async () => {
    const head = `From: ${me.email}\r\nTo: ${other.email}\r\nSubject: big\r\n\r\n`;
    const fill = (total: number) => encodeRaw(Buffer.concat([Buffer.from(head), Buffer.alloc(total - head.length, "a")]));
    const over = await mail("POST", "/drafts", { message: { raw: fill(MAIL_MAX_MESSAGE_BYTES + 1) } });
    expect(over.status).toBe(400);
    expect(over.body).toEqual({ code: 400, message: "Invalid Request." });
    const under = await mail("POST", "/drafts", { message: { raw: fill(MAIL_MAX_MESSAGE_BYTES) } });
    expect(under.status).toBe(200);
  });
});
