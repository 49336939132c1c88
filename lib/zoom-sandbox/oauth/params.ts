/**
 * Reading OAuth parameters the way zoom.us accepts them: from the query string or an
 * x-www-form-urlencoded body, with client credentials in HTTP Basic auth or the form.
 */
import { timingSafeEqual } from "node:crypto";
import type { SandboxRuntime } from "../runtime";

/** Query parameters overlaid by form-body parameters. */
export async function readParams(req: Request, url: URL): Promise<URLSearchParams> {
  const params = new URLSearchParams(url.searchParams);
  if (req.method === "POST" || req.method === "PUT") {
    const type = req.headers.get("content-type") ?? "";
    const text = await req.text();
    if (text && (type.includes("application/x-www-form-urlencoded") || !type || type.includes("text/plain"))) {
      for (const [k, v] of new URLSearchParams(text)) params.set(k, v);
    } else if (text && type.includes("application/json")) {
      try {
        const body = JSON.parse(text) as Record<string, unknown>;
        for (const [k, v] of Object.entries(body)) if (typeof v === "string") params.set(k, v);
      } catch {
        // Zoom only documents form bodies; unreadable JSON is treated as no parameters.
      }
    }
  }
  return params;
}

export interface ClientCredentials {
  clientId?: string;
  clientSecret?: string;
}

export function clientCredentials(req: Request, params: URLSearchParams): ClientCredentials {
  const header = req.headers.get("authorization") ?? "";
  const m = /^Basic\s+(\S+)$/i.exec(header);
  if (m) {
    const decoded = Buffer.from(m[1], "base64").toString("utf8");
    const i = decoded.indexOf(":");
    if (i >= 0) {
      return { clientId: decodeURIComponent(decoded.slice(0, i)), clientSecret: decodeURIComponent(decoded.slice(i + 1)) };
    }
  }
  return { clientId: params.get("client_id") ?? undefined, clientSecret: params.get("client_secret") ?? undefined };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function validClient(rt: SandboxRuntime, creds: ClientCredentials): boolean {
  return (
    creds.clientId !== undefined &&
    creds.clientSecret !== undefined &&
    same(creds.clientId, rt.opts.clientId) &&
    same(creds.clientSecret, rt.opts.clientSecret)
  );
}

/** OAuth endpoint errors use the RFC-style body Zoom sends: `{"reason": "...", "error": "..."}`. */
export function oauthError(status: number, error: string, reason: string): Response {
  return new Response(JSON.stringify({ reason, error }), {
    status,
    headers: { "content-type": "application/json;charset=UTF-8", "cache-control": "no-store" },
  });
}

/** The redirect URIs the app accepts: exact list, or any http(s) URI on a loopback host. */
export function redirectAllowed(rt: SandboxRuntime, uri: string, requestHost?: string | null): boolean {
  if (rt.opts.sameHostRedirectPath && requestHost) {
    try {
      const u = new URL(uri);
      if ((u.protocol === "http:" || u.protocol === "https:") && u.host === requestHost && u.pathname === rt.opts.sameHostRedirectPath && !u.search) return true;
    } catch {
      // not a URL: falls through to the other rules, which refuse it too
    }
  }
  if (rt.opts.allowedRedirectUris) return rt.opts.allowedRedirectUris.includes(uri);
  try {
    const u = new URL(uri);
    return (u.protocol === "http:" || u.protocol === "https:") && ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname);
  } catch {
    return false;
  }
}

/** Appends parameters to a redirect URI, keeping any query it already has. */
export function withQuery(uri: string, params: Record<string, string | undefined>): string {
  const u = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, v);
  return u.toString();
}
