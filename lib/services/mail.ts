/**
 * Zoom Mail for the signed-in person: their own mailbox (`me`) through their own user-level
 * connection — admins too, since the mailbox is personal. The browser sends and receives drafts as
 * structures; MIME is built and read here (lib/zoom/mail-message.ts).
 */
import "server-only";
import { convert } from "html-to-text";
import { mailAccess, missingMailScopesMessage, MAIL_PREREQUISITES } from "@/lib/schemas/mail-scopes";
import { zoomContextFor } from "@/lib/auth/zoom-context";
import type { Viewer } from "@/lib/auth/viewer-type";
import { ApiError } from "@/lib/errors/api-error";
import { zoomErrorToApiError } from "@/lib/errors/from-zoom";
import type { LanguageInput, MailDraftContent, MailListQuery, Vacation } from "@/lib/schemas/mail";
import type { ZoomContext } from "@/lib/zoom/context";
import { mapLimit } from "@/lib/zoom/home";
import * as zoomMail from "@/lib/zoom/mail";
import { buildRaw, parseRaw } from "@/lib/zoom/mail-message";
import type { DraftDetail, DraftList, DraftRow, ZoomMailHeader, ZoomMailPart, ZoomVacation } from "@/lib/zoom/types/mail";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";

const ME = "me";

async function mailContext(viewer: Viewer, need: "read" | "write"): Promise<ZoomContext> {
  const ctx = await zoomContextFor(viewer, "user");
  const access = mailAccess(ctx.scopes);
  if (!access[need]) throw new ApiError("forbidden", missingMailScopesMessage(access.missing));
  return ctx;
}

/**
 * Zoom answers an address without a provisioned mailbox with Mail's own 400 "Invalid Request." or
 * 404: say what that means. Other 400s (4711, missing scopes) keep their own meaning.
 */
function mailboxMissing(error: unknown): never {
  if (error instanceof ZoomApiError && (error.status === 404 || (error.status === 400 && error.code === 400))) {
    const base = zoomErrorToApiError(error);
    throw new ApiError("not_found", `Zoom has no mailbox for you (${base.message}). ${MAIL_PREREQUISITES}`, { zoom: base.extra.zoom });
  }
  throw error;
}

const header = (headers: ZoomMailHeader[] | undefined, name: string) => headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value ?? "";
const hasFile = (part: ZoomMailPart | undefined): boolean => !!part && (!!part.filename || (part.parts ?? []).some(hasFile));
const isoOf = (ms: string | undefined) => (ms && /^\d+$/.test(ms) ? new Date(Number(ms)).toISOString() : null);
const splitAddresses = (value: string) => value.split(",").map((s) => s.trim()).filter(Boolean);

export async function draftListFor(viewer: Viewer, query: MailListQuery): Promise<DraftList> {
  const ctx = await mailContext(viewer, "read");
  const params = { q: query.q || undefined, includeSpamTrash: query.includeSpamTrash === "true" ? true : undefined, pageToken: query.pageToken, maxResults: query.maxResults };
  const page = await zoomMail.listDrafts(ctx, ME, params).catch((error) => (query.q || query.pageToken ? Promise.reject(error) : mailboxMissing(error)));
  // The list has ids only; a row needs the headers (Gmail clients do the same).
  const rows = await mapLimit(page.drafts ?? [], 6, async (ref): Promise<DraftRow | null> => {
    try {
      const { message } = await zoomMail.getDraft(ctx, ME, ref.id, "metadata");
      const headers = message.payload?.headers;
      return {
        id: ref.id,
        subject: header(headers, "Subject"),
        recipients: ["To", "Cc", "Bcc"].flatMap((name) => splitAddresses(header(headers, name))),
        snippet: message.snippet ?? "",
        updatedAt: isoOf(message.internalDate),
        hasAttachments: hasFile(message.payload),
      };
    } catch (error) {
      // Deleted between the list and the read (another tab, Zoom's own client): not a row any more.
      if (error instanceof ZoomApiError && error.status === 404) return null;
      throw error;
    }
  });
  return { drafts: rows.filter((r): r is DraftRow => r !== null), nextPageToken: page.nextPageToken ?? null, resultSizeEstimate: page.resultSizeEstimate ?? 0 };
}

export async function draftFor(viewer: Viewer, id: string): Promise<DraftDetail> {
  const ctx = await mailContext(viewer, "read");
  const draft = await zoomMail.getDraft(ctx, ME, id, "raw");
  return { id: draft.id, updatedAt: isoOf(draft.message.internalDate), content: await parseRaw(draft.message.raw ?? "") };
}

const sender = (viewer: Viewer) => ({ name: viewer.name, email: viewer.email });

export async function createDraftFor(viewer: Viewer, content: MailDraftContent): Promise<{ id: string }> {
  const ctx = await mailContext(viewer, "write");
  const ref = await zoomMail.createDraft(ctx, ME, await buildRaw(content, sender(viewer))).catch(mailboxMissing);
  return { id: ref.id };
}

