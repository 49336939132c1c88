/**
 * Meetings for a viewer: every read and write the routes and server pages make, with the access
 * decision (lib/services/access.ts), the host's daily write budget and the Zoom call in one place.
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { z } from "zod";
import type { MeetingListQuery, MeetingUpdate, OccurrenceUpdate, meetingCreateSchema } from "@/lib/schemas/meeting";
import type { SaveAsTemplateInput } from "@/lib/schemas/template";
import { actorFor, ensureHosts, itemContext, mustHost } from "@/lib/services/access";
import { knownHost, rememberHost } from "@/lib/services/item-hosts";
import { countedWrite } from "@/lib/services/counted-write";
import { meetingCreateBody, meetingUpdateBody } from "@/lib/zoom/meeting-body";
import { createMeeting, deleteMeeting, getMeeting, listMeetings, toMeetingDetail, toMeetingPage, updateMeeting, type MeetingDetail, type MeetingPage } from "@/lib/zoom/meetings";
import { occurrenceBody } from "@/lib/zoom/scheduled-body";
import { createMeetingTemplate } from "@/lib/zoom/templates";
import type { ZoomContext } from "@/lib/zoom/context";
import type { ZoomMeeting } from "@/lib/zoom/types/meeting";

export async function meetingPageFor(viewer: Viewer, query: Pick<MeetingListQuery, "type" | "userId" | "page_size"> & { next_page_token?: string }): Promise<MeetingPage> {
  const actor = await actorFor(viewer, query.userId);
  return toMeetingPage(await listMeetings(actor.ctx, actor.userId, { type: query.type, pageSize: query.page_size, nextPageToken: query.next_page_token }));
}

/** The meeting as Zoom has it, after checking the viewer may act on it. */
async function openMeeting(viewer: Viewer, meetingId: string, options: { showPreviousOccurrences?: boolean } = {}): Promise<{ ctx: ZoomContext; meeting: ZoomMeeting }> {
  const ctx = await itemContext(viewer);
  const meeting = await getMeeting(ctx, meetingId, options);
  ensureHosts(viewer, ctx, meeting, "meeting");
  rememberHost("meeting", meetingId, meeting.host_id);
  return { ctx, meeting };
}

/**
 * The connection for a change to a meeting, and its host for the write budget. Members' changes
 * read the meeting first (one Zoom call) to prove they host it; admins' do not need to.
 */
async function forChange(viewer: Viewer, meetingId: string): Promise<{ ctx: ZoomContext; hostKey: string | null }> {
  if (mustHost(viewer)) {
    const { ctx, meeting } = await openMeeting(viewer, meetingId);
    return { ctx, hostKey: meeting.host_id };
  }
  return { ctx: await itemContext(viewer), hostKey: knownHost("meeting", meetingId) };
}

export async function meetingDetailFor(viewer: Viewer, meetingId: string, showPreviousOccurrences = false): Promise<MeetingDetail> {
  return toMeetingDetail((await openMeeting(viewer, meetingId, { showPreviousOccurrences })).meeting);
}

/** The host's start link, read fresh at click time: it signs the host in and expires. */
export async function meetingStartLinkFor(viewer: Viewer, meetingId: string): Promise<{ startUrl: string | null }> {
  return { startUrl: (await openMeeting(viewer, meetingId)).meeting.start_url ?? null };
}

export async function createMeetingFor(viewer: Viewer, input: z.infer<typeof meetingCreateSchema>): Promise<MeetingDetail> {
  const actor = await actorFor(viewer, input.scheduleFor || "me");
  const created = await countedWrite({ workspaceId: viewer.workspaceId, hostKey: actor.hostKey }, () => createMeeting(actor.ctx, actor.userId, meetingCreateBody(input)));
  rememberHost("meeting", String(created.id), created.host_id);
  return toMeetingDetail(created);
}

export async function updateMeetingFor(viewer: Viewer, meetingId: string, input: MeetingUpdate): Promise<void> {
  const { ctx, hostKey } = await forChange(viewer, meetingId);
  await countedWrite({ workspaceId: viewer.workspaceId, hostKey }, () => updateMeeting(ctx, meetingId, meetingUpdateBody(input)));
}

export async function updateMeetingOccurrenceFor(viewer: Viewer, meetingId: string, occurrenceId: string, input: OccurrenceUpdate): Promise<void> {
  const { ctx, hostKey } = await forChange(viewer, meetingId);
  await countedWrite({ workspaceId: viewer.workspaceId, hostKey }, () => updateMeeting(ctx, meetingId, occurrenceBody(input), occurrenceId));
}

export interface MeetingDeleteOptions {
  occurrenceId?: string;
  scheduleForReminder: boolean;
  cancelMeetingReminder: boolean;
}

export async function deleteMeetingFor(viewer: Viewer, meetingId: string, options: MeetingDeleteOptions): Promise<void> {
  const { ctx } = await forChange(viewer, meetingId);
  await deleteMeeting(ctx, meetingId, options);
}

/** "Save as template": the template belongs to the meeting's host, whoever saves it. */
export async function saveMeetingAsTemplateFor(viewer: Viewer, meetingId: string, input: SaveAsTemplateInput) {
  const { ctx, meeting } = await openMeeting(viewer, meetingId);
  return createMeetingTemplate(ctx, meeting.host_id, meetingId, input);
}
