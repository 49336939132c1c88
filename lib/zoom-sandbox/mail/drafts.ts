/**
 * Zoom Mail drafts under `/emails/mailboxes/{email}/drafts`. Gmail-like: `raw` is the whole RFC 2822
 * message in base64url; create answers 200 (not 201); an empty draft is allowed; sending removes
 * the draft and files the message as SENT under the same message id.
 */
import { createHash } from "node:crypto";
import type { RouteContext } from "../types";
import { json, noContent } from "../http";
import { type Draft, type Mailbox, mailError, mailId, resolveMailbox, touch } from "./mailbox";
import { decodeRaw, snippetOf } from "./mime";
import { FORMATS, type Format, draftRef, partsOf, renderDraft } from "./render";
import { matches, parseQuery } from "./search";
import { deliver, recipientsOf } from "./delivery";
import { MAIL_MAX_MESSAGE_BYTES } from "./limits";

const DEFAULT_MAX_RESULTS = 50;
const MAX_RESULTS = 500;

/** `message.raw` from a body; undefined when absent, 400 when present but not base64url text. */
function rawOf(body: unknown, required: boolean): string | undefined {
  if (body === undefined || body === null) {
    if (required) throw mailError.invalidRequest();
    return undefined;
  }
  if (typeof body !== "object" || Array.isArray(body)) throw mailError.invalidRequest();
  const message = (body as { message?: unknown }).message;
  if (message === undefined || message === null) {
    if (required) throw mailError.invalidRequest();
    return undefined;
  }
  const raw = typeof message === "object" ? (message as { raw?: unknown }).raw : undefined;
  if (raw === undefined && !required) return "";
  const bytes = typeof raw === "string" ? decodeRaw(raw) : undefined;
  if (bytes === undefined) throw mailError.invalidRequest();
  if (bytes.length > MAIL_MAX_MESSAGE_BYTES) throw mailError.invalidRequest();
  return raw as string;
}

function findDraft(mailbox: Mailbox, id: string): Draft {
  const draft = mailbox.drafts.find((d) => d.id === id);
  if (!draft) throw mailError.notFound();
  return draft;
}

function pageToken(offset: number, key: string): string {
  return Buffer.from(`${offset}:${key}`).toString("base64url");
}

function pageOffset(token: string | null, key: string): number {
  if (!token) return 0;
  const [offset, tokenKey] = Buffer.from(token, "base64url").toString("utf8").split(":");
  if (tokenKey !== key || !/^\d+$/.test(offset ?? "")) throw mailError.invalidRequest();
  return Number(offset);
}

export function listDrafts(ctx: RouteContext): Response {
  const mailbox = resolveMailbox(ctx);
  const rawMax = ctx.query.get("maxResults");
  if (rawMax !== null && rawMax !== "" && !/^[1-9]\d*$/.test(rawMax)) throw mailError.invalidRequest();
  const max = Math.min(rawMax ? Number(rawMax) : DEFAULT_MAX_RESULTS, MAX_RESULTS);
  const includeSpamTrash = ctx.query.get("includeSpamTrash");
  if (includeSpamTrash !== null && includeSpamTrash !== "true" && includeSpamTrash !== "false") throw mailError.invalidRequest();
  const q = ctx.query.get("q") ?? "";
  const clauses = parseQuery(q);
  const found = mailbox.drafts
    .filter((draft) => {
      if (!clauses.length) return true;
      const { payload } = partsOf(draft);
      return matches(clauses, { headers: payload.headers, snippet: snippetOf(payload), labelIds: draft.labelIds });
    })
    .sort((a, b) => Number(b.internalDate) - Number(a.internalDate) || b.id.localeCompare(a.id));
  const key = createHash("sha256").update(`${mailbox.email}\n${q}`).digest("base64url").slice(0, 12);
  const offset = pageOffset(ctx.query.get("pageToken"), key);
  const page = found.slice(offset, offset + max);
  const next = offset + page.length < found.length ? pageToken(offset + page.length, key) : undefined;
  return json(200, {
    drafts: page.map((d) => ({ id: d.id, message: { id: d.messageId, threadId: d.threadId } })),
    ...(next ? { nextPageToken: next } : {}),
    resultSizeEstimate: found.length,
  });
}

export function createDraft(ctx: RouteContext): Response {
  const mailbox = resolveMailbox(ctx);
  const raw = rawOf(ctx.body, false) ?? "";
  const now = ctx.now().getTime();
  const id = mailId(ctx, now);
  const draft: Draft = {
    id,
    messageId: id,
    threadId: mailId(ctx, now),
    raw,
    internalDate: String(now),
    labelIds: ["DRAFT"],
    historyId: touch(mailbox),
  };
  mailbox.drafts.push(draft);
  return json(200, draftRef(draft));
}

export function getDraft(ctx: RouteContext): Response {
  const mailbox = resolveMailbox(ctx, "not-found");
  const format = (ctx.query.get("format") || "full").toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw mailError.invalidRequest();
  return json(200, renderDraft(findDraft(mailbox, ctx.params.draftId), format as Format));
}

export function updateDraft(ctx: RouteContext): Response {
  const mailbox = resolveMailbox(ctx, "not-found");
  const draft = findDraft(mailbox, ctx.params.draftId);
  const raw = rawOf(ctx.body, true)!;
  draft.raw = raw;
  draft.internalDate = String(ctx.now().getTime());
  draft.historyId = touch(mailbox);
  return json(200, draftRef(draft));
}

export function deleteDraft(ctx: RouteContext): Response {
  const mailbox = resolveMailbox(ctx, "not-found");
  const draft = findDraft(mailbox, ctx.params.draftId);
  mailbox.drafts = mailbox.drafts.filter((d) => d !== draft);
  touch(mailbox);
  return noContent(204);
}

/**
 * `POST …/drafts/send` `{id, message?}`: a given `message` replaces the draft's content first. The
 * message is filed as SENT under the draft's message id and delivered to recipients' sandbox mailboxes.
 */
export async function sendDraft(ctx: RouteContext): Promise<Response> {
  const mailbox = resolveMailbox(ctx, "not-found");
  const body = ctx.body;
  if (!body || typeof body !== "object" || Array.isArray(body)) throw mailError.invalidRequest();
  const id = (body as { id?: unknown }).id;
  if (typeof id !== "string" || id === "") throw mailError.invalidRequest();
  const draft = findDraft(mailbox, id);
  const raw = rawOf(body, false) || draft.raw;
  const bytes = decodeRaw(raw) ?? Buffer.alloc(0);
  const recipients = await recipientsOf(bytes);
  // A message without any recipient cannot be sent.
  if (!recipients.length) throw mailError.invalidRequest();
  // The draft may have been deleted or sent while the message was parsed.
  if (!mailbox.drafts.includes(draft)) throw mailError.notFound();
  mailbox.drafts = mailbox.drafts.filter((d) => d !== draft);
  const sent = {
    id: draft.messageId,
    threadId: draft.threadId,
    raw,
    internalDate: String(ctx.now().getTime()),
    labelIds: ["SENT"],
    historyId: touch(mailbox),
  };
  mailbox.sent.push(sent);
  deliver(ctx, bytes, recipients);
  return json(200, { id: sent.id, threadId: sent.threadId, labelIds: sent.labelIds });
}
