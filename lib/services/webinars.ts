/**
 * Webinars for a viewer: every read and write the routes and server pages make, with the access
 * decision (lib/services/access.ts), the host's daily write budget and the Zoom call in one place.
 */
import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { WebinarUpdate, webinarCreateSchema, webinarOccurrenceUpdateSchema } from "@/lib/schemas/webinar";
import type { SaveAsTemplateInput } from "@/lib/schemas/template";
import { actorFor, ensureHosts, itemContext, mustHost } from "@/lib/services/access";
import { knownHost, rememberHost } from "@/lib/services/item-hosts";
import type { ZoomContext } from "@/lib/zoom/context";
import { countedWrite } from "@/lib/services/counted-write";
import { occurrenceBody } from "@/lib/zoom/scheduled-body";
import { createWebinarTemplate } from "@/lib/zoom/templates";
import type { WebinarListType, ZoomWebinar } from "@/lib/zoom/types/webinar";
import { webinarCreateBody, webinarUpdateBody } from "@/lib/zoom/webinar-body";
import { createWebinar, deleteWebinar, getWebinar, listWebinars, toWebinarDetail, toWebinarPage, updateWebinar, type WebinarDetail, type WebinarPage } from "@/lib/zoom/webinars";

export async function webinarPageFor(
  viewer: Viewer,
  query: { type: WebinarListType; userId: string; page_size: number; next_page_token?: string },
): Promise<WebinarPage> {
  const actor = await actorFor(viewer, query.userId);
  return toWebinarPage(await listWebinars(actor.ctx, actor.userId, { type: query.type, pageSize: query.page_size, nextPageToken: query.next_page_token }));
}

/** The webinar as Zoom has it, after checking the viewer may act on it. */
async function openWebinar(viewer: Viewer, webinarId: string, options: { showPreviousOccurrences?: boolean } = {}): Promise<{ ctx: ZoomContext; webinar: ZoomWebinar }> {
  const ctx = await itemContext(viewer);
  const webinar = await getWebinar(ctx, webinarId, options);
  ensureHosts(viewer, ctx, webinar, "webinar");
  rememberHost("webinar", webinarId, webinar.host_id);
  return { ctx, webinar };
}

/** The connection for a change, and the host for the write budget; members prove they host it first. */
async function forChange(viewer: Viewer, webinarId: string): Promise<{ ctx: ZoomContext; hostKey: string | null }> {
  if (mustHost(viewer)) {
    const { ctx, webinar } = await openWebinar(viewer, webinarId);
    return { ctx, hostKey: webinar.host_id };
  }
  return { ctx: await itemContext(viewer), hostKey: knownHost("webinar", webinarId) };
}

export async function webinarDetailFor(viewer: Viewer, webinarId: string, showPreviousOccurrences = false): Promise<WebinarDetail> {
  return toWebinarDetail((await openWebinar(viewer, webinarId, { showPreviousOccurrences })).webinar);
}

export async function webinarStartLinkFor(viewer: Viewer, webinarId: string): Promise<{ startUrl: string | null }> {
  return { startUrl: (await openWebinar(viewer, webinarId)).webinar.start_url ?? null };
}

export async function createWebinarFor(viewer: Viewer, input: z.infer<typeof webinarCreateSchema>): Promise<WebinarDetail> {
  const actor = await actorFor(viewer, input.scheduleFor || "me");
  const created = await countedWrite({ workspaceId: viewer.workspaceId, hostKey: actor.hostKey }, () => createWebinar(actor.ctx, actor.userId, webinarCreateBody(input)));
  rememberHost("webinar", String(created.id), created.host_id);
  return toWebinarDetail(created);
}

export async function updateWebinarFor(viewer: Viewer, webinarId: string, input: WebinarUpdate): Promise<void> {
  const { ctx, hostKey } = await forChange(viewer, webinarId);
  await countedWrite({ workspaceId: viewer.workspaceId, hostKey }, () => updateWebinar(ctx, webinarId, webinarUpdateBody(input)));
}

export async function updateWebinarOccurrenceFor(viewer: Viewer, webinarId: string, occurrenceId: string, input: z.infer<typeof webinarOccurrenceUpdateSchema>): Promise<void> {
  const { ctx, hostKey } = await forChange(viewer, webinarId);
  await countedWrite({ workspaceId: viewer.workspaceId, hostKey }, () => updateWebinar(ctx, webinarId, occurrenceBody(input), occurrenceId));
}

export async function deleteWebinarFor(viewer: Viewer, webinarId: string, options: { occurrenceId?: string; cancelWebinarReminder: boolean }): Promise<void> {
  const { ctx } = await forChange(viewer, webinarId);
  await deleteWebinar(ctx, webinarId, options);
}

/** "Save as template": the template belongs to the webinar's host, whoever saves it. */
export async function saveWebinarAsTemplateFor(viewer: Viewer, webinarId: string, input: SaveAsTemplateInput) {
  const { ctx, webinar } = await openWebinar(viewer, webinarId);
  return createWebinarTemplate(ctx, webinar.host_id, webinarId, input);
}
