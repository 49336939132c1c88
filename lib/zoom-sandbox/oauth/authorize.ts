/**
 * `GET/POST /oauth/authorize`: the consent page and its decision. Validation order follows what
 * zoom.us shows: unknown client and redirect mismatch render an error page (never redirect to an
 * unverified URI); a denied consent redirects back with `error=access_denied`.
 */
import { createHash } from "node:crypto";
import { html, redirect } from "../http";
import type { SandboxRuntime } from "../runtime";
import { findUser } from "../users/lookup";
import { errorPage, escapeHtml, hiddenFields, page, signInUsers, userRadios } from "./pages";
import { readParams, redirectAllowed, withQuery } from "./params";
import { scopesForUser } from "./scopes";
import { CODE_TTL_S, newSecret, revokeUserGrants } from "./store";

interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: "S256" | "plain";
}

type Validated = { ok: true; request: AuthorizeRequest } | { ok: false; response: Response };

function fail(status: number, message: string, code?: number): Validated {
  return { ok: false, response: html(status, errorPage("Authorization error", message, code)) };
}

function validate(rt: SandboxRuntime, params: URLSearchParams, requestHost: string | null): Validated {
  const clientId = params.get("client_id");
  if (!clientId) return fail(400, "Missing client_id.", 4706);
  if (clientId !== rt.opts.clientId) return fail(400, `Invalid client_id: ${clientId}`, 4702);
  let redirectUri = params.get("redirect_uri") ?? "";
  if (!redirectUri && rt.opts.allowedRedirectUris?.length === 1) redirectUri = rt.opts.allowedRedirectUris[0];
  if (!redirectUri || !redirectAllowed(rt, redirectUri, requestHost)) return fail(400, "Redirect URI mismatch.", 4709);
  if (params.get("response_type") !== "code") return fail(400, "Invalid response_type: only \"code\" is supported.", 4700);
  const codeChallenge = params.get("code_challenge") || undefined;
  const rawMethod = params.get("code_challenge_method") || (codeChallenge ? "plain" : undefined);
  if (rawMethod !== undefined && rawMethod !== "S256" && rawMethod !== "plain") {
    return fail(400, `Invalid code_challenge_method: ${rawMethod}`, 4700);
  }
  return {
    ok: true,
    request: {
      clientId,
      redirectUri,
      state: params.get("state") ?? undefined,
      codeChallenge,
      codeChallengeMethod: codeChallenge ? (rawMethod as "S256" | "plain") : undefined,
    },
  };
}

function consentPage(rt: SandboxRuntime, request: AuthorizeRequest, loginHint: string | null): string {
  const users = signInUsers(rt.state.users);
  const hinted = loginHint ? findUser(rt.state, loginHint) : undefined;
  const selected = hinted && users.includes(hinted) ? hinted.id : users[0]?.id;
  const scopes = rt.config.grantedScopes.length ? rt.config.grantedScopes.join(", ") : "(none)";
  return page(
    "Authorize app · Zoom Sandbox",
    `<h1>Allow this app to use your Zoom account?</h1>
<p>The app <code>${escapeHtml(request.clientId)}</code> is asking to sign you in and act on your behalf.
It will be redirected to <code>${escapeHtml(request.redirectUri)}</code>.</p>
<form method="post" action="authorize">
${hiddenFields({
  response_type: "code",
  client_id: request.clientId,
  redirect_uri: request.redirectUri,
  state: request.state,
  code_challenge: request.codeChallenge,
  code_challenge_method: request.codeChallengeMethod,
})}
${userRadios(users, selected)}
<details><summary>Scopes the app will receive</summary><p class="scopes">${escapeHtml(scopes)}</p></details>
<div class="actions">
<button type="submit" class="primary" name="decision" value="allow">Allow</button>
<button type="submit" class="secondary" name="decision" value="deny" formnovalidate>Deny</button>
</div>
</form>`,
  );
}

export async function authorize(rt: SandboxRuntime, req: Request, url: URL): Promise<Response> {
  const params = await readParams(req, url);
  const checked = validate(rt, params, req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host);
  if (!checked.ok) return checked.response;
  const request = checked.request;
  if (req.method === "GET") return html(200, consentPage(rt, request, params.get("login_hint")));

  if (params.get("decision") !== "allow") {
    return redirect(withQuery(request.redirectUri, { error: "access_denied", state: request.state }));
  }
  const user = signInUsers(rt.state.users).find((u) => u.id === params.get("user_id"));
  if (!user) return html(400, errorPage("Authorization error", "Choose a user to sign in as.", 4700));

  const nowMs = rt.clock.now().getTime();
  // A new authorization makes earlier tokens of this user+app stale (Zoom OAuth error 4741).
  revokeUserGrants(rt.oauth, user.id, request.clientId);
  const code = newSecret(24);
  rt.oauth.codes[code] = {
    clientId: request.clientId,
    userId: user.id,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallengeMethod,
    scopes: scopesForUser(rt, user),
    grantId: newSecret(12),
    expiresAt: nowMs + CODE_TTL_S * 1000,
  };
  rt.changed();
  return redirect(withQuery(request.redirectUri, { code, state: request.state }));
}

/** PKCE check; challenges are compared without `=` padding (Zoom's blog pads, RFC 7636 does not). */
export function pkceMatches(challenge: string, method: "S256" | "plain", verifier: string): boolean {
  const strip = (s: string) => s.replace(/=+$/, "");
  if (method === "plain") return strip(verifier) === strip(challenge);
  const hashed = createHash("sha256").update(verifier).digest("base64url");
  return hashed === strip(challenge).replace(/\+/g, "-").replace(/\//g, "_");
}
