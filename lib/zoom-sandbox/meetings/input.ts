/**
 * Request-body shapes of meeting and webinar create/update, as the API Hub documents them.
 * Unknown keys are ignored (Zoom ignores them); known keys are type-checked so a bad value gets
 * Zoom's 300 "Validation Failed." naming the field.
 */
import { z } from "zod";

/** `repeat_interval` limits as Zoom documents them: meetings every ≤ 99 days / 50 weeks / 10 months, webinars ≤ 90 / 12 / 3. */
const MAX_INTERVAL = { meeting: [99, 50, 10], webinar: [90, 12, 3] } as const;

const recurrenceInputFor = (kind: keyof typeof MAX_INTERVAL) => z
  .object({
    type: z.literal([1, 2, 3]),
    repeat_interval: z.number().int().min(1).optional(),
    weekly_days: z.string().regex(/^\s*[1-7](\s*,\s*[1-7])*\s*$/).optional(),
    monthly_day: z.number().int().min(1).max(31).optional(),
    monthly_week: z.literal([-1, 1, 2, 3, 4]).optional(),
    monthly_week_day: z.number().int().min(1).max(7).optional(),
    end_times: z.number().int().min(1).max(60).optional(),
    end_date_time: z.string().optional(),
  })
  .superRefine((rec, ctx) => {
    const max = MAX_INTERVAL[kind][rec.type - 1]!;
    if (rec.repeat_interval !== undefined && rec.repeat_interval > max) {
      ctx.addIssue({ code: "custom", path: ["repeat_interval"], message: "Invalid field." });
    }
    if (rec.end_times !== undefined && rec.end_date_time !== undefined) {
      ctx.addIssue({ code: "custom", path: ["end_date_time"], message: "Cannot be used with end_times." });
    }
    if (rec.end_date_time !== undefined && Number.isNaN(Date.parse(rec.end_date_time))) {
      ctx.addIssue({ code: "custom", path: ["end_date_time"], message: "Invalid field." });
    }
    if ((rec.monthly_week === undefined) !== (rec.monthly_week_day === undefined)) {
      ctx.addIssue({ code: "custom", path: ["monthly_week_day"], message: "Invalid field." });
    }
  });

const trackingFields = z.array(z.object({ field: z.string(), value: z.string().optional() }).loose());

const commonSettings = {
  host_video: z.boolean().optional(),
  approval_type: z.literal([0, 1, 2]).optional(),
  registration_type: z.literal([1, 2, 3]).optional(),
  audio: z.enum(["both", "telephony", "voip", "thirdParty"]).optional(),
  auto_recording: z.enum(["local", "cloud", "none"]).optional(),
  alternative_hosts: z.string().optional(),
  enforce_login: z.boolean().optional(),
  enforce_login_domains: z.string().optional(),
  close_registration: z.boolean().optional(),
  meeting_authentication: z.boolean().optional(),
  contact_email: z.string().optional(),
  contact_name: z.string().optional(),
};

export const meetingSettingsInput = z.looseObject({
  ...commonSettings,
  participant_video: z.boolean().optional(),
  join_before_host: z.boolean().optional(),
  jbh_time: z.literal([0, 5, 10, 15]).optional(),
  mute_upon_entry: z.boolean().optional(),
  waiting_room: z.boolean().optional(),
  watermark: z.boolean().optional(),
  use_pmi: z.boolean().optional(),
  encryption_type: z.enum(["enhanced_encryption", "e2ee"]).optional(),
  meeting_invitees: z.array(z.object({ email: z.string() }).loose()).optional(),
});

export const webinarSettingsInput = z.looseObject({
  ...commonSettings,
  panelists_video: z.boolean().optional(),
  practice_session: z.boolean().optional(),
  hd_video: z.boolean().optional(),
  hd_video_for_attendees: z.boolean().optional(),
  send_1080p_video_to_attendees: z.boolean().optional(),
  on_demand: z.boolean().optional(),
  post_webinar_survey: z.boolean().optional(),
  registrants_restrict_number: z.number().int().min(0).max(20000).optional(),
});

const scheduleFields = {
  topic: z.string().max(200).optional(),
  start_time: z.string().optional(),
  duration: z.number().int().min(1).max(1440).optional(),
  timezone: z.string().optional(),
  password: z.string().max(10).optional(),
  agenda: z.string().max(2000).optional(),
  schedule_for: z.string().optional(),
  template_id: z.string().optional(),
  tracking_fields: trackingFields.optional(),
};

export const recurrenceInput = recurrenceInputFor("meeting");

export const meetingInput = z.object({
  ...scheduleFields,
  recurrence: recurrenceInput.optional(),
  type: z.literal([1, 2, 3, 8, 10]).optional(),
  default_password: z.boolean().optional(),
  pre_schedule: z.boolean().optional(),
  settings: meetingSettingsInput.optional(),
});

export const webinarInput = z.object({
  ...scheduleFields,
  recurrence: recurrenceInputFor("webinar").optional(),
  type: z.literal([5, 6, 9]).optional(),
  default_passcode: z.boolean().optional(),
  is_simulive: z.boolean().optional(),
  record_file_id: z.string().optional(),
  transition_to_live: z.boolean().optional(),
  settings: webinarSettingsInput.optional(),
});

export type RecurrenceInput = z.infer<typeof recurrenceInput>;
