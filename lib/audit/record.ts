/**
 * The one door for writing audit entries: `route()` after every mutating request, and whatever
 * changes data outside a request (key rotation, background jobs, sign-in). One insert; a failure
 * is logged and swallowed, because a change that succeeded must not be reported as failed just
 * because its log line could not be written.
 */
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/server/logger";

export interface AuditActor {
  userId: string | null;
  name: string;
  email: string | null;
}

export interface AuditRecord {
  workspaceId: string;
  actor: AuditActor;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  targetLabel?: string | null;
  summary?: Record<string, unknown> | null;
  ip?: string | null;
  userAgent?: string | null;
  /** `ok` or the dashboard's error code. */
  result: string;
  zoomCode?: number | null;
  httpStatus?: number | null;
}

/** A process that is not a person: the key-rotation script, the retention job. */
export const systemActor = (name: string): AuditActor => ({ userId: null, name, email: null });

// PostgreSQL text refuses NUL, and a refused path parameter may hold one; other control characters are just noise.
const clip = (value: string | null | undefined, max: number) => (value ? value.replace(/[\u0000-\u001f\u007f]/g, "\uFFFD").slice(0, max) : null);

/** Writes one entry; never throws. Resolves to whether it was written. Scripts pass their own client. */
export async function recordAudit(entry: AuditRecord, client?: Db): Promise<boolean> {
  try {
    // Inside the try: even a database that cannot be reached at all must not fail the change itself.
    await (client ?? db()).auditEntry.create({
      data: {
        workspaceId: entry.workspaceId,
        actorUserId: entry.actor.userId,
        actorName: clip(entry.actor.name, 200) ?? "Unknown",
        actorEmail: clip(entry.actor.email, 320),
        action: entry.action.slice(0, 200),
        targetType: clip(entry.targetType, 50),
        targetId: clip(entry.targetId, 200),
        targetLabel: clip(entry.targetLabel, 300),
        summary: (entry.summary ?? undefined) as Prisma.InputJsonValue | undefined,
        ip: clip(entry.ip, 100),
        userAgent: clip(entry.userAgent, 500),
        result: entry.result.slice(0, 50),
        zoomCode: entry.zoomCode ?? null,
        httpStatus: entry.httpStatus ?? null,
      },
    });
    return true;
  } catch (error) {
    // Prisma's message quotes the call site (and, for some errors, its arguments): the last line is the cause.
    const cause = (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1);
    logger.error("audit entry not written", { action: entry.action, workspaceId: entry.workspaceId, error: cause });
    return false;
  }
}
