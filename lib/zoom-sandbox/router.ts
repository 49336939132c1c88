/**
 * The sandbox's front door: strips the mount prefix and dispatches to OAuth, REST (`/v2`), the
 * control API (`/_sandbox`), the raw routes outside `/v2` and the small web pages. Every response gets an
 * `x-zm-trackingid`.
 */
import { boundBody } from "./body-limit";
import { ControlError, coreControlRoutes } from "./control/routes";
import { bodyLimitFor } from "./mail/limits";
import { applyFault, isConnectionReset } from "./fault-response";
import { handlerLimits } from "./handler-limits";
import { json } from "./http";
import { authorize } from "./oauth/authorize";
import { deviceCodeRequest, deviceVerification } from "./oauth/device";
import { revoke } from "./oauth/revoke";
import { token } from "./oauth/token";
import type { Peer } from "./peer";
import { handleRest, tokenAuth } from "./rest";
import { compile, match, splitPath, type Compiled } from "./route-table";
import { rawRoutes, resourceControlRoutes } from "./routes";
import type { SandboxRuntime } from "./runtime";
import { newTrackingId, withHeaders } from "./tracking";
import type { ControlContext, RouteDef } from "./types";
import { webhookControlRoutes } from "./webhooks/control";
import { avatar, joinPage, landingPage, registrationPage } from "./web-pages";

export interface Router {
  handle(req: Request, peer?: Peer): Promise<Response>;
}

function stripBase(pathname: string, basePath: string): string {
  if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))) return pathname.slice(basePath.length) || "/";
  return pathname;
}

async function readControlBody(req: Request): Promise<unknown> {
  if (req.method === "GET" || req.method === "DELETE") {
    const text = await req.text().catch(() => "");
    return text ? JSON.parse(text) : undefined;
  }
  const text = await req.text();
  return text.trim() ? JSON.parse(text) : undefined;
}

export function createRouter(rt: SandboxRuntime): Router {
  const rest: Compiled<RouteDef>[] = compile(rt.routes);
  const control = compile([...coreControlRoutes(rt), ...webhookControlRoutes(rt), ...resourceControlRoutes]);
  const rawTable = compile(rawRoutes);

  const controlContext = (req: Request, url: URL, params: Record<string, string>, body: unknown): ControlContext => ({
    req,
    url,
    params,
    query: url.searchParams,
    body,
    state: rt.state,
    now: () => rt.clock.now(),
    baseUrl: rt.opts.baseUrl,
    random: rt.random,
    limits: handlerLimits(rt),
  });

  async function handleControl(req: Request, url: URL, pathname: string): Promise<Response> {
    const found = match(control, req.method, splitPath(pathname.slice("/_sandbox".length)));
    if (found.kind !== "match") return json(404, { error: `No control route ${req.method} ${pathname}` });
    let body: unknown;
    try {
      body = await readControlBody(req);
    } catch {
      return json(400, { error: "Body is not valid JSON." });
    }
    try {
      const res = await found.route.def.handle(controlContext(req, url, found.params, body));
      if (req.method !== "GET") rt.changed();
      return res;
    } catch (err) {
      if (err instanceof ControlError) return json(err.status, { error: err.message });
      const status = (err as { status?: number }).status;
      if (typeof status === "number") return json(status, { error: (err as Error).message });
      console.error("[zoom-sandbox] control route failed:", err);
      return json(500, { error: (err as Error).message });
    }
  }

  async function handleRaw(req: Request, url: URL, pathname: string): Promise<Response | undefined> {
    // HEAD is GET without the body (downloads check size and Range support this way).
    const head = req.method === "HEAD";
    const found = match(rawTable, head ? "GET" : req.method, splitPath(pathname));
    if (found.kind !== "match") return undefined;
    const authenticate = (accessToken: string) => tokenAuth(rt, accessToken);
    const res = await found.route.def.handle({ ...controlContext(req, url, found.params, undefined), authenticate });
    if (head) {
      await res.body?.cancel();
      return new Response(null, { status: res.status, headers: res.headers });
    }
    if (req.method !== "GET" && res.status < 300) rt.changed();
    return res;
  }

  const notFound = (pathname: string) => json(404, { error: "Not found", path: pathname });

  async function dispatch(req: Request, peer: Peer): Promise<Response> {
    const url = new URL(req.url);
    const pathname = stripBase(url.pathname, rt.opts.basePath);
    if (pathname === "/v2" || pathname.startsWith("/v2/")) return handleRest(rt, rest, req, url, pathname);
    // With control off the API is not merely refused but absent: the same 404 as any unknown path.
    if (pathname === "/_sandbox" || pathname.startsWith("/_sandbox/")) return rt.opts.control ? handleControl(req, url, pathname) : notFound(pathname);

    // Only a fault that looks at bodies makes this read a copy; the handlers below read the original.
    const body = rt.faults.needsBody() ? await req.clone().text() : undefined;
    const faulted = await applyFault(rt, { method: req.method, pathname, body });
    if (faulted) return faulted;
    const segments = splitPath(pathname);
    const [first, second] = segments;
    if (first === "oauth" && segments.length === 2) {
      if (second === "authorize" && (req.method === "GET" || req.method === "POST")) return authorize(rt, req, url);
      if (second === "token" && req.method === "POST") return token(rt, req, url, peer);
      if (second === "revoke" && req.method === "POST") return revoke(rt, req, url);
      if (second === "devicecode" && req.method === "POST") return deviceCodeRequest(rt, req, url);
    }
    if ((pathname === "/oauth_device" || pathname === "/activate") && (req.method === "GET" || req.method === "POST")) {
      return deviceVerification(rt, req, url);
    }
    const rawRes = await handleRaw(req, url, pathname);
    if (rawRes) return rawRes;
    if (req.method === "GET") {
      if (segments.length === 0) return landingPage(rt);
      if (segments.length === 2 && (first === "j" || first === "w" || first === "s")) return joinPage(rt, first, second);
      if (segments.length === 2 && first === "p") return avatar(rt, decodeURIComponent(second));
      if (segments.length === 3 && (first === "meeting" || first === "webinar") && second === "register") return registrationPage(rt, segments[2]);
    }
    return notFound(pathname);
  }

  return {
    async handle(req: Request, peer: Peer = {}): Promise<Response> {
      const bounded = await boundBody(req, bodyLimitFor(new URL(req.url).pathname, rt.opts.maxBodyBytes));
      // A reset replaces the whole state: that is not a stream of Zoom events.
      const watch = bounded.ok && req.method !== "GET" && !new URL(req.url).pathname.endsWith("/_sandbox/reset") ? rt.webhooks.before() : null;
      const res = bounded.ok ? await dispatch(bounded.req, peer) : bounded.response;
      // Whatever the answer (a "lost answer" fault still changed state), what changed is reported.
      if (watch) rt.webhooks.after(watch);
      if (isConnectionReset(res)) return res;
      return withHeaders(res, { "x-zm-trackingid": newTrackingId() });
    },
  };
}
