/**
 * A meeting's input shape: what the create/edit form holds and what `POST/PATCH /api/zoom/meetings…`
 * accept. lib/zoom/meetings.ts turns it into Zoom's body. Limits are Zoom's (Meetings API):
 * topic ≤ 200, agenda ≤ 2000, duration 1–1440 minutes, passcode ≤ 10.
 */
import { z } from "zod";
import { recurrenceSchema } from "@/lib/schemas/recurrence";
import { isoDate, localTime, localToInstant, meetingIdString, timeZone, zoomIdOrEmail } from "@/lib/schemas/common";

/** Zoom's meeting passcode characters: letters, digits and `@ - _ *`. */
const passcode = z
  .string()
  .max(10, "Zoom passcodes are at most 10 characters.")
  .regex(/^[A-Za-z0-9@\-_*]*$/, "Use letters, numbers and @ - _ * only.");

const email = z.email("Enter a valid email address.");

export const meetingSettingsSchema = z.object({
  waitingRoom: z.boolean(),
  joinBeforeHost: z.boolean(),
  /** Minutes before the start participants may join (0 = any time). */
  jbhTime: z.union([z.literal(0), z.literal(5), z.literal(10), z.literal(15)]),
  muteUponEntry: z.boolean(),
  hostVideo: z.boolean(),
  participantVideo: z.boolean(),
  autoRecording: z.enum(["none", "local", "cloud"]),
  /** 0 approve automatically, 1 approve manually, 2 no registration. */
  approvalType: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  /** 1 register once for all, 2 each occurrence, 3 choose occurrences (recurring only). */
  registrationType: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  alternativeHosts: z.array(email).max(50, "Zoom allows at most 50 alternative hosts."),
});

export const meetingInputSchema = z
  .object({
    topic: z.string().trim().min(1, "Give the meeting a topic.").max(200, "Zoom topics are at most 200 characters."),
    agenda: z.string().max(2000, "Zoom agendas are at most 2,000 characters."),
    startDate: isoDate,
    startTime: localTime,
    timezone: timeZone,
    duration: z
      .number({ error: "Enter the duration in minutes." })
      .int("Use whole minutes.")
      .min(1, "At least 1 minute.")
      .max(1440, "Zoom meetings last at most 24 hours (1,440 minutes)."),
    passcode,
    settings: meetingSettingsSchema,
    recurrence: recurrenceSchema.nullable(),
    /** Admins: the user (email or Zoom id) who will host; empty for the chosen host itself. */
    scheduleFor: z.union([zoomIdOrEmail, z.literal("")]),
    templateId: z.string().max(64),
  })
  .superRefine((value, ctx) => {
    if (value.settings.registrationType !== 1 && !value.recurrence && value.settings.approvalType !== 2) {
      ctx.addIssue({ code: "custom", path: ["settings", "registrationType"], message: "Per-occurrence registration needs a recurring meeting." });
    }
  });

export type MeetingInput = z.infer<typeof meetingInputSchema>;

/**
 * A new meeting must start in the future: Zoom silently moves a past start to "now", which is
 * never what someone filling in a date meant.
 */
export const meetingCreateSchema = meetingInputSchema.superRefine((value, ctx) => {
  const start = localToInstant(value.startDate, value.startTime, value.timezone);
  if (start.isValid && start.toMillis() < Date.now() - 60_000) {
    ctx.addIssue({ code: "custom", path: ["startTime"], message: "This time has already passed; pick a time in the future." });
  }
});

/** Editing one occurrence: Zoom changes only its time, length and settings, not the series pattern. */
export const occurrenceQuerySchema = z.object({
  occurrence_id: z.string().regex(/^\d{1,20}$/, "occurrence_id is Zoom's numeric occurrence id.").optional(),
});

export const meetingListQuerySchema = z.object({
  type: z.enum(["upcoming", "live", "previous_meetings", "scheduled"]).default("upcoming"),
  /** Whose meetings: `me` (default) or, for admins, any user of the account (id or email). */
  userId: z.union([z.literal("me"), zoomIdOrEmail]).default("me"),
  next_page_token: z.string().max(512).optional(),
  page_size: z.coerce.number().int().min(1).max(300).default(100),
});

export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

export const meetingParamsSchema = z.object({ meetingId: meetingIdString });

export const meetingDeleteQuerySchema = z.object({
  occurrence_id: occurrenceQuerySchema.shape.occurrence_id,
  /** Email the host / alternative hosts about the cancellation (`schedule_for_reminder`). */
  schedule_for_reminder: z.enum(["true", "false"]).optional(),
  /** Email registrants about the cancellation (`cancel_meeting_reminder`). */
  cancel_meeting_reminder: z.enum(["true", "false"]).optional(),
});

export const saveAsTemplateSchema = z.object({
  name: z.string().trim().min(1, "Name the template.").max(64, "Keep template names under 64 characters."),
  saveRecurrence: z.boolean(),
  overwrite: z.boolean(),
});

export type SaveAsTemplateInput = z.infer<typeof saveAsTemplateSchema>;
