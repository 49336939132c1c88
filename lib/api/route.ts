/**
 * The one wrapper every route handler goes through: authenticate (session, workspace, role) →
 * refuse cross-origin mutations → parse params/query/body with zod → call → respond.
 * Errors become `{ error: { code, message, fields?, zoom? } }` with the status from lib/api/errors.ts.
 */
import type { NextRequest } from "next/server";
import { z } from "zod";
import { ApiError, type FieldIssue } from "@/lib/api/errors";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole, type Viewer } from "@/lib/auth/viewer-type";
import { ZoomApiError } from "@/lib/zoom/errors";
import { zoomErrorToApiError } from "@/lib/api/zoom-error";
import { logger } from "@/lib/server/logger";

export type Access = "public" | "member" | "admin" | "owner";

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> {
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
}

export interface RouteInput<A extends Access, P, Q, B> {
  req: NextRequest;
  viewer: A extends "public" ? Viewer | null : Viewer;
  params: P;
  query: Q;
  body: B;
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
  throw new ApiError("validation_failed", `Invalid ${where}: ${first.field} — ${first.message}${more}.`, { fields });
}

async function readBody(req: NextRequest): Promise<unknown> {
  const text = await req.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The request body is not valid JSON.");
  }
}

function assertSameOrigin(req: NextRequest) {
  if (!mutating.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (site === "cross-site" || (origin && host && new URL(origin).host !== host)) {
    throw new ApiError("forbidden", "Requests that change data must come from the dashboard itself.");
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

export function route<A extends Access, P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  spec: RouteSpec<P, Q, B> & { access: A },
  handler: (input: RouteInput<A, Infer<P>, Infer<Q>, Infer<B>>) => Promise<unknown>,
) {
  return async (req: NextRequest, context: NextContext): Promise<Response> => {
    try {
      const viewer = authorize(spec.access === "public" ? await getViewer().catch(() => null) : await getViewer(), spec.access);
      assertSameOrigin(req);
      const params = parse(spec.params as P, await context.params, "path");
      const query = parse(spec.query as Q, Object.fromEntries(req.nextUrl.searchParams), "query");
      const body = parse(spec.body as B, spec.body ? await readBody(req) : undefined, "request body");
      const result = await handler({ req, viewer: viewer as RouteInput<A, unknown, unknown, unknown>["viewer"], params, query, body });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
