/**
 * next-auth's own endpoints (sign-in redirect, Zoom callback, session, CSRF, sign-out). The one
 * route that does not go through lib/api/route.ts: it *is* the authentication step, and next-auth
 * checks its own CSRF token on every POST. Malformed input is refused here with a JSON 4xx before
 * next-auth sees it (next-auth itself answers a broken JSON body with a 500 and a stack trace).
 */
import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/next-auth";
import { appUrl, appUrlConfigured } from "@/lib/env";
import { logger } from "@/lib/server/logger";

type Context = { params: Promise<{ nextauth: string[] }> };

const refuse = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });

/** The address the browser used, when the dashboard has no fixed APP_URL (see lib/env.ts). */
function requestOrigin(req: NextRequest): string | null {
  if (appUrlConfigured) return null;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!host || !/^[A-Za-z0-9.\-[\]:]+$/.test(host)) return null;
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/** next-auth's POSTs are forms (or JSON from its own client); anything else is refused before parsing. */
async function malformedPost(req: NextRequest): Promise<Response | null> {
  if (req.method !== "POST") return null;
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > 64 * 1024) return refuse(413, "payload_too_large", "The request body is too large.");
  if (type === "application/json") {
    const text = await req.clone().text();
    if (text.length > 64 * 1024) return refuse(413, "payload_too_large", "The request body is too large.");
    try {
      JSON.parse(text || "{}");
    } catch {
      return refuse(400, "bad_request", "The request body is not valid JSON.");
    }
    return null;
  }
  if (type === "application/x-www-form-urlencoded" || type === "") return null;
  return refuse(415, "unsupported_media_type", "Send a form (application/x-www-form-urlencoded).");
}

// Built per request, not at import: `next build` must not need the generated secrets.
async function handler(req: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  const origin = requestOrigin(req);
  // next-auth reports "Deny" on Zoom's consent page as a generic OAuthCallback error; say what happened.
  if (nextauth.join("/") === "callback/zoom" && req.nextUrl.searchParams.get("error") === "access_denied") {
    return NextResponse.redirect(`${origin ?? appUrl}/signin?error=ZoomDenied`);
  }
  const refused = await malformedPost(req);
  if (refused) return refused;
  try {
    return await NextAuth(req, { params: Promise.resolve({ nextauth }) }, authOptions(origin));
  } catch (error) {
    logger.error("next-auth request failed", { action: nextauth.join("/").slice(0, 64), error: error instanceof Error ? error.message.split("\n")[0]!.slice(0, 160) : "unknown" });
    return refuse(400, "bad_request", "The sign-in request could not be processed. Go back to the sign-in page and try again.");
  }
}

export { handler as GET, handler as POST };
