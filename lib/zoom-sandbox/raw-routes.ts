/**
 * Routes outside `/v2` and `/_sandbox`: recording downloads (`/rec/...`) and the closed-caption
 * ingestion URL (`/closedcaption`). On zoom.us these live on other hosts and take other
 * credentials (a bearer for downloads, a signed URL for captions), so they are neither RouteDefs
 * (no operationId, no scope or rate-limit pipeline) nor control routes (those are unauthenticated).
 *
 * What the router does for them (see SANDBOX.md): match `path` at the sandbox root
 * (after the mount prefix), decode path params once, leave the body unread (`body` undefined —
 * captions are `text/plain`), and pass `authenticate` so a handler can resolve an OAuth access
 * token exactly like `/v2` does.
 */
import type { ControlContext, HttpMethod, SandboxAuth } from "./types";

export interface RawRouteContext extends ControlContext {
  /** The live OAuth access token's auth, or undefined when it is unknown, expired or revoked. */
  authenticate(token: string): SandboxAuth | undefined;
}

export interface RawRouteDef {
  method: HttpMethod;
  /** Path at the sandbox root, e.g. `/rec/download/{fileId}`. */
  path: string;
  handle(ctx: RawRouteContext): Response | Promise<Response>;
}

/** The bearer a raw route was given: `Authorization: Bearer …` or `?access_token=`. */
export function bearerOf(ctx: RawRouteContext): string | undefined {
  const header = ctx.req.headers.get("authorization") ?? "";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m?.[1] ?? ctx.query.get("access_token") ?? undefined;
}

/** A plain-text response (caption ingestion answers in text, not JSON). */
export function text(status: number, body: string, headers?: Record<string, string>): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}
