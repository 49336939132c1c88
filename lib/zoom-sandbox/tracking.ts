/**
 * `x-zm-trackingid`: Zoom sends one on every response and support asks for it; clients
 * (Rivet, our ZoomApiError) keep it, so the sandbox sends one too.
 */
import { randomBytes } from "node:crypto";

export function newTrackingId(): string {
  return `v=2.0;clid=sandbox;rid=WEB_${randomBytes(16).toString("hex")}`;
}

/** Copies `res` with extra headers (Response headers can be immutable). */
export function withHeaders(res: Response, headers: Record<string, string>): Response {
  const merged = new Headers(res.headers);
  for (const [k, v] of Object.entries(headers)) if (!merged.has(k)) merged.set(k, v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers: merged });
}
