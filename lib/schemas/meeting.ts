/**
 * A meeting's input shape: what the create/edit form holds and what `POST/PATCH /api/zoom/meetings…`
 * accept. lib/zoom/meeting-body.ts turns it into Zoom's body.
 */
import { z } from "zod";
import { meetingIdString, zoomIdOrEmail } from "@/lib/schemas/common";
import { scheduledSchemas, sharedSettingsFields } from "@/lib/schemas/scheduled";

export { TIMING_KEYS } from "@/lib/schemas/scheduled";

export const meetingSettingsSchema = z.object({
  waitingRoom: z.boolean(),
  joinBeforeHost: z.boolean(),
  /** Minutes before the start participants may join (0 = any time). */
  jbhTime: z.union([z.literal(0), z.literal(5), z.literal(10), z.literal(15)]),
  muteUponEntry: z.boolean(),
  hostVideo: z.boolean(),
  participantVideo: z.boolean(),
  ...sharedSettingsFields,
});

const meeting = scheduledSchemas(meetingSettingsSchema, "meeting");

export const meetingInputSchema = meeting.input;

export type MeetingInput = z.infer<typeof meetingInputSchema>;

export const meetingCreateSchema = meeting.create;

/** `PATCH` body: only what changed, like Zoom's own PATCH (see scheduledSchemas for why). */
export const meetingUpdateSchema = meeting.update;

export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

/** Editing one occurrence: Zoom changes only its start and length; everything else is the series'. */
export const occurrenceUpdateSchema = meeting.occurrenceUpdate;

export type OccurrenceUpdate = z.infer<typeof occurrenceUpdateSchema>;

export const meetingListQuerySchema = z.object({
  type: z.enum(["upcoming", "live", "previous_meetings", "scheduled"]).default("upcoming"),
  /** Whose meetings: `me` (default) or, for admins, any user of the account (id or email). */
  userId: z.union([z.literal("me"), zoomIdOrEmail]).default("me"),
  next_page_token: z.string().max(512).optional(),
  page_size: z.coerce.number().int().min(1).max(300).default(100),
});

export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

export const meetingParamsSchema = z.object({ meetingId: meetingIdString });

export const occurrenceParamsSchema = meetingParamsSchema.extend({
  occurrenceId: z.string().regex(/^\d{1,20}$/, "Occurrence ids are Zoom's numeric ids."),
});

export const meetingDeleteQuerySchema = z.object({
  /** Email the host / alternative hosts about the cancellation (`schedule_for_reminder`). */
  schedule_for_reminder: z.enum(["true", "false"]).optional(),
  /** Email registrants about the cancellation (`cancel_meeting_reminder`). */
  cancel_meeting_reminder: z.enum(["true", "false"]).optional(),
});
