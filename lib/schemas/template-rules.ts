/**
 * Template rules the forms need in the browser, kept free of zod so the schedule forms' first-load
 * JavaScript does not carry the schema library (it loads with the form's validation, later).
 */
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/**
 * Whether the API can schedule from this template: Zoom's meeting create takes only account-admin
 * templates (type 2) as `template_id` ("At this time, this field only accepts account admin meeting
 * template IDs"); a webinar's takes the host's own as well.
 */
export const schedulableTemplate = (kind: ScheduledKind, template: { type?: number }) => kind === "webinar" || template.type === 2;
