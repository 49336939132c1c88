/**
 * Mailbox settings: `settings/vacation` (in Zoom's Mail document) and `settings/language`
 * (NOT in the document: a sandbox assumption, `{language}` as a BCP 47 tag; see SANDBOX.md).
 */
import type { RouteContext } from "../types";
import { json } from "../http";
import { mailError, resolveMailbox, touch } from "./mailbox";

const BOOLEAN_FIELDS = ["enableAutoReply", "enableAlwaysRespond", "restrictToContacts", "restrictToDomain"] as const;
const TEXT_FIELDS = ["responseSubject", "responseBodyPlainText", "responseBodyHtml"] as const;

export function getVacation(ctx: RouteContext): Response {
  return json(200, resolveMailbox(ctx).vacation);
}

/** Zoom says it sanitizes HTML before storing it; the sandbox drops scripts, handlers and `javascript:`. */
export function sanitizeHtml(html: string): string {
  return html
    .replace(/<(script|style|iframe|object|embed)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<(script|iframe|object|embed)\b[^>]*\/?>/gi, "")
    .replace(/\s+on\w+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "")
    .replace(/(href|src)\s*=\s*(["']?)\s*javascript:[^"'\s>]*\2/gi, '$1="#"');
}

/** One boundary given as epoch milliseconds (`startTime`) and/or ISO-8601 (`startTimeISO`); both must agree. */
function boundary(body: Record<string, unknown>, name: "start" | "end"): number | undefined {
  const ms = body[`${name}Time`];
  const iso = body[`${name}TimeISO`];
  let fromMs: number | undefined;
  let fromIso: number | undefined;
  if (ms !== undefined && ms !== null && ms !== "") {
    if (!(typeof ms === "string" && /^\d+$/.test(ms)) && !(typeof ms === "number" && Number.isInteger(ms) && ms >= 0)) {
      throw mailError.invalidArgument();
    }
    fromMs = Number(ms);
  }
  if (iso !== undefined && iso !== null && iso !== "") {
    const parsed = typeof iso === "string" && /^\d{4}-\d{2}-\d{2}T/.test(iso) ? Date.parse(iso) : NaN;
    if (Number.isNaN(parsed)) throw mailError.invalidArgument();
    fromIso = parsed;
  }
  if (fromMs !== undefined && fromIso !== undefined && fromMs !== fromIso) throw mailError.invalidArgument();
  return fromMs ?? fromIso;
}

/** `PUT …/settings/vacation`: replaces the whole setting; `enableAutoReply` is required. */
export function updateVacation(ctx: RouteContext): Response {
  const mailbox = resolveMailbox(ctx);
  const body = ctx.body;
  if (!body || typeof body !== "object" || Array.isArray(body)) throw mailError.invalidArgument();
  const input = body as Record<string, unknown>;
  if (typeof input.enableAutoReply !== "boolean") throw mailError.invalidArgument();
  for (const f of BOOLEAN_FIELDS) if (input[f] !== undefined && typeof input[f] !== "boolean") throw mailError.invalidArgument();
  for (const f of TEXT_FIELDS) if (input[f] !== undefined && typeof input[f] !== "string") throw mailError.invalidArgument();
  const start = boundary(input, "start");
  const end = boundary(input, "end");
  if (start !== undefined && end !== undefined && start >= end) throw mailError.invalidArgument();
  const subject = (input.responseSubject as string | undefined) ?? "";
  const plain = (input.responseBodyPlainText as string | undefined) ?? "";
  const html = sanitizeHtml((input.responseBodyHtml as string | undefined) ?? "");
  // "In order to enable auto-replies, either the response subject or the response body must exist."
  if (input.enableAutoReply && !subject.trim() && !plain.trim() && !html.trim()) throw mailError.invalidArgument();

  const vacation: Record<string, unknown> = {
    enableAutoReply: input.enableAutoReply,
    responseSubject: subject,
    responseBodyPlainText: plain,
    responseBodyHtml: html,
    enableAlwaysRespond: input.enableAlwaysRespond ?? false,
    restrictToContacts: input.restrictToContacts ?? false,
    restrictToDomain: input.restrictToDomain ?? false,
  };
  if (start !== undefined) Object.assign(vacation, { startTime: String(start), startTimeISO: new Date(start).toISOString() });
  if (end !== undefined) Object.assign(vacation, { endTime: String(end), endTimeISO: new Date(end).toISOString() });
  mailbox.vacation = vacation;
  touch(mailbox);
  return json(200, vacation);
}

export function getLanguage(ctx: RouteContext): Response {
  return json(200, resolveMailbox(ctx).language);
}

/** `PUT …/settings/language` `{language}`; the tag is stored in canonical BCP 47 form (`en-us` → `en-US`). */
export function updateLanguage(ctx: RouteContext): Response {
  const mailbox = resolveMailbox(ctx);
  const language = (ctx.body as { language?: unknown } | undefined)?.language;
  if (typeof language !== "string" || language.trim() === "") throw mailError.invalidArgument();
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(language);
  } catch {
    throw mailError.invalidArgument();
  }
  mailbox.language = { language: canonical };
  touch(mailbox);
  return json(200, mailbox.language);
}
