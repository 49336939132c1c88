/** Sends a draft (Zoom's drafts/send); a `draft` in the body is what the form holds now and is saved as part of the send. */
import { route } from "@/lib/api/route";
import { MAIL_DRAFT_MAX_BODY_BYTES, draftParamsSchema, mailSendSchema } from "@/lib/schemas/mail";
import { sendDraftFor } from "@/lib/services/mail";

export const POST = route({ access: "member", params: draftParamsSchema, body: mailSendSchema, maxBodyBytes: MAIL_DRAFT_MAX_BODY_BYTES }, async ({ viewer, params, body }) =>
  sendDraftFor(viewer, params.draftId, body?.draft),
);
