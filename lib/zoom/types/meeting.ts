/**
 * Zoom's meeting objects as the dashboard reads them (hand-written from the Meetings API; only the
 * fields we use, all optional where Zoom omits them). The contract tests check the sandbox against
 * Zoom's OpenAPI documents, so these stay honest about the wire shape.
 */

/** 1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time, 10 screen share only. */
export type MeetingType = 1 | 2 | 3 | 4 | 8 | 10;

/** `GET /users/{userId}/meetings` list types. */
export type MeetingListType = "scheduled" | "live" | "upcoming" | "upcoming_meetings" | "previous_meetings";

export interface ZoomRecurrence {
  /** 1 daily, 2 weekly, 3 monthly. */
  type: 1 | 2 | 3;
  repeat_interval?: number;
  /** Comma-separated days, 1 = Sunday … 7 = Saturday. */
  weekly_days?: string;
  monthly_day?: number;
  /** -1 last, 1–4 first…fourth. */
  monthly_week?: -1 | 1 | 2 | 3 | 4;
  monthly_week_day?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  end_times?: number;
  end_date_time?: string;
}

export interface ZoomOccurrence {
  occurrence_id: string;
  start_time: string;
  duration: number;
  status?: "available" | "deleted";
}

export interface MeetingSettings {
  host_video?: boolean;
  participant_video?: boolean;
  join_before_host?: boolean;
  jbh_time?: 0 | 5 | 10 | 15;
  mute_upon_entry?: boolean;
  waiting_room?: boolean;
  /** 0 automatic, 1 manual, 2 no registration required. */
  approval_type?: 0 | 1 | 2;
  /** 1 once for all occurrences, 2 each occurrence, 3 once for one or more occurrences. */
  registration_type?: 1 | 2 | 3;
  audio?: "both" | "telephony" | "voip" | "thirdParty";
  auto_recording?: "local" | "cloud" | "none";
  alternative_hosts?: string;
  alternative_hosts_email_notification?: boolean;
  meeting_authentication?: boolean;
  use_pmi?: boolean;
  email_notification?: boolean;
  [key: string]: unknown;
}

/** One row of `GET /users/{userId}/meetings`. */
export interface ZoomMeetingSummary {
  id: number;
  uuid?: string;
  host_id: string;
  topic: string;
  type: MeetingType;
  start_time?: string;
  duration?: number;
  timezone?: string;
  agenda?: string;
  created_at?: string;
  join_url?: string;
  pmi?: string;
}

export interface ZoomMeetingList {
  next_page_token?: string;
  page_count?: number;
  page_number?: number;
  page_size?: number;
  total_records?: number;
  meetings?: ZoomMeetingSummary[];
}

/** `GET /meetings/{meetingId}` and the 201 of `POST /users/{userId}/meetings`. */
export interface ZoomMeeting extends ZoomMeetingSummary {
  host_email?: string;
  assistant_id?: string;
  status?: "waiting" | "started";
  start_url?: string;
  registration_url?: string;
  password?: string;
  encrypted_password?: string;
  h323_password?: string;
  pstn_password?: string;
  occurrences?: ZoomOccurrence[];
  recurrence?: ZoomRecurrence;
  settings?: MeetingSettings;
  template_id?: string;
  pre_schedule?: boolean;
  tracking_fields?: { field: string; value?: string }[];
  creation_source?: "other" | "open_api" | "web_portal";
}
