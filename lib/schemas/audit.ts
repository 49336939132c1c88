/** Input shapes of the audit log: list filters (shared by the page's form and the routes) and the retention setting. */
import { z } from "zod";

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

/** An action (`meeting.update`) or a family of them (`meeting.*`). */
const actionFilter = z.string().trim().max(200).regex(/^[\w .:/[\]*-]*$/, "Not an action name.");

export const auditListQuerySchema = z
  .object({
    actor: z.string().trim().max(64).regex(/^[\w-]*$/, "Not a member id.").optional(),
    action: actionFilter.optional(),
    /** A target id (exact) or part of its label (a topic, an email). */
    target: z.string().trim().max(200).optional(),
    /** Instants, not days: the browser turns the viewer's local dates into them. */
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** `all` shows Zoom's own events (accepted webhook deliveries) alongside, marked as such. */
    source: z.enum(["dashboard", "all"]).optional(),
    /** The previous page's `nextCursor`. */
    cursor: z.string().max(200).regex(/^[\w-]+$/, "Not a page cursor.").optional(),
    pageSize: z.coerce
      .number()
      .int()
      .refine((n) => (AUDIT_PAGE_SIZES as readonly number[]).includes(n), "Choose 25, 50 or 100 per page.")
      .optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), { path: ["to"], message: "The end is before the start." });
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3650;

export const auditRetentionSchema = z.object({
  days: z
    .number({ error: "Enter a number of days." })
    .int("Whole days only.")
    .min(MIN_RETENTION_DAYS, `Keep entries at least ${MIN_RETENTION_DAYS} days.`)
    .max(MAX_RETENTION_DAYS, `At most ${MAX_RETENTION_DAYS} days (ten years).`),
});
export type AuditRetentionInput = z.infer<typeof auditRetentionSchema>;
