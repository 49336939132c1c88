/**
 * Using a template when scheduling (`template_id` on create/update). As Zoom documents: a meeting
 * takes only account-admin templates ("At this time, this field only accepts account admin meeting
 * template IDs"); a webinar takes an admin template or the host's own.
 */
import { ZoomSandboxError, type RouteContext, type SandboxTemplate, type SandboxUser } from "../types";

export interface TemplateSource {
  settings?: Record<string, unknown>;
  duration?: number;
  agenda?: string;
  type?: number;
  recurrence?: Record<string, unknown>;
}

export function visibleTemplates(list: SandboxTemplate[], user: SandboxUser): SandboxTemplate[] {
  return list.filter((t) => t.owner_id === user.id || t.type === 2);
}

/** The template `templateId` as usable by `host`; 300 when it does not exist for them. */
export function templateFor(
  ctx: RouteContext,
  host: SandboxUser,
  templateId: string,
  kind: "meeting" | "webinar",
): { template: SandboxTemplate; source: TemplateSource } {
  const list = kind === "meeting" ? ctx.state.meetingTemplates : ctx.state.webinarTemplates;
  const template = visibleTemplates(list, host).find((t) => t.id === templateId && (kind === "webinar" || t.type === 2));
  if (!template) throw new ZoomSandboxError(400, 300, `Invalid parameter: template_id.`);
  return { template, source: template.source as TemplateSource };
}
