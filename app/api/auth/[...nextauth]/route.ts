/**
 * next-auth's own endpoints (sign-in redirect, Zoom callback, session, CSRF, sign-out). The one
 * route that does not go through lib/api/route.ts: it *is* the authentication step, and next-auth
 * checks its own CSRF token on every POST.
 */
import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/next-auth";
import { appUrl } from "@/lib/env";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request, not at import: `next build` must not need the generated secrets.
async function handler(req: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  // next-auth reports "Deny" on Zoom's consent page as a generic OAuthCallback error; say what happened.
  if (nextauth.join("/") === "callback/zoom" && req.nextUrl.searchParams.get("error") === "access_denied") {
    return NextResponse.redirect(`${appUrl}/signin?error=ZoomDenied`);
  }
  return NextAuth(req, { params: Promise.resolve({ nextauth }) }, authOptions());
}

export { handler as GET, handler as POST };
