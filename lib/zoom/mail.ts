/**
 * Zoom Mail operations (Mail API, `/emails/mailboxes/{email}/…`), one function per operation.
 * `settings/language` is not in Zoom's Mail document: its shape `{language}` is an assumption the
 * sandbox shares (SANDBOX.md). No viewers, roles or HTTP here.
 */
import { zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import type { ZoomDraft, ZoomDraftList, ZoomDraftRef, ZoomSentMessage, ZoomVacation } from "@/lib/zoom/types/mail";

const box = (mailbox: string) => `/emails/mailboxes/${encodeURIComponent(mailbox)}`;
const draftPath = (mailbox: string, id: string) => `${box(mailbox)}/drafts/${encodeURIComponent(id)}`;

export interface DraftListParams {
  q?: string;
  includeSpamTrash?: boolean;
  pageToken?: string;
  maxResults: number;
}

/** `GET …/drafts` (`list_draft_emails`): one page, Gmail-style. */
export async function listDrafts(ctx: ZoomContext, mailbox: string, params: DraftListParams): Promise<ZoomDraftList> {
  const { data } = await zoomFetch<ZoomDraftList>(ctx, `${box(mailbox)}/drafts`, {
    operation: "list_draft_emails",
    query: { q: params.q, includeSpamTrash: params.includeSpamTrash, pageToken: params.pageToken, maxResults: params.maxResults },
  });
  return data ?? {};
}

export type DraftFormat = "full" | "metadata" | "raw" | "minimal";

/** `GET …/drafts/{draftId}` (`get_draft_email`). */
export async function getDraft(ctx: ZoomContext, mailbox: string, id: string, format: DraftFormat): Promise<ZoomDraft> {
  const { data } = await zoomFetch<ZoomDraft>(ctx, draftPath(mailbox, id), { operation: "get_draft_email", query: { format } });
  return data;
}

/** `POST …/drafts` (`create_draft_email`, 200). */
export async function createDraft(ctx: ZoomContext, mailbox: string, raw: string): Promise<ZoomDraftRef> {
  const { data } = await zoomFetch<ZoomDraftRef>(ctx, `${box(mailbox)}/drafts`, { method: "POST", operation: "create_draft_email", body: { message: { raw } } });
  return data;
}

/** `PUT …/drafts/{draftId}` (`update_draft_email`): replaces the whole message. */
export async function updateDraft(ctx: ZoomContext, mailbox: string, id: string, raw: string): Promise<ZoomDraftRef> {
  const { data } = await zoomFetch<ZoomDraftRef>(ctx, draftPath(mailbox, id), { method: "PUT", operation: "update_draft_email", body: { message: { raw } } });
  return data;
}

/** `DELETE …/drafts/{draftId}` (`delete_draft_email`, 204). */
export async function deleteDraft(ctx: ZoomContext, mailbox: string, id: string): Promise<void> {
  await zoomFetch<void>(ctx, draftPath(mailbox, id), { method: "DELETE", operation: "delete_draft_email" });
}

/** `POST …/drafts/send` (`send_draft_email`): a given `raw` replaces the draft's content first. */
export async function sendDraft(ctx: ZoomContext, mailbox: string, id: string, raw?: string): Promise<ZoomSentMessage> {
  const { data } = await zoomFetch<ZoomSentMessage>(ctx, `${box(mailbox)}/drafts/send`, {
    method: "POST",
    operation: "send_draft_email",
    body: raw === undefined ? { id } : { id, message: { raw } },
  });
  return data;
}

/** `GET …/settings/vacation` (`get_mail_vacation_response_setting`). */
export async function getVacation(ctx: ZoomContext, mailbox: string): Promise<ZoomVacation> {
  const { data } = await zoomFetch<ZoomVacation>(ctx, `${box(mailbox)}/settings/vacation`, { operation: "get_mail_vacation_response_setting" });
  return data;
}

/** `PUT …/settings/vacation` (`update_mailbox_vacation_response_setting`): replaces the whole setting. */
export async function updateVacation(ctx: ZoomContext, mailbox: string, body: ZoomVacation): Promise<ZoomVacation> {
  const { data } = await zoomFetch<ZoomVacation>(ctx, `${box(mailbox)}/settings/vacation`, { method: "PUT", operation: "update_mailbox_vacation_response_setting", body });
  return data;
}

/** `GET …/settings/language` (not in Zoom's document; see the module comment). */
export async function getLanguage(ctx: ZoomContext, mailbox: string): Promise<{ language: string }> {
  const { data } = await zoomFetch<{ language: string }>(ctx, `${box(mailbox)}/settings/language`, { operation: "get_mailbox_language_setting" });
  return data;
}

export async function updateLanguage(ctx: ZoomContext, mailbox: string, language: string): Promise<{ language: string }> {
  const { data } = await zoomFetch<{ language: string }>(ctx, `${box(mailbox)}/settings/language`, { method: "PUT", operation: "update_mailbox_language_setting", body: { language } });
  return data;
}
