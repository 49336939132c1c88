/**
 * The audit half of `route()`: after a mutating request by a signed-in person, one entry saying
 * who did what to which target, with what result (Zoom's own code when Zoom refused). Kept apart
 * so route.ts stays the four beats; the naming rules are lib/audit/actions.ts, the write is
 * lib/audit/record.ts.
 */
import { after, type NextRequest } from "next/server";
import { resolveAudit, type AuditLabel } from "@/lib/audit/actions";
import { auditWritesFinished, queueAudit } from "@/lib/audit/record";
import { auditSummary } from "@/lib/audit/summary";
import type { Viewer } from "@/lib/auth/viewer-type";
import { ApiError } from "@/lib/errors/api-error";
import { zoomErrorToApiError } from "@/lib/errors/from-zoom";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";

/** What a handler may add to its entry: the target it resolved (a created meeting's id, a topic) and a before/after. */
export interface AuditNote {
  target(id: string | number | null, label?: string | null, type?: string): void;
  /** Extra summary fields, e.g. `{ before: { role: "member" }, after: { role: "admin" } }`; cleaned like the body. */
  detail(extra: Record<string, unknown>): void;
  /** A sharper action than the route's label, known only once the query is read (`recording.trash` vs `.delete`). */
  as(action: string): void;
  /** Nothing changed (a device poll still pending): no entry, unless the request failed. */
  skip(): void;
}

export interface AuditNotes extends AuditNote {
  readonly targetId: string | null | undefined;
  readonly targetType: string | undefined;
  readonly targetLabel: string | null | undefined;
  readonly extra: Record<string, unknown> | undefined;
  readonly action: string | undefined;
  readonly skipped: boolean;
}

export function auditNotes(): AuditNotes {
  const notes = {
    targetId: undefined as string | null | undefined,
    targetType: undefined as string | undefined,
    targetLabel: undefined as string | null | undefined,
    extra: undefined as Record<string, unknown> | undefined,
    action: undefined as string | undefined,
    skipped: false,
    target(id: string | number | null, label?: string | null, type?: string) {
      notes.targetId = id === null ? null : String(id);
      if (label !== undefined) notes.targetLabel = label;
      if (type) notes.targetType = type;
    },
    detail(extra: Record<string, unknown>) {
      notes.extra = { ...notes.extra, ...extra };
    },
    as(action: string) {
      notes.action = action;
    },
    skip() {
      notes.skipped = true;
    },
  };
  return notes;
}

/** The client as the nearest proxy saw it (see lib/server/sandbox-mount.ts `peerOf` for why the last hop). */
export function clientIp(req: NextRequest): string | null {
  const hops = (req.headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops.at(-1) ?? req.headers.get("x-real-ip") ?? null;
}

function outcome(error: unknown, status: number): { result: string; zoomCode: number | null } {
  if (error === undefined) return { result: status >= 400 ? `http_${status}` : "ok", zoomCode: null };
  const apiError = error instanceof ApiError ? error : error instanceof ZoomApiError ? zoomErrorToApiError(error) : null;
  if (!apiError) return { result: "internal", zoomCode: null };
  return { result: apiError.code, zoomCode: apiError.extra.zoom?.code ?? null };
}

export interface AuditedRequest {
  req: NextRequest;
  viewer: Viewer;
  label: AuditLabel | undefined;
  params: Record<string, string | string[] | undefined>;
  body: unknown;
  notes: AuditNotes;
  status: number;
  error?: unknown;
}

/**
 * Queues the request's entry, written right after the answer (lib/audit/record.ts `queueAudit`);
 * never throws. Next's `after()` makes a clean shutdown wait for it: registered by the request
 * that starts a writer, whose wait covers every entry queued until that writer is done (under load
 * most requests register nothing; `after()` costs tens of microseconds). Outside a Next request
 * (tests calling handlers directly) there is no `after`, and callers flush with `auditWritesSettled()`.
 */
export function auditRequest(request: AuditedRequest): void {
  const { req, viewer, notes } = request;
  if (notes.skipped && request.error === undefined) return;
  const resolved = resolveAudit(req.method, req.nextUrl.pathname, request.params, request.label);
  const { result, zoomCode } = outcome(request.error, request.status);
  const startedWriter = queueAudit({
    workspaceId: viewer.workspaceId,
    actor: { userId: viewer.userId, name: viewer.name, email: viewer.email },
    action: notes.action ?? resolved.action,
    targetType: notes.targetType ?? resolved.targetType,
    targetId: notes.targetId !== undefined ? notes.targetId : resolved.targetId,
    targetLabel: notes.targetLabel ?? null,
    summary: auditSummary(request.body, resolved.summary, notes.extra),
    ip: clientIp(req),
    userAgent: req.headers.get("user-agent"),
    result,
    zoomCode,
    httpStatus: request.status,
  });
  if (!startedWriter) return;
  try {
    after(auditWritesFinished);
  } catch {
    // Not inside a Next request scope.
  }
}
