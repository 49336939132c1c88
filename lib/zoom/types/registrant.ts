/**
 * Zoom's registrant objects (Meetings API: `meetingRegistrants`, `meetingRegistrantCreate` and
 * the webinar twins), only the fields the dashboard reads. Checked against the OpenAPI documents
 * through the sandbox's contract tests.
 */
import type { RegistrantStatus, RegistrationQuestions } from "@/lib/schemas/registrant";

export interface ZoomRegistrant {
  id: string;
  email: string;
  first_name: string;
  last_name?: string;
  address?: string;
  city?: string;
  country?: string;
  zip?: string;
  state?: string;
  phone?: string;
  industry?: string;
  org?: string;
  job_title?: string;
  purchasing_time_frame?: string;
  role_in_purchase_process?: string;
  no_of_employees?: string;
  comments?: string;
  custom_questions?: { title: string; value: string }[];
  status?: RegistrantStatus;
  create_time?: string;
  join_url?: string;
}

export interface ZoomRegistrantList {
  next_page_token?: string;
  page_size?: number;
  total_records?: number;
  registrants?: ZoomRegistrant[];
}

/** `POST …/registrants` answer: the registration and its unique join link. */
export interface ZoomRegistrantCreated {
  id: number;
  registrant_id: string;
  join_url: string;
  start_time?: string;
  topic?: string;
  occurrences?: { occurrence_id: string; start_time: string; duration?: number; status?: string }[];
}

export type ZoomRegistrationQuestions = RegistrationQuestions;

/** `GET /api/zoom/{kind}s/{id}/registrants`: every registrant with one status (all pages followed). */
export interface RegistrantList {
  status: RegistrantStatus;
  registrants: ZoomRegistrant[];
}

/** What the registrants tab needs about its parent, in one answer. */
export interface RegistrationSummary {
  parent: {
    kind: "meeting" | "webinar";
    id: string;
    topic: string;
    hostId: string;
    /** 0 automatic approval, 1 manual approval, 2 no registration. */
    approvalType: 0 | 1 | 2;
    /** Recurring parents: 1 once for all, 2 every occurrence separately, 3 chosen occurrences. */
    registrationType: 1 | 2 | 3 | null;
    recurring: boolean;
    occurrences: { occurrence_id: string; start_time: string; status?: string }[];
    startTime: string | null;
    timezone: string | null;
  };
  /** False when the parent does not take registrations (approval type 2): the tab says how to turn it on. */
  enabled: boolean;
  counts: Record<RegistrantStatus, number>;
  questions: RegistrationQuestions;
}

/** `POST …/registrants` through the dashboard: the unique join link Zoom made for this person. */
export interface RegistrantAdded {
  registrantId: string;
  joinUrl: string;
  startTime: string | null;
  occurrences: { occurrence_id: string; start_time: string }[];
  /** "Approve at once" on a webinar is a second call (Zoom's webinar create has no auto_approve); why it failed, when it did. */
  approvalFailed?: string;
}
