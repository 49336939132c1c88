/** The signed-in person's Zoom Mail drafts: one page (search, spam/trash toggle, page token), or a new draft. */
import { route } from "@/lib/api/route";
import { MAIL_DRAFT_MAX_BODY_BYTES, mailDraftSchema, mailListQuerySchema } from "@/lib/schemas/mail";
import { createDraftFor, draftListFor } from "@/lib/services/mail";

export const GET = route({ access: "member", query: mailListQuerySchema }, async ({ viewer, query }) => draftListFor(viewer, query));

export const POST = route({ access: "member", body: mailDraftSchema, maxBodyBytes: MAIL_DRAFT_MAX_BODY_BYTES }, async ({ viewer, body }) =>
  createDraftFor(viewer, body),
);
