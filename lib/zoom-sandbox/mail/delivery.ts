/**
 * What `drafts/send` does beyond filing the SENT copy: every To/Cc/Bcc address that names a sandbox
 * mailbox receives the message in its INBOX (so tests can prove a send end to end), without the Bcc
 * header, as a mail server would deliver it. Addresses outside the sandbox go nowhere.
 */
import { simpleParser, type AddressObject } from "mailparser";
import type { RouteContext } from "../types";
import { type Mailbox, mailId, touch } from "./mailbox";

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  const out: string[] = [];
  const walk = (entries: AddressObject["value"]) => {
    for (const entry of entries) {
      if (entry.address) out.push(entry.address.toLowerCase());
      if (entry.group) walk(entry.group);
    }
  };
  for (const item of list) walk(item.value);
  return out;
}

/** Every recipient address of a message (To, Cc and Bcc), lower-cased, each once. */
export async function recipientsOf(bytes: Buffer): Promise<string[]> {
  const parsed = await simpleParser(bytes, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
  return [...new Set([...addresses(parsed.to), ...addresses(parsed.cc), ...addresses(parsed.bcc)])];
}

/** The message without its Bcc header field (and that field's folded continuation lines). */
export function withoutBcc(bytes: Buffer): Buffer {
  const text = bytes.toString("latin1");
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const rest = end ? text.slice(end.index) : "";
  const kept = head.replace(/(^|\r?\n)Bcc:[^\r\n]*(\r?\n[ \t][^\r\n]*)*/gi, "").replace(/^\r?\n/, "");
  return Buffer.from(kept + rest, "latin1");
}

export function deliver(ctx: RouteContext, bytes: Buffer, recipients: string[]): string[] {
  const delivered: string[] = [];
  const copy = withoutBcc(bytes).toString("base64url");
  const now = ctx.now().getTime();
  for (const address of recipients) {
    const target = ctx.state.mailboxes[address] as Mailbox | undefined;
    if (!target) continue;
    target.inbox ??= [];
    target.inbox.push({ id: mailId(ctx, now), threadId: mailId(ctx, now), raw: copy, internalDate: String(now), labelIds: ["INBOX", "UNREAD"], historyId: touch(target) });
    delivered.push(address);
  }
  return delivered;
}
