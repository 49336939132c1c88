/** Zoom's webinar objects as the dashboard reads them (hand-written; see meeting.ts). */
import type { ZoomOccurrence, ZoomRecurrence } from "@/lib/zoom/types/meeting";

/** 5 webinar, 6 recurring without fixed time, 9 recurring with fixed time. */
export type WebinarType = 5 | 6 | 9;

export type WebinarListType = "scheduled" | "upcoming";

export interface WebinarSettings {
  host_video?: boolean;
  panelists_video?: boolean;
  practice_session?: boolean;
  hd_video?: boolean;
  approval_type?: 0 | 1 | 2;
  registration_type?: 1 | 2 | 3;
  audio?: "both" | "telephony" | "voip" | "thirdParty";
  auto_recording?: "local" | "cloud" | "none";
  alternative_hosts?: string;
  on_demand?: boolean;
  question_and_answer?: { enable?: boolean };
  registrants_restrict_number?: number;
  panelists_invitation_email_notification?: boolean;
  [key: string]: unknown;
}

export interface ZoomWebinarSummary {
  id: number;
  uuid?: string;
  host_id: string;
  topic: string;
  type: WebinarType;
  start_time?: string;
  duration?: number;
  timezone?: string;
  agenda?: string;
  created_at?: string;
  join_url?: string;
  is_simulive?: boolean;
}

export interface ZoomWebinarList {
  next_page_token?: string;
  page_count?: number;
  page_number?: number;
  page_size?: number;
  total_records?: number;
  webinars?: ZoomWebinarSummary[];
}

export interface ZoomWebinar extends ZoomWebinarSummary {
  host_email?: string;
  start_url?: string;
  registration_url?: string;
  password?: string;
  occurrences?: ZoomOccurrence[];
  recurrence?: ZoomRecurrence;
  settings?: WebinarSettings;
  template_id?: string;
}
