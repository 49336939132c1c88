/** Template inputs: listing (which kind, whose) and "Save as template" from a meeting or webinar. */
import { z } from "zod";
import { zoomIdOrEmail } from "@/lib/schemas/common";

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
