/**
 * The one wrapper every route handler goes through: authenticate (session, workspace, role) →
 * refuse cross-origin mutations → parse params/query/body with zod → call → respond.
 * Errors become `{ error: { code, message, fields?, zoom? } }` with the status from lib/errors/api-error.ts.
 * Every mutating request by a signed-in person leaves one audit entry (lib/api/route-audit.ts).
 */
import type { NextRequest } from "next/server";
import { z } from "zod";
import { auditNotes, auditRequest, type AuditNote } from "@/lib/api/route-audit";
import type { AuditLabel } from "@/lib/audit/actions";
import { ApiError, type FieldIssue } from "@/lib/errors/api-error";
import { findUnsafeText, unsafeTextReason } from "@/lib/api/text-safety";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { viewerForCookie } from "@/lib/auth/viewer";
import { isAdminRole, type Viewer } from "@/lib/auth/viewer-type";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { zoomErrorToApiError } from "@/lib/errors/from-zoom";
import { logger } from "@/lib/server/logger";

export type Access = "public" | "member" | "admin" | "owner";

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> {
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Largest request body accepted, in bytes (default 1 MiB); larger ones get 413 before being read whole. */
  maxBodyBytes?: number;
  /**
   * What a mutating request does, for the audit log (`{ action: "meeting.update", target: { type:
   * "meeting", param: "meetingId" } }`). Without one, lib/audit/actions.ts names it by its path.
   */
  audit?: AuditLabel;
}

/** Meeting and webinar bodies are a few kilobytes; a megabyte is generous and still cheap to hold. */
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface RouteInput<A extends Access, P, Q, B> {
  req: NextRequest;
  viewer: A extends "public" ? Viewer | null : Viewer;
  params: P;
  query: Q;
  body: B;
  /** Adds the target and a before/after to this request's audit entry (mutating requests only). */
  audit: AuditNote;
}

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

const mutating = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function toFields(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join(".") || "(request)", message: issue.message }));
}

function parse<S extends Schema | undefined>(schema: S, value: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = schema.safeParse(value);
  if (result.success) return result.data as Infer<S>;
  const fields = toFields(result.error);
  const first = fields[0]!;
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : "";
  // Messages that end a sentence themselves ("… (9–11 digits).") do not get a second full stop.
  throw new ApiError("validation_failed", `Invalid ${where}: ${first.field} — ${first.message.replace(/\.$/, "")}${more}.`, { fields });
}

const tooLarge = (limit: number) => new ApiError("payload_too_large", `The request body is larger than ${Math.round(limit / 1024)} KiB.`);

/** The body as text, refusing more than `limit` bytes without buffering them (Content-Length first, then while streaming). */
export async function readLimitedText(req: Request, limit: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export const isJsonType = (contentType: string | null) => !!contentType && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType);

async function readBody(req: NextRequest, limit: number): Promise<unknown> {
  const text = await readLimitedText(req, limit);
  if (!text) return undefined;
  // A JSON body under another type is how a cross-site form or a confused client sends it: refuse it.
  if (!isJsonType(req.headers.get("content-type"))) {
    throw new ApiError("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The request body is not valid JSON.");
  }
  const unsafe = findUnsafeText(parsed);
  if (unsafe) {
    const message = `${unsafe.field} ${unsafe.reason}.`;
    throw new ApiError("validation_failed", `Invalid request body: ${message}`, { fields: [{ field: unsafe.field, message: `This ${unsafe.reason}.` }] });
  }
  return parsed;
}

/** The host part of an Origin header, or null when it is `null`, malformed or not http(s). */
function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}

function assertSameOrigin(req: NextRequest) {
  if (!mutating.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? req.nextUrl.host;
  // `Origin: null` (sandboxed frames, file: pages, some redirects) and malformed values are not the dashboard.
  if (site === "cross-site" || (origin !== null && originHost(origin) !== host)) {
    throw new ApiError("forbidden", "Requests that change data must come from the dashboard itself.");
  }
}

/** Path parameters are ids: control characters in them are never valid and must not reach the database. */
function assertCleanParams(params: Record<string, string | string[] | undefined>) {
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value ?? ""]) {
      const reason = unsafeTextReason(item);
      if (reason) throw new ApiError("bad_request", `The ${name} in the address ${reason}.`);
    }
  }
}

