/**
 * Zoom's own events in the audit log: accepted webhook deliveries of the workspace, read beside the
 * dashboard's entries in one keyset-paged query (a UNION ALL ordered by time, then id), so paging
 * stays exact across both. A Zoom event has no dashboard person: its actor is "Zoom", with the
 * operator Zoom names when it names one. Filters mean the same on both sides; a person filter
 * leaves Zoom's events out.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { AuditEntryView } from "@/lib/audit/types";
import type { AuditListQuery } from "@/lib/schemas/audit";

interface UnionRow {
  id: string;
  source: "dashboard" | "zoom";
  at: Date;
  actor_user_id: string | null;
  actor_name: string;
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_label: string | null;
  summary: Record<string, unknown> | null;
  ip: string | null;
  user_agent: string | null;
  result: string;
  zoom_code: number | null;
  http_status: number | null;
}

/** `text` as a literal inside a LIKE pattern. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

const actionCondition = (column: Prisma.Sql, action: string) =>
  action.endsWith(".*") ? Prisma.sql`${column} LIKE ${likeLiteral(action.slice(0, -1)) + "%"}` : Prisma.sql`${column} = ${action}`;

function dashboardPart(workspaceId: string, q: AuditListQuery): Prisma.Sql {
  const and = [Prisma.sql`"workspaceId" = ${workspaceId}`];
  if (q.actor) and.push(Prisma.sql`"actorUserId" = ${q.actor}`);
  if (q.action) and.push(actionCondition(Prisma.sql`action`, q.action));
  if (q.target) and.push(Prisma.sql`("targetId" = ${q.target} OR "targetLabel" ILIKE ${"%" + likeLiteral(q.target) + "%"})`);
  if (q.from) and.push(Prisma.sql`"createdAt" >= ${new Date(q.from)}`);
  if (q.to) and.push(Prisma.sql`"createdAt" <= ${new Date(q.to)}`);
  return Prisma.sql`SELECT id, 'dashboard' AS source, "createdAt" AS at, "actorUserId" AS actor_user_id, "actorName" AS actor_name,
      "actorEmail" AS actor_email, action, "targetType" AS target_type, "targetId" AS target_id, "targetLabel" AS target_label,
      summary, ip, "userAgent" AS user_agent, result, "zoomCode" AS zoom_code, "httpStatus" AS http_status
    FROM "AuditEntry" WHERE ${Prisma.join(and, " AND ")}`;
}

function zoomPart(workspaceId: string, q: AuditListQuery): Prisma.Sql | null {
  if (q.actor) return null;
  const label = Prisma.sql`COALESCE(payload #>> '{payload,object,topic}', payload #>> '{payload,object,registrant,email}')`;
  const and = [Prisma.sql`"workspaceId" = ${workspaceId}`, Prisma.sql`outcome = 'accepted'`];
  if (q.action) and.push(actionCondition(Prisma.sql`event`, q.action));
  if (q.target) and.push(Prisma.sql`("objectId" = ${q.target} OR ${label} ILIKE ${"%" + likeLiteral(q.target) + "%"})`);
  if (q.from) and.push(Prisma.sql`"receivedAt" >= ${new Date(q.from)}`);
  if (q.to) and.push(Prisma.sql`"receivedAt" <= ${new Date(q.to)}`);
  return Prisma.sql`SELECT id, 'zoom' AS source, "receivedAt" AS at, NULL AS actor_user_id, 'Zoom' AS actor_name,
      payload #>> '{payload,operator}' AS actor_email, event AS action, split_part(event, '.', 1) AS target_type,
      "objectId" AS target_id, ${label} AS target_label, NULL::jsonb AS summary, NULL AS ip, NULL AS user_agent,
      'ok' AS result, NULL::int AS zoom_code, NULL::int AS http_status
    FROM "WebhookEvent" WHERE ${Prisma.join(and, " AND ")}`;
}

/** One page of the dashboard's entries and Zoom's events together, newest first. */
export async function unionPage(workspaceId: string, q: AuditListQuery, take: number, cursor: { at: Date; id: string } | null): Promise<{ rows: AuditEntryView[]; more: boolean }> {
  const parts = [dashboardPart(workspaceId, q), zoomPart(workspaceId, q)].filter((p): p is Prisma.Sql => p !== null);
  const after = cursor ? Prisma.sql`WHERE at < ${cursor.at} OR (at = ${cursor.at} AND id < ${cursor.id})` : Prisma.empty;
  const rows = await db().$queryRaw<UnionRow[]>`SELECT * FROM (${Prisma.join(parts, " UNION ALL ")}) entries ${after}
    ORDER BY at DESC, id DESC LIMIT ${take + 1}`;
  return {
    more: rows.length > take,
    rows: rows.slice(0, take).map((r) => ({
      id: r.id,
      source: r.source,
      at: r.at.toISOString(),
      actor: { userId: r.actor_user_id, name: r.actor_name, email: r.actor_email },
      action: r.action,
      target: { type: r.target_type, id: r.target_id, label: r.target_label },
      summary: r.summary,
      ip: r.ip,
      userAgent: r.user_agent,
      result: r.result,
      zoomCode: r.zoom_code,
      httpStatus: r.http_status,
    })),
  };
}
