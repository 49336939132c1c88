/**
 * Reads on behalf of the signed-in viewer: pick the connection (actor.ts), call Zoom, shape the
 * answer. Route handlers and server pages (prefetch) both call these, so a page's first render and
 * the browser's later refetches go through one code path and produce the same cache entries.
 */
import type { Viewer } from "@/lib/auth/viewer-type";
import type { MeetingListQuery } from "@/lib/schemas/meeting";
import { zoomAccountContext, zoomActorFor, zoomContextForItem } from "@/lib/zoom/actor";
import { homeData, type HomeData } from "@/lib/zoom/home";
import { getMeeting, listMeetings, rememberHost, toMeetingDetail, toMeetingPage, type MeetingDetail, type MeetingPage } from "@/lib/zoom/meetings";
import { listMeetingTemplates, listWebinarTemplates } from "@/lib/zoom/templates";
import type { ZoomTemplate } from "@/lib/zoom/types/template";
import type { UserStatus } from "@/lib/zoom/types/user";
import type { WebinarListType } from "@/lib/zoom/types/webinar";
import { listAllActiveUsers, listUsers, toUserPage, type UserPage } from "@/lib/zoom/users";
import { getWebinar, listWebinars, rememberWebinarHost, toWebinarDetail, toWebinarPage, type WebinarDetail, type WebinarPage } from "@/lib/zoom/webinars";

export async function meetingPageFor(viewer: Viewer, query: Pick<MeetingListQuery, "type" | "userId" | "page_size"> & { next_page_token?: string }): Promise<MeetingPage> {
  const actor = await zoomActorFor(viewer, query.userId);
  return toMeetingPage(await listMeetings(actor.ctx, actor.userId, { type: query.type, pageSize: query.page_size, nextPageToken: query.next_page_token }));
}

export async function meetingDetailFor(viewer: Viewer, meetingId: string, showPreviousOccurrences = false): Promise<MeetingDetail> {
  const ctx = await zoomContextForItem(viewer);
  const meeting = await getMeeting(ctx, meetingId, { showPreviousOccurrences });
  rememberHost(meetingId, meeting.host_id);
  return toMeetingDetail(meeting);
}

export async function webinarPageFor(
  viewer: Viewer,
  query: { type: WebinarListType; userId: string; page_size: number; next_page_token?: string },
): Promise<WebinarPage> {
  const actor = await zoomActorFor(viewer, query.userId);
  return toWebinarPage(await listWebinars(actor.ctx, actor.userId, { type: query.type, pageSize: query.page_size, nextPageToken: query.next_page_token }));
}

export async function webinarDetailFor(viewer: Viewer, webinarId: string, showPreviousOccurrences = false): Promise<WebinarDetail> {
  const ctx = await zoomContextForItem(viewer);
  const webinar = await getWebinar(ctx, webinarId, { showPreviousOccurrences });
  rememberWebinarHost(webinarId, webinar.host_id);
  return toWebinarDetail(webinar);
}

export interface TemplateList {
  kind: "meeting" | "webinar";
  templates: ZoomTemplate[];
}

export async function templatesFor(viewer: Viewer, kind: "meeting" | "webinar", userId = "me"): Promise<TemplateList> {
  const actor = await zoomActorFor(viewer, userId);
  const templates = kind === "meeting" ? await listMeetingTemplates(actor.ctx, actor.userId) : await listWebinarTemplates(actor.ctx, actor.userId);
  return { kind, templates };
}

export async function userPageFor(viewer: Viewer, query: { status: UserStatus; page_size: number; next_page_token?: string }): Promise<UserPage> {
  const ctx = await zoomAccountContext(viewer);
  return toUserPage(await listUsers(ctx, { status: query.status, pageSize: query.page_size, nextPageToken: query.next_page_token }));
}

export interface HostOption {
  id: string;
  email: string;
  name: string;
  timezone: string | null;
}

export interface HostList {
  hosts: HostOption[];
  truncated: boolean;
}

/** Everyone who can host (types 1 and 2, active), sorted by name — the admins' host picker. */
export async function hostsFor(viewer: Viewer): Promise<HostList> {
  const ctx = await zoomAccountContext(viewer);
  const { users, truncated } = await listAllActiveUsers(ctx);
  const hosts = users
    .filter((user) => user.type !== 4 && user.type !== 99)
    .map((user) => ({
      id: user.id,
      email: user.email,
      name: user.display_name || [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email,
      timezone: user.timezone ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { hosts, truncated };
}

export async function homeFor(viewer: Viewer, scope: "me" | "account"): Promise<HomeData> {
  const self = { id: "me", name: viewer.name };
  if (scope === "account") return homeData(await zoomAccountContext(viewer), "account", self);
  const actor = await zoomActorFor(viewer, "me");
  return homeData(actor.ctx, "me", self);
}
