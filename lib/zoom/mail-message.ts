/**
 * A draft as the dashboard edits it ⇄ the RFC 5322 message Zoom Mail stores (`raw`, base64url).
 * Built with nodemailer's MailComposer (encoded words for Unicode headers, RFC 2231 file names,
 * quoted-printable or base64 bodies wrapped under the 998-octet line limit) and read back with
 * mailparser, so what the browser sent is what it gets again — byte for byte for attachments.
 */
import "server-only";
import { simpleParser, type AddressObject } from "mailparser";
import MailComposer from "nodemailer/lib/mail-composer";
import sanitizeHtml from "sanitize-html";
import { stripInvisibleFormatting } from "@/lib/schemas/invisible-formatting";
import type { MailDraftContent } from "@/lib/schemas/mail";

export interface Sender {
  name: string;
  email: string;
}

/** The whole message as bytes; Bcc is kept, because a draft must remember it (a send strips it). */
export async function buildMessage(draft: MailDraftContent, from: Sender): Promise<Buffer> {
  const node = new MailComposer({
    from: { name: from.name, address: from.email },
    to: draft.to,
    cc: draft.cc,
    bcc: draft.bcc,
    subject: draft.subject,
    text: draft.text,
    html: draft.html || undefined,
    attachments: draft.attachments.map((a) => ({ filename: a.name, contentType: a.type, content: Buffer.from(a.data, "base64") })),
  }).compile();
  node.keepBcc = true;
  return node.build();
}

/** `buildMessage` as Zoom's `message.raw`. */
export async function buildRaw(draft: MailDraftContent, from: Sender): Promise<string> {
  return (await buildMessage(draft, from)).toString("base64url");
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const out: string[] = [];
  const walk = (entries: AddressObject["value"]) => {
    for (const entry of entries) {
      if (entry.address) out.push(entry.address);
      if (entry.group) walk(entry.group);
    }
  };
  for (const item of Array.isArray(field) ? field : field ? [field] : []) walk(item.value);
  return out;
}

/**
 * A draft's HTML as the editor may hold it. A draft can carry anyone's markup — a reply or forward
 * started in Zoom's own mail client quotes the other person's message — and the editor puts it into
 * the dashboard's page: only the editor's own formatting survives (paragraphs, line breaks, bold,
 * italic, lists, quotes, links to http/https/mailto), no styles, images, forms, meta refreshes or
 * other attributes; the text of anything dropped stays.
 */
export function editableHtml(html: string): string {
  return sanitizeHtml(stripInvisibleFormatting(html), {
    allowedTags: ["p", "div", "br", "span", "b", "strong", "i", "em", "u", "s", "ul", "ol", "li", "blockquote", "a"],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowProtocolRelative: false,
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "head"],
  });
}

/** Zoom's `raw` (base64url, as `format=raw` answers it) back into the structure the form edits. */
export async function parseRaw(raw: string): Promise<MailDraftContent> {
  if (!raw) return { to: [], cc: [], bcc: [], subject: "", html: "", text: "", attachments: [] };
  const parsed = await simpleParser(Buffer.from(raw, "base64url"), { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
  return {
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    bcc: addresses(parsed.bcc),
    subject: parsed.subject ?? "",
    html: typeof parsed.html === "string" ? editableHtml(parsed.html) : "",
    text: parsed.text ?? "",
    attachments: parsed.attachments.map((a) => ({ name: a.filename ?? "attachment", type: a.contentType, data: a.content.toString("base64") })),
  };
}
