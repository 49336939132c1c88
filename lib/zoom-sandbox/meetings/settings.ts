/**
 * Default meeting and webinar settings, shaped like the objects Zoom returns (every value
 * within the enums of the API Hub schema), and the one-level merge Zoom applies on PATCH.
 */

const DIAL_IN_NUMBERS = [
  { country_name: "US", city: "New York", number: "+1 6465588656", type: "toll", country: "US" },
  { country_name: "US", city: "San Jose", number: "+1 6699006833", type: "toll", country: "US" },
  { country_name: "US", number: "+1 8887880099", type: "tollfree", country: "US" },
];

export function defaultMeetingSettings(): Record<string, unknown> {
  return {
    host_video: false,
    participant_video: false,
    cn_meeting: false,
    in_meeting: false,
    join_before_host: false,
    jbh_time: 0,
    mute_upon_entry: false,
    watermark: false,
    use_pmi: false,
    approval_type: 2,
    audio: "both",
    auto_recording: "none",
    enforce_login: false,
    enforce_login_domains: "",
    alternative_hosts: "",
    alternative_host_update_polls: false,
    close_registration: false,
    show_share_button: false,
    allow_multiple_devices: false,
    registrants_confirmation_email: true,
    waiting_room: true,
    request_permission_to_unmute_participants: false,
    global_dial_in_countries: ["US"],
    global_dial_in_numbers: DIAL_IN_NUMBERS.map((n) => ({ ...n })),
    registrants_email_notification: true,
    meeting_authentication: false,
    encryption_type: "enhanced_encryption",
    approved_or_denied_countries_or_regions: { enable: false },
    breakout_room: { enable: false },
    internal_meeting: false,
    continuous_meeting_chat: { enable: true, auto_add_invited_external_users: false, auto_add_meeting_participants: false },
    participant_focused_meeting: false,
    push_change_to_calendar: false,
    auto_start_meeting_summary: false,
    auto_start_ai_companion_questions: false,
    alternative_hosts_email_notification: true,
    show_join_info: false,
    device_testing: false,
    focus_mode: false,
    private_meeting: false,
    email_notification: true,
    host_save_video_order: false,
    sign_language_interpretation: { enable: false },
    language_interpretation: { enable: false },
    email_in_attendee_report: false,
    allow_host_control_participant_mute_state: false,
    disable_participant_video: false,
  };
}

export function defaultWebinarSettings(): Record<string, unknown> {
  return {
    host_video: true,
    panelists_video: true,
    approval_type: 2,
    registration_type: 1,
    audio: "both",
    auto_recording: "none",
    enforce_login: false,
    enforce_login_domains: "",
    alternative_hosts: "",
    alternative_host_update_polls: false,
    close_registration: false,
    show_share_button: true,
    allow_multiple_devices: true,
    practice_session: false,
    hd_video: false,
    hd_video_for_attendees: false,
    send_1080p_video_to_attendees: false,
    question_and_answer: {
      enable: true,
      allow_submit_questions: true,
      allow_anonymous_questions: true,
      answer_questions: "all",
      attendees_can_comment: true,
      attendees_can_upvote: true,
      allow_auto_reply: false,
    },
    registrants_confirmation_email: true,
    registrants_email_notification: true,
    registrants_restrict_number: 0,
    post_webinar_survey: false,
    on_demand: false,
    meeting_authentication: false,
    panelist_authentication: false,
    panelists_invitation_email_notification: true,
    contact_name: "",
    contact_email: "",
    email_language: "en-US",
    global_dial_in_countries: ["US"],
    global_dial_in_numbers: DIAL_IN_NUMBERS.map((n) => ({ ...n })),
    attendees_and_panelists_reminder_email_notification: { enable: true, type: 0 },
    follow_up_absentees_email_notification: { enable: false, type: 0 },
    follow_up_attendees_email_notification: { enable: false, type: 0 },
    language_interpretation: { enable: false },
    sign_language_interpretation: { enable: false },
    add_watermark: false,
    add_audio_watermark: false,
    enable_session_branding: false,
    request_permission_to_unmute_participants: false,
    allow_host_control_participant_mute_state: false,
    email_in_attendee_report: false,
    show_join_info: false,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Merges `patch` into `base`; nested objects (e.g. question_and_answer) merge one level deep. */
export function mergeSettings(base: Record<string, unknown>, patch: Record<string, unknown> | undefined): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? { ...(out[key] as object), ...value } : value;
  }
  return out;
}
