/**
 * The sandbox's internal contract: how a REST operation is declared and what it receives.
 * Everything under lib/zoom-sandbox/ depends only on this folder, node built-ins, luxon and zod —
 * never on the dashboard — so the sandbox can run standalone (`npm run sandbox`) or mounted in-app.
 */

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Zoom's rate-limit labels, as written in each operation's description in the API Hub documents. */
export type RateLimitLabel = "LIGHT" | "MEDIUM" | "HEAVY" | "RESOURCE_INTENSIVE";

/** Who is calling: resolved by the router from the Bearer token before a handler runs. */
export interface SandboxAuth {
  /** The opaque access token presented. */
  token: string;
  /** `user` for authorization_code / device tokens; `account` for account_credentials (S2S). */
  kind: "user" | "account";
  /** The Zoom user the token belongs to; for `account` tokens, the account owner. */
  userId: string;
  accountId: string;
  clientId: string;
  /** Granted scopes (space-separated in token responses). */
  scopes: string[];
}

export interface RouteContext {
  req: Request;
  url: URL;
  /** Path parameters, already URL-decoded once by the router (double-encoded UUIDs arrive decoded once more by the handler if needed). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when there is none. Invalid JSON never reaches a handler (router answers 300). */
  body: unknown;
  auth: SandboxAuth;
  state: SandboxState;
  /** The sandbox clock (can be advanced through the control API); use instead of Date.now(). */
  now(): Date;
  /** Public base URL of the sandbox, e.g. http://127.0.0.1:4010 or http://localhost:3000/sandbox (no trailing slash). */
  baseUrl: string;
  /** Deterministic random source (seeded); use for ids so a reset sandbox behaves the same. */
  random(): number;
  /** Limits a handler enforces itself, as configured through the control API. */
  limits: HandlerLimits;
}

/**
 * Zoom limits that depend on what a request is about (which registrant, which meeting), so the
 * handler applies them rather than the pipeline; their numbers come from the control API.
 */
export interface HandlerLimits {
  /** The most registrants one meeting or webinar may have. */
  registrantCap(kind: "meeting" | "webinar"): number;
  /**
   * Counts one per-registrant action of today (UTC, sandbox clock) for every key, or throws Zoom's
   * daily 429 (counting nothing) when any key has used up the day's allowance.
   */
  countRegistrantDaily(action: "add" | "status", keys: string[]): void;
}

export interface RouteDef {
  method: HttpMethod;
  /** The path exactly as written in the OpenAPI document's `paths`, e.g. `/meetings/{meetingId}/registrants` (without `/v2`). */
  path: string;
  /** operationId as in the OpenAPI document. */
  operationId: string;
  rateLimit: RateLimitLabel;
  /** Any one of these granted scopes allows the call (macro or granular), as listed in the OpenAPI document. */
  scopes: string[];
  handle(ctx: RouteContext): Response | Promise<Response>;
}

