/**
 * A webinar's input shape, shared by the webinar form and `POST/PATCH /api/zoom/webinars…`.
 * Webinar-only settings: panelist video, practice session, HD video, Q&A, on-demand, a cap on
 * registrants (Zoom: 0–20,000; 0 means no cap).
 */
import { z } from "zod";
import { meetingIdString, zoomIdOrEmail } from "@/lib/schemas/common";
import { alternativeHosts, approvalType, autoRecording, registrationType, scheduledSchemas } from "@/lib/schemas/scheduled";

export const webinarSettingsSchema = z.object({
  hostVideo: z.boolean(),
  panelistsVideo: z.boolean(),
  practiceSession: z.boolean(),
  hdVideo: z.boolean(),
  questionAndAnswer: z.boolean(),
  onDemand: z.boolean(),
  autoRecording,
  approvalType,
  registrationType,
  registrantsRestrictNumber: z
    .number({ error: "Enter a number (0 for no limit)." })
    .int("Use a whole number.")
    .min(0, "Use 0 for no limit.")
    .max(20000, "Zoom caps registrations at 20,000."),
  alternativeHosts,
});

const webinar = scheduledSchemas(webinarSettingsSchema, "webinar");

export const webinarInputSchema = webinar.input;

export type WebinarInput = z.infer<typeof webinarInputSchema>;

export const webinarCreateSchema = webinar.create;

/** `PATCH` body: only what changed (see scheduledSchemas for why timing travels together). */
export const webinarUpdateSchema = webinar.update;

export type WebinarUpdate = z.infer<typeof webinarUpdateSchema>;

export const webinarOccurrenceUpdateSchema = webinar.occurrenceUpdate;

export const webinarListQuerySchema = z.object({
  type: z.enum(["scheduled", "upcoming"]).default("upcoming"),
  userId: z.union([z.literal("me"), zoomIdOrEmail]).default("me"),
  next_page_token: z.string().max(512).optional(),
  page_size: z.coerce.number().int().min(1).max(300).default(100),
});

export const webinarParamsSchema = z.object({ webinarId: meetingIdString });

export const webinarOccurrenceParamsSchema = webinarParamsSchema.extend({
  occurrenceId: z.string().regex(/^\d{1,20}$/, "Occurrence ids are Zoom's numeric ids."),
});

export const webinarDeleteQuerySchema = z.object({
  /** Email registrants and panelists that the webinar was cancelled (`cancel_webinar_reminder`). */
  cancel_webinar_reminder: z.enum(["true", "false"]).optional(),
});
