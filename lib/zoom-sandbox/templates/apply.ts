/**
 * Using a template when scheduling (`template_id` on create/update). Zoom documents that only
 * account-admin templates are accepted; the sandbox also accepts the host's own templates
 * (documented in SANDBOX.md) because that is what dashboards usually offer.
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
  const template = visibleTemplates(list, host).find((t) => t.id === templateId);
  if (!template) throw new ZoomSandboxError(400, 300, `Invalid parameter: template_id.`);
  return { template, source: template.source as TemplateSource };
}