/** Thrown by handlers; the router turns it into Zoom's `{code, message, errors?}` body with `x-zm-trackingid`. */
export class ZoomSandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: { field: string; message: string }[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * All sandbox data. Serialised as JSON for demo-mode persistence, so keep it plain data
 * (no Dates, Maps or class instances). Times are ISO strings in UTC `Z` form.
 * Each slice is owned by the folder of the same name (users/, meetings/, registrants/, mail/…).
 */
export interface SandboxState {
  accountId: string;
  /** Monotonic counter used for ids; part of the state so ids survive restarts. */
  seq: number;
  users: SandboxUser[];
  meetings: SandboxMeeting[];
  webinars: SandboxWebinar[];
  meetingTemplates: SandboxTemplate[];
  webinarTemplates: SandboxTemplate[];
  registrants: SandboxRegistrant[];
  recordings: SandboxRecording[];
  captions: SandboxCaption[];
  mailboxes: Record<string, SandboxMailbox>;
  /** `PATCH /live_meetings/{meetingId}/events` calls, as received. */
  liveEvents: SandboxLiveEvent[];
  /** Keyed by `meeting:<id>` or `webinar:<id>`. */
  registrationQuestions: Record<string, RegistrationQuestions>;
  /** Keyed by user id; a user without an entry has Zoom's defaults (both off). */
  captionSettings: Record<string, CaptionSettings>;
  /** Keyed by user id; a user without an entry has the defaults of `liveSettingsOf` (live-meetings/state.ts). */
  liveSettings: Record<string, LiveSettings>;
  /** Cloud recording of a live meeting, keyed by the running instance's UUID (so ending a meeting forgets it). */
  liveRecordings: Record<string, "recording" | "paused">;
}

/**
 * The host settings in-meeting controls depend on: "Cloud recording" (`recording.cloud_recording`)
 * and AI Companion (either of its meeting settings).
 */
export interface LiveSettings {
  cloud_recording: boolean;
  ai_companion: boolean;
}

/** One `PATCH /live_meetings/{meetingId}/events` call as the sandbox received it. */
export interface SandboxLiveEvent {
  meeting_id: number;
  method: string;
  params: Record<string, unknown>;
  /** The Zoom user whose token sent it. */
  user_id: string;
  received_at: string;
}

/** The body of `GET …/registrants/questions`, as Zoom returns it. */
export interface RegistrationQuestions {
  questions: { field_name: string; required: boolean }[];
  custom_questions: { title: string; type: string; required: boolean; answers?: string[] }[];
}

/**
 * The two user settings Zoom checks before handing out a caption URL ("Closed captioning" and
 * "Allow use of caption API Token…", `in_meeting.closed_caption` and
 * `in_meeting.closed_captioning.third_party_captioning_service` in the user settings API).
 */
export interface CaptionSettings {
  closed_caption: boolean;
  third_party_captioning_service: boolean;
}

export interface SandboxUser {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  display_name: string;
  /** 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic, 99 None */
  type: 1 | 2 | 4 | 99;
  status: "active" | "inactive" | "pending";
  role_id: string;
  role_name: string;
  timezone: string;
  pmi: number;
  language: string;
  dept: string;
  created_at: string;
  user_created_at: string;
  last_login_time?: string;
  verified: 0 | 1;
  /** How the user was created: custCreate users have no portal login. */
  created_via: "seed" | "create" | "autoCreate" | "custCreate" | "ssoCreate";
  job_title?: string;
  location?: string;
  phone_number?: string;
  /** Whether the user may host webinars (has a webinar licence). */
  webinar_enabled?: boolean;
}

/** A meeting as Zoom stores it; the response object is built from this by the meetings module. */
export interface SandboxMeeting {
  id: number;
  uuid: string;
  host_id: string;
  host_email: string;
  topic: string;
  /** 1 instant, 2 scheduled, 3 recurring no fixed time, 4 personal meeting room (PMI), 8 recurring fixed time, 10 screen share only */
  type: 1 | 2 | 3 | 4 | 8 | 10;
  status: "waiting" | "started" | "finished";
  start_time?: string;
  duration: number;
  timezone: string;
  agenda: string;
  created_at: string;
  password: string;
  recurrence?: Record<string, unknown>;
  settings: Record<string, unknown>;
  /** Per-occurrence overrides and deletions for recurring meetings, keyed by occurrence_id. */
  occurrenceOverrides: Record<string, { start_time?: string; duration?: number; deleted?: boolean }>;
  template_id?: string;
  tracking_fields?: { field: string; value: string }[];
  pre_schedule?: boolean;
  /** Past instances (for previous_meetings, recordings): uuid + start/end. */
  instances: { uuid: string; start_time: string; end_time: string }[];
  /** Set when deleted: Zoom keeps deleted meetings recoverable (`PUT …/status {action:"recover"}`) for 7 days. */
  deleted_at?: string;
  /** Use the host's personal meeting id instead of `id` (true only for the PMI meeting itself). */
  is_pmi?: boolean;
  /** When the current live instance started (status "started"). */
  live_started_at?: string;
  /** Where the meeting came from (`creation_source` in responses). */
  creation_source?: "other" | "open_api" | "web_portal";
}

export interface SandboxWebinar extends Omit<SandboxMeeting, "type"> {
  /** 5 webinar, 6 recurring no fixed time, 9 recurring fixed time */
  type: 5 | 6 | 9;
  is_simulive: boolean;
}

/** Registrants, captions and live controls work on either kind of session alike. */
export type MeetingOrWebinar = SandboxMeeting | SandboxWebinar;

export interface SandboxTemplate {
  id: string;
  name: string;
  /** 1 meeting template, 2 admin meeting template */
  type: number;
  owner_id: string;
  /** Settings copied from the source meeting/webinar, used when scheduling from the template. */
  source: Record<string, unknown>;
}

export interface SandboxRegistrant {
  id: string;
  kind: "meeting" | "webinar";
  /** Meeting or webinar id. */
  parent_id: number;
  email: string;
  first_name: string;
  last_name: string;
  status: "pending" | "approved" | "denied" | "cancelled";
  create_time: string;
  join_url: string;
  occurrence_ids: string[];
  fields: Record<string, unknown>;
}

export interface SandboxRecording {
  uuid: string;
  meeting_id: number;
  host_id: string;
  topic: string;
  start_time: string;
  duration: number;
  /** `trash` recordings are hidden from listings and can be recovered. */
  status: "active" | "trash";
  files: {
    id: string;
    file_type: string;
    file_extension: string;
    recording_type: string;
    recording_start: string;
    recording_end: string;
    file_size: number;
    status: "active" | "trash";
    /** Served by the sandbox's download endpoint. */
    content: string;
  }[];
}

export interface SandboxCaption {
  meeting_id: number;
  seq: number;
  lang: string;
  text: string;
  received_at: string;
}

export interface SandboxMailbox {
  email: string;
  drafts: { id: string; messageId: string; threadId: string; raw: string; internalDate: string; labelIds: string[] }[];
  sent: { id: string; threadId: string; raw: string; internalDate: string; labelIds: string[] }[];
  /** Messages other sandbox mailboxes sent here (drafts/send delivers them); absent in states saved before delivery existed. */
  inbox?: { id: string; threadId: string; raw: string; internalDate: string; labelIds: string[] }[];
  vacation: Record<string, unknown>;
  language: { language: string };
  historyId: number;
}

/** Context of a control-API handler (`/_sandbox/...`): no Zoom auth, same state and clock. */
export type ControlContext = Omit<RouteContext, "auth">;

/** A test/control endpoint under `/_sandbox`. `path` is relative to `/_sandbox`, e.g. `/captions`. */
export interface ControlRouteDef {
  method: HttpMethod;
  path: string;
  handle(ctx: ControlContext): Response | Promise<Response>;
}
