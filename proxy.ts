/**
 * Runs before every page request (Next 16's proxy, Node runtime); not before /api/*, whose JSON
 * answers need no nonce, and whose hot path (every proxied Zoom call) should not pay for one:
 * - With APP_URL set, a page requested under another host is sent on to APP_URL (by the root layout),
 *   so cookies and OAuth redirects always live on one address. Without APP_URL every address works.
 * - A fresh nonce per page and a Content-Security-Policy that allows only this app's scripts
 *   (Next applies the nonce to its own scripts when it finds it in the request's CSP header).
 * - HSTS when the dashboard is served over https.
 */
import { NextResponse, type NextRequest } from "next/server";
import { appUrl, appUrlConfigured, zoomConfig } from "@/lib/env";

const secure = appUrl.startsWith("https://");
const configuredHost = appUrlConfigured ? new URL(appUrl).host : null;

/** Where sign-in may send the browser (next-auth's redirect to Zoom's consent page is a navigation). */
const formAction = `form-action 'self' ${zoomConfig().mode === "zoom" ? new URL(zoomConfig().oauthBaseUrl).origin : ""}`.trim();

// Everything but the nonce is fixed for the process: built once, not on every request.
const policyAfterScripts = [
  // Inline style attributes and the toast library's injected <style> need this; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  // Zoom profile pictures come from Zoom's CDN.
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  formAction,
  "frame-ancestors 'none'",
  ...(secure ? ["upgrade-insecure-requests"] : []),
].join("; ");

export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; ${policyAfterScripts}`;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  // The embedded sandbox is also called by the server itself over loopback.
  const internal = pathname.startsWith("/sandbox");
  // The redirect itself is made by the root layout: Next rewrites a Location that a proxy answers with
  // on the server's own port into a relative path — which would send the browser back here forever.
  const elsewhere = configuredHost && host && host !== configuredHost && !internal ? `${appUrl}${pathname}${request.nextUrl.search}` : null;

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pathname.startsWith("/sandbox") ? "frame-ancestors 'none'" : contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  if (elsewhere) requestHeaders.set("x-app-url-redirect", elsewhere);
  else requestHeaders.delete("x-app-url-redirect");
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  if (secure) response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // API answers keep next.config.js's headers (nosniff, X-Frame-Options DENY, COOP) and `no-store`.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.svg|api/).*)" }],
};
