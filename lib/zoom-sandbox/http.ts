/**
 * Response helpers shared by every sandbox module. Handlers return these; the router adds
 * `x-zm-trackingid` and rate-limit headers on the way out, so helpers stay header-agnostic.
 */

/** A JSON response with Zoom's content type. */
export function json(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json;charset=UTF-8", ...headers },
  });
}

/** An empty response; Zoom answers PATCH/DELETE with 204 and live-meeting events with 202. */
export function noContent(status = 204, headers?: Record<string, string>): Response {
  return new Response(null, { status, headers });
}

/** An HTML page (OAuth consent, device verification, error pages). */
export function html(status: number, body: string, headers?: Record<string, string>): Response {
  return new Response(body, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** A 302 redirect, as Zoom's /oauth/authorize uses to hand the code back. */
export function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
}

/** Zoom's error body: `{code, message}` plus `errors[]` for validation failures. */
export function zoomError(
  status: number,
  code: number,
  message: string,
  errors?: { field: string; message: string }[],
  headers?: Record<string, string>,
): Response {
  return json(status, errors ? { code, message, errors } : { code, message }, headers);
}
