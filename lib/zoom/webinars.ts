/** Zoom's webinar operations (Meetings API, webinars), one function per operation. */
import { zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import type { WebinarListType, ZoomWebinar, ZoomWebinarList, ZoomWebinarSummary } from "@/lib/zoom/types/webinar";

const user = (userId: string) => `/users/${encodeURIComponent(userId)}`;
const webinar = (webinarId: string) => `/webinars/${encodeURIComponent(webinarId)}`;

/**
 * `GET /users/{userId}/webinars` (`webinars`): one page. The 2026 spec lists only `page_number`,
 * but Zoom answers with `next_page_token` (kyleboe/zoom_rb#433), so we follow the token.
 */
export async function listWebinars(
  ctx: ZoomContext,
  userId: string,
  options: { type: WebinarListType; pageSize: number; nextPageToken?: string | null },
): Promise<ZoomWebinarList> {
  const { data } = await zoomFetch<ZoomWebinarList>(ctx, `${user(userId)}/webinars`, {
    operation: "webinars",
    query: { type: options.type, page_size: options.pageSize, next_page_token: options.nextPageToken },
  });
  return data;
}

/** `GET /webinars/{webinarId}` (`webinar`). */
export async function getWebinar(ctx: ZoomContext, webinarId: string, options: { showPreviousOccurrences?: boolean } = {}): Promise<ZoomWebinar> {
  const { data } = await zoomFetch<ZoomWebinar>(ctx, webinar(webinarId), {
    operation: "webinar",
    query: { show_previous_occurrences: options.showPreviousOccurrences },
  });
  return data;
}

/** `POST /users/{userId}/webinars` (`webinarCreate`, 201). Never retried. */
export async function createWebinar(ctx: ZoomContext, userId: string, body: Record<string, unknown>): Promise<ZoomWebinar> {
  const { data } = await zoomFetch<ZoomWebinar>(ctx, `${user(userId)}/webinars`, { method: "POST", operation: "webinarCreate", body });
  return data;
}

/** `PATCH /webinars/{webinarId}` (`webinarUpdate`, 204); with `occurrenceId` only that occurrence. */
export async function updateWebinar(ctx: ZoomContext, webinarId: string, body: Record<string, unknown>, occurrenceId?: string): Promise<void> {
  await zoomFetch<void>(ctx, webinar(webinarId), { method: "PATCH", operation: "webinarUpdate", body, query: { occurrence_id: occurrenceId } });
}

/** `DELETE /webinars/{webinarId}` (`webinarDelete`, 204). */
export async function deleteWebinar(ctx: ZoomContext, webinarId: string, options: { occurrenceId?: string; cancelWebinarReminder?: boolean } = {}): Promise<void> {
  await zoomFetch<void>(ctx, webinar(webinarId), {
    method: "DELETE",
    operation: "webinarDelete",
    query: { occurrence_id: options.occurrenceId, cancel_webinar_reminder: options.cancelWebinarReminder },
  });
}

export interface WebinarPage {
  webinars: ZoomWebinarSummary[];
  nextPageToken: string | null;
  totalRecords: number | null;
}

export function toWebinarPage(list: ZoomWebinarList): WebinarPage {
  return { webinars: list.webinars ?? [], nextPageToken: list.next_page_token || null, totalRecords: list.total_records ?? null };
}

/** A webinar without its expiring `start_url` (fetched separately at click time). */
export type WebinarDetail = Omit<ZoomWebinar, "start_url">;

export function toWebinarDetail(item: ZoomWebinar): WebinarDetail {
  const { start_url: _startUrl, ...rest } = item;
  return rest;
}
