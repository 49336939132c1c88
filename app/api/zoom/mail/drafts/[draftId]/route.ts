/** One draft: read it back as a structure, replace it, or delete it. */
import { route } from "@/lib/api/route";
import { MAIL_DRAFT_MAX_BODY_BYTES, draftParamsSchema, mailDraftSchema } from "@/lib/schemas/mail";
import { deleteDraftFor, draftFor, updateDraftFor } from "@/lib/services/mail";

export const GET = route({ access: "member", params: draftParamsSchema }, async ({ viewer, params }) => draftFor(viewer, params.draftId));

export const PUT = route({ access: "member", params: draftParamsSchema, body: mailDraftSchema, maxBodyBytes: MAIL_DRAFT_MAX_BODY_BYTES }, async ({ viewer, params, body }) =>
  updateDraftFor(viewer, params.draftId, body),
);

export const DELETE = route({ access: "member", params: draftParamsSchema }, async ({ viewer, params }) => {
  await deleteDraftFor(viewer, params.draftId);
});