/** The query string too: a NUL in a filter would otherwise reach PostgreSQL, which refuses it with an error (a 500). */
function assertCleanQuery(query: Record<string, string>) {
  for (const [name, value] of Object.entries(query)) {
    const reason = unsafeTextReason(name) ?? unsafeTextReason(value);
    if (!reason) continue;
    const field = name.replace(/[^\w.-]/g, "?");
    throw new ApiError("validation_failed", `Invalid query: ${field} ${reason}.`, { fields: [{ field, message: `This ${reason}.` }] });
  }
}

function authorize(viewer: Viewer | null, access: Access): Viewer | null {
  if (access === "public") return viewer;
  if (!viewer) throw new ApiError("unauthenticated", "Sign in to continue.");
  if (access === "admin" && !isAdminRole(viewer.role)) throw new ApiError("forbidden", "Only workspace admins can do this.");
  if (access === "owner" && viewer.role !== "owner") throw new ApiError("forbidden", "Only the workspace owner can do this.");
  return viewer;
}

export function errorResponse(error: unknown): Response {
  const apiError =
    error instanceof ApiError
      ? error
      : error instanceof ZoomApiError
        ? zoomErrorToApiError(error)
        : new ApiError("internal", "Something went wrong on the server. Try again; if it persists, check the server log.");
  if (apiError.code === "internal") logger.error("unhandled route error", { error: error instanceof Error ? error.message : String(error) });
  return Response.json(apiError.toBody(), { status: apiError.status, headers: apiError.extra.headers });
}

/**
 * Answers carry the viewer's data (meeting passcodes, start links, members): no browser or proxy
 * cache may keep them. A handler that sets its own Cache-Control keeps it.
 */
function noStore(response: Response): Response {
  if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
  return response;
}

export function route<A extends Access, P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  spec: RouteSpec<P, Q, B> & { access: A },
  handler: (input: RouteInput<A, Infer<P>, Infer<Q>, Infer<B>>) => Promise<unknown>,
) {
  return async (req: NextRequest, context: NextContext): Promise<Response> => {
    const notes = auditNotes();
    let viewer: Viewer | null = null;
    let rawParams: Record<string, string | string[] | undefined> = {};
    let body: unknown;
    let response: Response;
    let failure: unknown;
    try {
      // Straight off the request: the same cookie next/headers' cookies() would read, without its request-store lookup.
      const session = req.cookies.get(sessionCookieName)?.value;
      viewer = spec.access === "public" ? await viewerForCookie(session).catch(() => null) : await viewerForCookie(session);
      authorize(viewer, spec.access);
      assertSameOrigin(req);
      // Routes without dynamic segments get no params at all.
      rawParams = (await context?.params) ?? {};
      assertCleanParams(rawParams);
      const params = parse(spec.params as P, rawParams, "path");
      const rawQuery = Object.fromEntries(req.nextUrl.searchParams);
      assertCleanQuery(rawQuery);
      const query = parse(spec.query as Q, rawQuery, "query");
      body = parse(spec.body as B, spec.body ? await readBody(req, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined, "request body");
      const input = { req, viewer: viewer as RouteInput<A, unknown, unknown, unknown>["viewer"], params, query, body: body as Infer<B>, audit: notes };
      const result = await handler(input);
      response = noStore(result instanceof Response ? result : result === undefined ? new Response(null, { status: 204 }) : Response.json(result));
    } catch (error) {
      failure = error;
      response = noStore(errorResponse(error));
    }
    // A signed-out caller has no one to name; their refusal is the 401 itself.
    if (viewer && mutating.has(req.method)) {
      auditRequest({ req, viewer, label: spec.audit, params: rawParams, body, notes, status: response.status, error: failure });
    }
    return response;
  };
}
