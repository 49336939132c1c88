/** Zoom's meeting operations (Meetings API), one function per operation. No HTTP or auth here. */
import { zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import { zoomPages } from "@/lib/zoom/paginate";
import type { MeetingListType, ZoomMeeting, ZoomMeetingList, ZoomMeetingSummary } from "@/lib/zoom/types/meeting";

const user = (userId: string) => `/users/${encodeURIComponent(userId)}`;
const meeting = (meetingId: string | number) => `/meetings/${encodeURIComponent(String(meetingId))}`;

export interface ListMeetingsOptions {
  type: MeetingListType;
  pageSize: number;
  nextPageToken?: string | null;
}

/** `GET /users/{userId}/meetings` (operationId `meetings`): one page; the caller follows the token. */
export async function listMeetings(ctx: ZoomContext, userId: string, options: ListMeetingsOptions): Promise<ZoomMeetingList> {
  const { data } = await zoomFetch<ZoomMeetingList>(ctx, `${user(userId)}/meetings`, {
    operation: "meetings",
    query: { type: options.type, page_size: options.pageSize, next_page_token: options.nextPageToken },
  });
  return data;
}

/** Every meeting of a list type for a user, following `next_page_token` to the last page. */
export async function listAllMeetings(ctx: ZoomContext, userId: string, type: MeetingListType): Promise<ZoomMeetingSummary[]> {
  const out: ZoomMeetingSummary[] = [];
  for await (const page of zoomPages<ZoomMeetingList>(ctx, `${user(userId)}/meetings`, { operation: "meetings", query: { type }, pageSize: 300 })) {
    out.push(...(page.meetings ?? []));
  }
  return out;
}

/** `GET /meetings/{meetingId}` (`meeting`). */
export async function getMeeting(
  ctx: ZoomContext,
  meetingId: string,
  options: { occurrenceId?: string; showPreviousOccurrences?: boolean } = {},
): Promise<ZoomMeeting> {
  const { data } = await zoomFetch<ZoomMeeting>(ctx, meeting(meetingId), {
    operation: "meeting",
    query: { occurrence_id: options.occurrenceId, show_previous_occurrences: options.showPreviousOccurrences },
  });
  return data;
}

/** `POST /users/{userId}/meetings` (`meetingCreate`, 201 with the full meeting). Never retried. */
export async function createMeeting(ctx: ZoomContext, userId: string, body: Record<string, unknown>): Promise<ZoomMeeting> {
  const { data } = await zoomFetch<ZoomMeeting>(ctx, `${user(userId)}/meetings`, { method: "POST", operation: "meetingCreate", body });
  return data;
}

/** `PATCH /meetings/{meetingId}` (`meetingUpdate`, 204); with `occurrenceId` only that occurrence. */
export async function updateMeeting(ctx: ZoomContext, meetingId: string, body: Record<string, unknown>, occurrenceId?: string): Promise<void> {
  await zoomFetch<void>(ctx, meeting(meetingId), { method: "PATCH", operation: "meetingUpdate", body, query: { occurrence_id: occurrenceId } });
}

export interface DeleteMeetingOptions {
  occurrenceId?: string;
  /** Email the host and alternative hosts that the meeting was cancelled. */
  scheduleForReminder?: boolean;
  /** Email registrants that the meeting was cancelled. */
  cancelMeetingReminder?: boolean;
}

/** `DELETE /meetings/{meetingId}` (`meetingDelete`, 204); without `occurrenceId` the whole series goes. */
export async function deleteMeeting(ctx: ZoomContext, meetingId: string, options: DeleteMeetingOptions = {}): Promise<void> {
  await zoomFetch<void>(ctx, meeting(meetingId), {
    method: "DELETE",
    operation: "meetingDelete",
    query: {
      occurrence_id: options.occurrenceId,
      schedule_for_reminder: options.scheduleForReminder,
      cancel_meeting_reminder: options.cancelMeetingReminder,
    },
  });
}

/** One page of a host's meetings as the dashboard's API returns it. */
export interface MeetingPage {
  meetings: ZoomMeetingSummary[];
  /** Pass back as `next_page_token` for the next page; null on the last page. */
  nextPageToken: string | null;
  totalRecords: number | null;
}

export function toMeetingPage(list: ZoomMeetingList): MeetingPage {
  return { meetings: list.meetings ?? [], nextPageToken: list.next_page_token || null, totalRecords: list.total_records ?? null };
}

/**
 * A meeting without its `start_url`: the start link logs the host in and expires, so it is never
 * cached in the browser; the detail page fetches it fresh when "Start" is clicked.
 */
export type MeetingDetail = Omit<ZoomMeeting, "start_url">;

export function toMeetingDetail(meeting: ZoomMeeting): MeetingDetail {
  const { start_url: _startUrl, ...rest } = meeting;
  return rest;
}
