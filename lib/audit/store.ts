/**
 * Reading the audit log: one workspace's entries, newest first, filtered, a page at a time by keyset
 * (createdAt, id) — so page 500 costs what page 1 does, and entries written while someone pages
 * neither repeat nor go missing.
 */
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditEntryView, AuditFilterOptions, AuditPage } from "@/lib/audit/types";
import type { AuditListQuery } from "@/lib/schemas/audit";
import { unionPage } from "@/lib/audit/zoom-events";

export const DEFAULT_PAGE_SIZE = 50;

interface Cursor {
  at: Date;
  id: string;
}

export const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString("base64url");

/** The cursor, or null when it is not one of ours (the route answers 400). */
export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") return null;
    const at = new Date(parsed[0]);
    return Number.isNaN(at.getTime()) ? null : { at, id: parsed[1] };
  } catch {
    return null;
  }
}

function where(workspaceId: string, filter: Omit<AuditListQuery, "cursor" | "pageSize">): Prisma.AuditEntryWhereInput {
  const and: Prisma.AuditEntryWhereInput[] = [{ workspaceId }];
  if (filter.actor) and.push({ actorUserId: filter.actor });
  if (filter.action) and.push(filter.action.endsWith(".*") ? { action: { startsWith: filter.action.slice(0, -1) } } : { action: filter.action });
  if (filter.target) and.push({ OR: [{ targetId: filter.target }, { targetLabel: { contains: filter.target, mode: "insensitive" } }] });
  if (filter.from) and.push({ createdAt: { gte: new Date(filter.from) } });
  if (filter.to) and.push({ createdAt: { lte: new Date(filter.to) } });
  return { AND: and };
}

type Row = Prisma.AuditEntryGetPayload<object>;

export const toView = (row: Row): AuditEntryView => ({
  id: row.id,
  source: "dashboard",
  at: row.createdAt.toISOString(),
  actor: { userId: row.actorUserId, name: row.actorName, email: row.actorEmail },
  action: row.action,
  target: { type: row.targetType, id: row.targetId, label: row.targetLabel },
  summary: (row.summary as Record<string, unknown> | null) ?? null,
  ip: row.ip,
  userAgent: row.userAgent,
  result: row.result,
  zoomCode: row.zoomCode,
  httpStatus: row.httpStatus,
});

export async function auditPage(workspaceId: string, query: AuditListQuery, cursor: Cursor | null): Promise<AuditPage> {
  const take = query.pageSize ?? DEFAULT_PAGE_SIZE;
  if (query.source === "all") {
    const { rows, more } = await unionPage(workspaceId, query, take, cursor);
    const last = rows.at(-1);
    return { entries: rows, nextCursor: more && last ? encodeCursor({ at: new Date(last.at), id: last.id }) : null };
  }
  const after: Prisma.AuditEntryWhereInput | null = cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : null;
  const rows = await db().auditEntry.findMany({
    where: after ? { AND: [where(workspaceId, query), after] } : where(workspaceId, query),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return { entries: page.map(toView), nextCursor: rows.length > take && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
}

/** Every entry the filters match, newest first, at most `limit`, read in pages. */
export async function* auditEntries(workspaceId: string, query: AuditListQuery, limit: number): AsyncGenerator<AuditEntryView> {
  let cursor: Cursor | null = null;
  let sent = 0;
  while (sent < limit) {
    const page = await auditPage(workspaceId, { ...query, pageSize: 100 }, cursor);
    for (const entry of page.entries) {
      if (sent++ >= limit) return;
      yield entry;
    }
    if (!page.nextCursor) return;
    cursor = decodeCursor(page.nextCursor);
  }
}

export async function auditFilterOptions(workspaceId: string): Promise<AuditFilterOptions> {
  const [actors, actions] = await Promise.all([
    db().auditEntry.findMany({
      where: { workspaceId, actorUserId: { not: null } },
      distinct: ["actorUserId"],
      orderBy: [{ actorUserId: "asc" }, { createdAt: "desc" }],
      select: { actorUserId: true, actorName: true, actorEmail: true },
    }),
    db().auditEntry.findMany({ where: { workspaceId }, distinct: ["action"], orderBy: { action: "asc" }, select: { action: true } }),
  ]);
  return {
    actors: actors.map((a) => ({ userId: a.actorUserId!, name: a.actorName, email: a.actorEmail })).sort((a, b) => a.name.localeCompare(b.name)),
    actions: actions.map((a) => a.action),
  };
}
