/**
 * The REST pipeline under `/v2`: route → fault → bearer → scopes → rate limits → body → handler.
 * Handlers only ever see an authenticated, rate-limited RouteContext and throw ZoomSandboxError
 * for Zoom-shaped failures.
 */
import { bindRoute } from "./access";
import { bump } from "./counters";
import { applyFault } from "./fault-response";
import { handlerLimits } from "./handler-limits";
import { zoomError } from "./http";
import { findMeetingIn } from "./meetings/lookup";
import { liveAccessToken } from "./oauth/store";
import { HOST_WRITE_OPERATIONS } from "./rate-limits";
import { match, splitPath, type Compiled } from "./route-table";
import type { SandboxRuntime } from "./runtime";
import { ZoomSandboxError, type RouteContext, type RouteDef, type SandboxAuth } from "./types";
import { findUser } from "./users/lookup";
import { findWebinarIn } from "./webinars/lookup";

const INVALID_TOKEN = { code: 124, message: "Invalid access token." };

/** What a live access token may do; undefined when it is unknown, expired or revoked. */
export function tokenAuth(rt: SandboxRuntime, token: string): SandboxAuth | undefined {
  const record = liveAccessToken(rt.oauth, token, rt.clock.now().getTime());
  if (!record) return undefined;
  return { token, kind: record.kind, userId: record.userId, accountId: rt.state.accountId, clientId: record.clientId, scopes: record.scopes };
}

function authenticate(rt: SandboxRuntime, req: Request): SandboxAuth | undefined {
  const header = req.headers.get("authorization") ?? "";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const auth = m ? tokenAuth(rt, m[1]) : undefined;
  if (!auth) return undefined;
  // Tokens of users removed or deactivated since issuance stop working (OAuth 4735/4738).
  const user = rt.state.users.find((u) => u.id === auth.userId);
  if (!user || user.status === "inactive") return undefined;
  return auth;
}

function missingScopes(route: RouteDef): string {
  // Granular scopes name a resource in the third segment (`meeting:read:list_meetings[:admin]`);
  // `meeting:read:admin` is a macro scope.
  const granular = route.scopes.filter((s) => {
    const parts = s.split(":");
    return parts.length >= 3 && parts[2] !== "admin" && parts[2] !== "master";
  });
  return (granular.length ? granular : route.scopes).join(", ");
}

/** Whose daily write budget a create/update spends: the path user, or the meeting's host. */
function hostOf(rt: SandboxRuntime, ctx: RouteContext): string | undefined {
  const { userId, meetingId, webinarId } = ctx.params;
  if (userId) return userId === "me" ? ctx.auth.userId : findUser(rt.state, userId)?.id;
  if (meetingId) return findMeetingIn(rt.state, meetingId)?.host_id;
  if (webinarId) return findWebinarIn(rt.state, webinarId)?.host_id;
  return undefined;
}

/** The raw body (already in memory, see body-limit.ts); "" for GET/HEAD, whose bodies Zoom ignores. */
async function readText(req: Request): Promise<string> {
  return req.method === "GET" || req.method === "HEAD" ? "" : req.text();
}

function parseJson(text: string): { ok: true; body: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export async function handleRest(
  rt: SandboxRuntime,
  table: Compiled<RouteDef>[],
  req: Request,
  url: URL,
  pathname: string,
): Promise<Response> {
  const found = match(table, req.method, splitPath(pathname.slice(3)));
  const text = await readText(req);
  if (found.kind !== "match") {
    const faulted = await applyFault(rt, { method: req.method, pathname, body: text });
    if (faulted) return faulted;
    // Zoom's spec lists 2300 "This API endpoint is not recognized." (under 400 on GET /users); we use 404.
    return zoomError(404, 2300, "This API endpoint is not recognized.");
  }
  const route = found.route.def;
  bump(rt.counters.calls, route.operationId);

  const target = { method: req.method, pathname, routePath: route.path, operationId: route.operationId, body: text };
  const faulted = await applyFault(rt, target);
  if (faulted) return faulted;

  const auth = authenticate(rt, req);
  if (!auth) return zoomError(401, INVALID_TOKEN.code, INVALID_TOKEN.message);
  if (route.scopes.length && !route.scopes.some((s) => auth.scopes.includes(s))) {
    return zoomError(400, 4711, `Invalid access token, does not contain scopes:[${missingScopes(route)}].`);
  }

  const now = rt.clock.now();
  const decision = rt.limiter.check(rt.config.rateLimits, route.rateLimit, now);
  if (!decision.ok) return zoomError(decision.status!, decision.body!.code, decision.body!.message, undefined, decision.headers);

  const parsed = parseJson(text);
  if (!parsed.ok) {
    return zoomError(400, 300, "Request Body should be a valid JSON object.", undefined, decision.headers);
  }

  const ctx: RouteContext = {
    req,
    url,
    params: found.params,
    query: url.searchParams,
    body: parsed.body,
    auth,
    state: rt.state,
    now: () => rt.clock.now(),
    baseUrl: rt.opts.baseUrl,
    random: rt.random,
    limits: handlerLimits(rt),
  };
  bindRoute(ctx, route);

  if (HOST_WRITE_OPERATIONS.has(route.operationId)) {
    const hostId = hostOf(rt, ctx);
    if (hostId) {
      const hostDecision = rt.limiter.checkHostWrite(rt.config.rateLimits, hostId, now);
      if (!hostDecision.ok) {
        return zoomError(429, 429, hostDecision.body!.message, undefined, { ...decision.headers, ...hostDecision.headers });
      }
    }
  }

  let res: Response;
  try {
    res = await route.handle(ctx);
  } catch (err) {
    if (err instanceof ZoomSandboxError) {
      res = zoomError(err.status, err.code, err.message, err.errors, err.headers);
    } else {
      console.error(`[zoom-sandbox] ${route.operationId} failed:`, err);
      res = zoomError(500, 500, "Internal sandbox error.");
    }
  }
  if (req.method !== "GET" && res.status < 300) rt.changed();
  // "It happened, but the answer was lost": the change above stands whatever the client sees.
  const lost = await applyFault(rt, target, "after");
  if (lost) return lost;
  const merged = new Headers(res.headers);
  for (const [k, v] of Object.entries(decision.headers)) if (!merged.has(k)) merged.set(k, v);
  return new Response(res.body, { status: res.status, headers: merged });
}
