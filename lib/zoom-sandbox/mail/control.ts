/**
 * Control API for tests: `GET /_sandbox/mailboxes/{email}/messages[?label=INBOX|SENT]` — what a
 * mailbox holds outside its drafts, parsed with mailparser, so a test can prove that a sent draft
 * arrived with the right headers, bodies and attachments.
 */
import { createHash } from "node:crypto";
import { simpleParser, type AddressObject } from "mailparser";
import { json } from "../http";
import type { ControlContext, ControlRouteDef } from "../types";
import type { Mailbox } from "./mailbox";
import { decodeRaw } from "./mime";

const text = (field: AddressObject | AddressObject[] | undefined) => (Array.isArray(field) ? field.map((f) => f.text).join(", ") : (field?.text ?? ""));

async function view(message: { id: string; raw: string; labelIds: string[]; internalDate: string }) {
  const parsed = await simpleParser(decodeRaw(message.raw) ?? Buffer.alloc(0), { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  return {
    id: message.id,
    labelIds: message.labelIds,
    internalDate: message.internalDate,
    subject: parsed.subject ?? "",
    from: text(parsed.from),
    to: text(parsed.to),
    cc: text(parsed.cc),
    bcc: text(parsed.bcc),
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? "",
      contentType: a.contentType,
      size: a.content.length,
      sha256: createHash("sha256").update(a.content).digest("hex"),
    })),
  };
}

async function listMessages(ctx: ControlContext): Promise<Response> {
  const mailbox = ctx.state.mailboxes[ctx.params.email.toLowerCase()] as Mailbox | undefined;
  if (!mailbox) return json(404, { error: `No sandbox mailbox ${ctx.params.email}.` });
  const label = ctx.query.get("label");
  const all = [...(mailbox.inbox ?? []), ...mailbox.sent].filter((m) => !label || m.labelIds.includes(label.toUpperCase()));
  all.sort((a, b) => Number(b.internalDate) - Number(a.internalDate));
  return json(200, { email: mailbox.email, messages: await Promise.all(all.map(view)) });
}

export const mailControlRoutes: ControlRouteDef[] = [{ method: "GET", path: "/mailboxes/{email}/messages", handle: listMessages }];