export async function updateDraftFor(viewer: Viewer, id: string, content: MailDraftContent): Promise<{ id: string }> {
  const ctx = await mailContext(viewer, "write");
  const ref = await zoomMail.updateDraft(ctx, ME, id, await buildRaw(content, sender(viewer)));
  return { id: ref.id };
}

export async function deleteDraftFor(viewer: Viewer, id: string): Promise<void> {
  const ctx = await mailContext(viewer, "write");
  await zoomMail.deleteDraft(ctx, ME, id);
}

const noRecipient = () =>
  new ApiError("validation_failed", "Add at least one recipient (To, Cc or Bcc) before sending.", { fields: [{ field: "to", message: "Add at least one recipient." }] });

/** Sends the draft; with `content`, Zoom first replaces the draft with it (one call, nothing typed is lost). */
export async function sendDraftFor(viewer: Viewer, id: string, content?: MailDraftContent): Promise<{ messageId: string }> {
  const ctx = await mailContext(viewer, "write");
  const current = content ?? (await parseRaw((await zoomMail.getDraft(ctx, ME, id, "raw")).message.raw ?? ""));
  if (!current.to.length && !current.cc.length && !current.bcc.length) throw noRecipient();
  const sent = await zoomMail.sendDraft(ctx, ME, id, content ? await buildRaw(content, sender(viewer)) : undefined);
  return { messageId: sent.id };
}

function toVacation(v: ZoomVacation): Vacation {
  const instant = (iso: string | undefined, ms: string | undefined) => (iso ? new Date(iso).toISOString() : isoOf(ms));
  return {
    enableAutoReply: v.enableAutoReply,
    responseSubject: v.responseSubject ?? "",
    // The form edits plain text; an HTML-only responder set elsewhere shows as its text (paragraphs
    // and line breaks kept, entities decoded).
    responseBodyPlainText: v.responseBodyPlainText || htmlAsText(v.responseBodyHtml ?? ""),
    startTime: instant(v.startTimeISO, v.startTime),
    endTime: instant(v.endTimeISO, v.endTime),
    enableAlwaysRespond: v.enableAlwaysRespond ?? false,
    restrictToContacts: v.restrictToContacts ?? false,
    restrictToDomain: v.restrictToDomain ?? false,
  };
}

export async function vacationFor(viewer: Viewer): Promise<Vacation> {
  const ctx = await mailContext(viewer, "read");
  return toVacation(await zoomMail.getVacation(ctx, ME).catch(mailboxMissing));
}

const htmlAsText = (html: string) => (html ? convert(html, { wordwrap: false, selectors: [{ selector: "a", options: { hideLinkHrefIfSameAsText: true } }] }).trim() : "");

export async function updateVacationFor(viewer: Viewer, input: Vacation): Promise<Vacation> {
  const ctx = await mailContext(viewer, "write");
  // Zoom's PUT replaces the whole setting, and the form edits only plain text: a formatted reply set
  // in Zoom Mail keeps its HTML as long as its text was not changed here (turning the responder off
  // and on again, moving the dates).
  const current = await zoomMail.getVacation(ctx, ME).catch(() => null);
  const keepHtml = current?.responseBodyHtml && input.responseBodyPlainText === toVacation(current).responseBodyPlainText ? current.responseBodyHtml : undefined;
  const at = (iso: string | null) => (iso ? { ms: String(Date.parse(iso)), iso: new Date(iso).toISOString() } : null);
  const start = at(input.startTime);
  const end = at(input.endTime);
  const body: ZoomVacation = {
    enableAutoReply: input.enableAutoReply,
    responseSubject: input.responseSubject,
    responseBodyPlainText: input.responseBodyPlainText,
    ...(keepHtml ? { responseBodyHtml: keepHtml } : {}),
    enableAlwaysRespond: input.enableAlwaysRespond,
    restrictToContacts: input.restrictToContacts,
    restrictToDomain: input.restrictToDomain,
    ...(start ? { startTime: start.ms, startTimeISO: start.iso } : {}),
    ...(end ? { endTime: end.ms, endTimeISO: end.iso } : {}),
  };
  return toVacation(await zoomMail.updateVacation(ctx, ME, body).catch(mailboxMissing));
}

/**
 * `settings/language` is not in Zoom's published Mail API (see SANDBOX.md): a 404 there most likely
 * means Zoom does not offer it to this app, not that the mailbox is missing — say that instead.
 */
function languageUnavailable(error: unknown): never {
  if (error instanceof ZoomApiError && error.status === 404) {
    const base = zoomErrorToApiError(error);
    throw new ApiError("not_found", `Zoom does not let this app read or change the Mail language (${base.message}). Change it in Zoom Mail's own settings.`, { zoom: base.extra.zoom });
  }
  return mailboxMissing(error);
}

export async function languageFor(viewer: Viewer): Promise<{ language: string }> {
  const ctx = await mailContext(viewer, "read");
  return zoomMail.getLanguage(ctx, ME).catch(languageUnavailable);
}

export async function updateLanguageFor(viewer: Viewer, input: LanguageInput): Promise<{ language: string }> {
  const ctx = await mailContext(viewer, "write");
  return zoomMail.updateLanguage(ctx, ME, input.language).catch(languageUnavailable);
}
