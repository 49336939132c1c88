/**
 * Zoom's meeting and webinar templates (Meetings API). Zoom can list templates and create one from
 * an existing meeting/webinar, but has no API to read a template's settings or to edit or delete
 * one — scheduling "from a template" means passing `template_id` and letting Zoom apply it.
 */
import { zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import type { ZoomTemplate, ZoomTemplateCreated, ZoomTemplateList } from "@/lib/zoom/types/template";

const user = (userId: string) => `/users/${encodeURIComponent(userId)}`;

/** `GET /users/{userId}/meeting_templates` (`listMeetingTemplates`, not paginated). */
export async function listMeetingTemplates(ctx: ZoomContext, userId: string): Promise<ZoomTemplate[]> {
  const { data } = await zoomFetch<ZoomTemplateList>(ctx, `${user(userId)}/meeting_templates`, { operation: "listMeetingTemplates" });
  return data.templates ?? [];
}

/** `GET /users/{userId}/webinar_templates` (`listWebinarTemplates`, not paginated). */
export async function listWebinarTemplates(ctx: ZoomContext, userId: string): Promise<ZoomTemplate[]> {
  const { data } = await zoomFetch<ZoomTemplateList>(ctx, `${user(userId)}/webinar_templates`, { operation: "listWebinarTemplates" });
  return data.templates ?? [];
}

export interface TemplateFromItem {
  name: string;
  saveRecurrence: boolean;
  overwrite: boolean;
}

/** `POST /users/{userId}/meeting_templates` (`meetingTemplateCreate`): a template from a meeting. */
export async function createMeetingTemplate(ctx: ZoomContext, userId: string, meetingId: string, input: TemplateFromItem): Promise<ZoomTemplateCreated> {
  const { data } = await zoomFetch<ZoomTemplateCreated>(ctx, `${user(userId)}/meeting_templates`, {
    method: "POST",
    operation: "meetingTemplateCreate",
    body: { meeting_id: Number(meetingId), name: input.name, save_recurrence: input.saveRecurrence, overwrite: input.overwrite },
  });
  return data;
}

/** `POST /users/{userId}/webinar_templates` (`webinarTemplateCreate`): a template from a webinar. */
export async function createWebinarTemplate(ctx: ZoomContext, userId: string, webinarId: string, input: TemplateFromItem): Promise<ZoomTemplateCreated> {
  const { data } = await zoomFetch<ZoomTemplateCreated>(ctx, `${user(userId)}/webinar_templates`, {
    method: "POST",
    operation: "webinarTemplateCreate",
    body: { webinar_id: Number(webinarId), name: input.name, save_recurrence: input.saveRecurrence, overwrite: input.overwrite },
  });
  return data;
}
