/** Template inputs: listing (which kind, whose) and "Save as template" from a meeting or webinar. */
import { z } from "zod";
import { zoomIdOrEmail } from "@/lib/schemas/common";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/**
 * Whether the API can schedule from this template: Zoom's meeting create takes only account-admin
 * templates (type 2) as `template_id` ("At this time, this field only accepts account admin meeting
 * template IDs"); a webinar's takes the host's own as well.
 */
export const schedulableTemplate = (kind: ScheduledKind, template: { type?: number }) => kind === "webinar" || template.type === 2;

export const templateListQuerySchema = z.object({
  kind: z.enum(["meeting", "webinar"]).default("meeting"),
  userId: z.union([z.literal("me"), zoomIdOrEmail]).default("me"),
});

export const saveAsTemplateSchema = z.object({
  name: z.string().trim().min(1, "Name the template.").max(64, "Keep template names under 64 characters."),
  /** Keep the series' recurrence in the template (recurring meetings only). */
  saveRecurrence: z.boolean(),
  /** Replace an existing template of the same name instead of failing. */
  overwrite: z.boolean(),
});

export type SaveAsTemplateInput = z.infer<typeof saveAsTemplateSchema>;
