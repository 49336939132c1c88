/**
 * Meeting and webinar templates: list (not paginated) and create from an existing meeting/webinar.
 * A user can hold at most 40 templates of each kind; names are unique per user.
 */
import { z } from "zod";
import { json } from "../http";
import { newShortId } from "../ids";
import { assertCanHost, assertCanHostWebinars } from "../meetings/host";
import { findMeetingIn } from "../meetings/lookup";
import { ZoomSandboxError, type RouteContext, type RouteDef, type SandboxTemplate } from "../types";
import { resolveUser } from "../users/lookup";
import { parseBody } from "../validation";
import { findWebinarIn } from "../webinars/lookup";
import { visibleTemplates, type TemplateSource } from "./apply";

const MAX_TEMPLATES = 40;

function listJson(templates: SandboxTemplate[]) {
  return { total_records: templates.length, templates: templates.map((t) => ({ id: t.id, name: t.name, type: t.type })) };
}

const meetingTemplateInput = z.object({
  meeting_id: z.number().int(),
  name: z.string().max(128).optional(),
  save_recurrence: z.boolean().optional(),
  overwrite: z.boolean().optional(),
});

const webinarTemplateInput = z.object({
  webinar_id: z.number().int(),
  name: z.string().max(128).optional(),
  overwrite: z.boolean().optional(),
});

function saveTemplate(
  ctx: RouteContext,
  list: SandboxTemplate[],
  kind: "meeting" | "webinar",
  ownerId: string,
  name: string,
  overwrite: boolean,
  source: TemplateSource,
): Response {
  // Account-admin templates (type 2) are the account's, not the user's: they do not count towards the 40.
  const own = list.filter((t) => t.owner_id === ownerId && t.type === 1);
  const existing = own.find((t) => t.name === name);
  const label = kind === "meeting" ? "Meeting" : "Webinar";
  if (existing && !overwrite) throw new ZoomSandboxError(400, 3000, `${label} template name already exists: ${name}.`);
  if (existing) {
    existing.source = { ...source };
    return json(201, { id: existing.id, name: existing.name });
  }
  if (own.length >= MAX_TEMPLATES) {
    throw new ZoomSandboxError(400, 300, `You can only create up to ${MAX_TEMPLATES} ${kind} templates.`);
  }
  const template: SandboxTemplate = { id: newShortId(ctx), name, type: 1, owner_id: ownerId, source: { ...source } };
  list.push(template);
  return json(201, { id: template.id, name: template.name });
}

function listMeetingTemplates(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  assertCanHost(user);
  return json(200, listJson(visibleTemplates(ctx.state.meetingTemplates, user)));
}

function createMeetingTemplate(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  assertCanHost(user);
  const input = parseBody(meetingTemplateInput, ctx.body);
  const meeting = findMeetingIn(ctx.state, String(input.meeting_id));
  if (!meeting || meeting.host_id !== user.id) {
    throw new ZoomSandboxError(400, 3001, `Meeting does not exist: ${input.meeting_id}`);
  }
  const source: TemplateSource = {
    settings: { ...meeting.settings },
    duration: meeting.duration,
    agenda: meeting.agenda,
    ...(input.save_recurrence && meeting.recurrence ? { type: meeting.type, recurrence: { ...meeting.recurrence } } : {}),
  };
  return saveTemplate(ctx, ctx.state.meetingTemplates, "meeting", user.id, input.name ?? meeting.topic, input.overwrite ?? false, source);
}

function listWebinarTemplates(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  assertCanHostWebinars(user);
  return json(200, listJson(visibleTemplates(ctx.state.webinarTemplates, user)));
}

function createWebinarTemplate(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  assertCanHostWebinars(user);
  const input = parseBody(webinarTemplateInput, ctx.body);
  const webinar = findWebinarIn(ctx.state, String(input.webinar_id));
  if (!webinar || webinar.host_id !== user.id) throw new ZoomSandboxError(400, 3000, "Cannot access meeting info.");
  const source: TemplateSource = { settings: { ...webinar.settings }, duration: webinar.duration, agenda: webinar.agenda };
  return saveTemplate(ctx, ctx.state.webinarTemplates, "webinar", user.id, input.name ?? webinar.topic, input.overwrite ?? false, source);
}

export const templateRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/users/{userId}/meeting_templates",
    operationId: "listMeetingTemplates",
    rateLimit: "MEDIUM",
    scopes: ["meeting:read", "meeting:read:admin", "meeting:read:list_templates", "meeting:read:list_templates:admin"],
    handle: listMeetingTemplates,
  },
  {
    method: "POST",
    path: "/users/{userId}/meeting_templates",
    operationId: "meetingTemplateCreate",
    rateLimit: "MEDIUM",
    scopes: ["meeting:write:admin", "meeting:write", "meeting:write:template", "meeting:write:template:admin"],
    handle: createMeetingTemplate,
  },
  {
    method: "GET",
    path: "/users/{userId}/webinar_templates",
    operationId: "listWebinarTemplates",
    // The spec gives this operation no rate-limit label; MEDIUM like its meeting twin.
    rateLimit: "MEDIUM",
    scopes: ["webinar:read", "webinar:read:admin", "webinar:read:list_templates", "webinar:read:list_templates:admin"],
    handle: listWebinarTemplates,
  },
  {
    method: "POST",
    path: "/users/{userId}/webinar_templates",
    operationId: "webinarTemplateCreate",
    rateLimit: "MEDIUM",
    scopes: ["webinar:write:admin", "webinar:write", "webinar:write:template", "webinar:write:template:admin"],
    handle: createWebinarTemplate,
  },
];
