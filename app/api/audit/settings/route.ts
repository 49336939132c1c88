/** How long the audit log is kept: read (owners and admins), change (the owner). */
import { route } from "@/lib/api/route";
import { auditRetentionSchema } from "@/lib/schemas/audit";
import { auditSettingsFor, setAuditRetentionFor } from "@/lib/services/audit";

export const GET = route({ access: "admin" }, async ({ viewer }) => auditSettingsFor(viewer));

export const PUT = route({ access: "owner", body: auditRetentionSchema, audit: { action: "audit.retention.update", target: { type: "workspace" } } }, async ({ viewer, body, audit }) => {
  const { before, settings } = await setAuditRetentionFor(viewer, body.days);
  audit.target(viewer.workspaceId, viewer.workspaceName);
  audit.detail({ before: { days: before } });
  return settings;
});
