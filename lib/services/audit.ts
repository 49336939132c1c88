/**
 * The audit log for a viewer: owners and admins read it (the routes check the role), the owner
 * sets how long it is kept. Rows are the workspace's only, always.
 */
import "server-only";
import { spreadsheetCsv } from "@/lib/csv-export";
import { auditWritesSettled } from "@/lib/audit/record";
import { auditEntries, auditFilterOptions, auditPage, decodeCursor } from "@/lib/audit/store";
import type { AuditFilterOptions, AuditPage, AuditSettings } from "@/lib/audit/types";
import type { Viewer } from "@/lib/auth/viewer-type";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/errors/api-error";
import type { AuditListQuery } from "@/lib/schemas/audit";

/** A spreadsheet opens this many rows comfortably; narrow the filters for more. */
export const EXPORT_LIMIT = 50_000;

export async function auditPageFor(viewer: Viewer, query: AuditListQuery): Promise<AuditPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw new ApiError("bad_request", "This page link is not valid any more. Start again from the first page.");
  // Entries are written just after their request's answer: this instance's own are in before it reads.
  await auditWritesSettled();
  return auditPage(viewer.workspaceId, query, cursor);
}

export const auditFilterOptionsFor = (viewer: Viewer): Promise<AuditFilterOptions> => auditFilterOptions(viewer.workspaceId);

export async function auditCsvFor(viewer: Viewer, query: AuditListQuery): Promise<string> {
  const rows: (string | number | null)[][] = [];
  await auditWritesSettled();
  for await (const e of auditEntries(viewer.workspaceId, { ...query, cursor: undefined }, EXPORT_LIMIT)) {
    rows.push([e.at, e.source, e.actor.name, e.actor.email, e.action, e.target.type, e.target.id, e.target.label, e.result, e.zoomCode, e.ip, e.userAgent, e.summary ? JSON.stringify(e.summary) : null]);
  }
  // Topics and names are typed by people: a leading = or + must not become a spreadsheet formula.
  return spreadsheetCsv(["time_utc", "source", "person", "email", "action", "target_type", "target_id", "target", "result", "zoom_code", "ip", "user_agent", "summary"], rows);
}

export async function auditSettingsFor(viewer: Viewer): Promise<AuditSettings> {
  const workspace = await db().workspace.findUniqueOrThrow({ where: { id: viewer.workspaceId }, select: { auditRetentionDays: true } });
  return { retentionDays: workspace.auditRetentionDays, canChangeRetention: viewer.role === "owner" };
}

/** Sets the retention; answers the previous value (for the entry this change itself leaves). */
export async function setAuditRetentionFor(viewer: Viewer, days: number): Promise<{ before: number; settings: AuditSettings }> {
  const before = await auditSettingsFor(viewer);
  await db().workspace.update({ where: { id: viewer.workspaceId }, data: { auditRetentionDays: days } });
  return { before: before.retentionDays, settings: { ...before, retentionDays: days } };
}
