/** Input shapes for Zoom Mail: drafts (structured, the server builds the MIME), list query, vacation responder, language. */
import { z } from "zod";

/** Attachments of one draft together, before encoding; the form shows it. Zoom's own message limit is larger (25 MB assumed). */
export const MAIL_ATTACHMENTS_MAX_BYTES = 10 * 1024 * 1024;
export const MAIL_ATTACHMENTS_MAX_COUNT = 20;
/** A draft request carries its attachments as base64 (4/3) plus the bodies: room for both. */
export const MAIL_DRAFT_MAX_BODY_BYTES = Math.ceil((MAIL_ATTACHMENTS_MAX_BYTES * 4) / 3) + 3 * 1024 * 1024;
const MAX_RECIPIENTS = 100;
const MAX_BODY_CHARS = 1_000_000;

export const emailAddressSchema = z.string().trim().max(254).pipe(z.email({ message: "Enter a valid email address, like name@example.com." }));

/** Decoded size of a base64 string without decoding it. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
  return Math.floor((data.length * 3) / 4) - padding;
}

export const mailAttachmentSchema = z.object({
  name: z.string().trim().min(1, "An attachment needs a file name.").max(255),
  type: z.string().trim().regex(/^[\w.+-]+\/[\w.+-]+$/, "Unknown file type.").catch("application/octet-stream"),
  data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file content must be base64."),
});

const recipients = z.array(emailAddressSchema).max(MAX_RECIPIENTS, `At most ${MAX_RECIPIENTS} addresses.`).default([]);

export const mailDraftSchema = z
  .object({
    to: recipients,
    cc: recipients,
    bcc: recipients,
    subject: z.string().max(500, "Keep the subject under 500 characters.").default(""),
    html: z.string().max(MAX_BODY_CHARS).default(""),
    text: z.string().max(MAX_BODY_CHARS).default(""),
    attachments: z.array(mailAttachmentSchema).max(MAIL_ATTACHMENTS_MAX_COUNT, `At most ${MAIL_ATTACHMENTS_MAX_COUNT} attachments.`).default([]),
  })
  .superRefine((draft, ctx) => {
    const total = draft.attachments.reduce((sum, a) => sum + base64Bytes(a.data), 0);
    if (total > MAIL_ATTACHMENTS_MAX_BYTES) {
      ctx.addIssue({ code: "custom", path: ["attachments"], message: `Attachments may add up to ${MAIL_ATTACHMENTS_MAX_BYTES / 1024 / 1024} MB; these are ${(total / 1024 / 1024).toFixed(1)} MB.` });
    }
  });
export type MailDraftContent = z.output<typeof mailDraftSchema>;
export type MailDraftInput = z.input<typeof mailDraftSchema>;

/** A draft to send: it needs somebody to send it to. */
export const mailSendSchema = z.object({ draft: mailDraftSchema.optional() });

export const draftIdSchema = z.string().trim().min(1).max(200).regex(/^[\w.-]+$/, "Not a draft id.");
export const draftParamsSchema = z.object({ draftId: draftIdSchema });

export const MAIL_PAGE_SIZES = [10, 25, 50] as const;

export const mailListQuerySchema = z.object({
  q: z.string().trim().max(500).optional(),
  includeSpamTrash: z.enum(["true", "false"]).optional(),
  pageToken: z.string().max(2000).regex(/^[\w=-]*$/, "Not a page token.").optional(),
  maxResults: z.coerce.number().int().min(1).max(100).default(25),
});
export type MailListQuery = z.infer<typeof mailListQuerySchema>;

/** The vacation responder as the form edits it: times as ISO instants (the browser converts from the user's zone). */
export const vacationSchema = z
  .object({
    enableAutoReply: z.boolean(),
    responseSubject: z.string().max(500).default(""),
    responseBodyPlainText: z.string().max(20_000).default(""),
    startTime: z.iso.datetime({ offset: true }).nullable().default(null),
    endTime: z.iso.datetime({ offset: true }).nullable().default(null),
    enableAlwaysRespond: z.boolean().default(false),
    restrictToContacts: z.boolean().default(false),
    restrictToDomain: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.enableAutoReply && !v.responseSubject.trim() && !v.responseBodyPlainText.trim()) {
      ctx.addIssue({ code: "custom", path: ["responseBodyPlainText"], message: "Write a subject or a message to turn the responder on." });
    }
    if (v.startTime && v.endTime && Date.parse(v.startTime) >= Date.parse(v.endTime)) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "The end must be after the start." });
    }
  });
export type VacationInput = z.input<typeof vacationSchema>;
export type Vacation = z.output<typeof vacationSchema>;

/**
 * Zoom's client languages. `settings/language` is not in Zoom's Mail document (see SANDBOX.md), so
 * the list is the languages Zoom's apps offer, as BCP 47 tags.
 */
export const MAIL_LANGUAGES = [
  ["en-US", "English"],
  ["de-DE", "Deutsch"],
  ["es-ES", "Español"],
  ["fr-FR", "Français"],
  ["it-IT", "Italiano"],
  ["nl-NL", "Nederlands"],
  ["pl-PL", "Polski"],
  ["pt-PT", "Português"],
  ["ru-RU", "Русский"],
  ["sv-SE", "Svenska"],
  ["tr-TR", "Türkçe"],
  ["vi-VN", "Tiếng Việt"],
  ["id-ID", "Bahasa Indonesia"],
  ["ja-JP", "日本語"],
  ["ko-KR", "한국어"],
  ["zh-CN", "简体中文"],
  ["zh-TW", "繁體中文"],
] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number][0];
const languageTags = MAIL_LANGUAGES.map(([tag]) => tag) as [MailLanguage, ...MailLanguage[]];

export const languageSchema = z.object({ language: z.enum(languageTags, { message: "Choose one of the listed languages." }) });
export type LanguageInput = z.infer<typeof languageSchema>;
