/**
 * Cloud recordings: the list filters, the actions and the ids the routes take. Shared by the
 * recordings page and the routes.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { isoDate, zoomIdOrEmail } from "@/lib/schemas/common";

/** The longest range one list asks for (Zoom keeps recordings about as long; windows are a month each). */
export const MAX_RANGE_DAYS = 366 * 2;

export const recordingListQuerySchema = z
  .object({
    userId: z.union([z.literal("me"), zoomIdOrEmail]).default("me"),
    from: isoDate,
    to: isoDate,
    trash: z.enum(["true", "false"]).default("false"),
  })
  .superRefine((value, ctx) => {
    const from = DateTime.fromISO(value.from);
    const to = DateTime.fromISO(value.to);
    if (to < from) ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date." });
    else if (to.diff(from, "days").days > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["from"], message: "Search at most two years at a time." });
  });
export type RecordingListQuery = z.infer<typeof recordingListQuerySchema>;

/**
 * A meeting instance's UUID is base64 and may hold `/` and `+` — and a `/` cannot travel in one path
 * segment (an encoded `%2F` is taken for a separator on the way). In the dashboard's paths it goes
 * base64url (`/` → `_`, `+` → `-`), which standard base64 never contains, so the way back is exact.
 */
export const recordingPathId = (uuid: string) => uuid.replace(/\//g, "_").replace(/\+/g, "-");

/** A UUID (base64 or base64url) or a numeric meeting id (its latest instance); parsed back to Zoom's UUID. */
export const recordingIdSchema = z
  .string()
  .regex(/^(\d{6,20}|[A-Za-z0-9+/=_-]{16,64})$/, "Not a recording id.")
  .transform((id) => id.replace(/_/g, "/").replace(/-/g, "+"));
export const recordingFileIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, "Not a recording file id.");

export const recordingParamsSchema = z.object({ recordingId: recordingIdSchema });
export const recordingFileParamsSchema = recordingParamsSchema.extend({ fileId: recordingFileIdSchema });

export const deleteActionQuerySchema = z.object({ action: z.enum(["trash", "delete"]).default("trash") });

/** Trash or delete many meetings' recordings: a background job with a result per meeting. */
export const recordingBulkSchema = z.object({
  action: z.enum(["trash", "delete"]),
  recordings: z.array(z.object({ uuid: recordingIdSchema, topic: z.string().max(300) })).min(1, "Select at least one recording.").max(1000),
});
export type RecordingBulk = z.infer<typeof recordingBulkSchema>;
