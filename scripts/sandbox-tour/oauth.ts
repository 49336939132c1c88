/**
 * The OAuth half of the seed collection: an OAuth app (authorization code with PKCE, refresh
 * rotation, revocation), a Server-to-Server app (account_credentials) and Device OAuth. The
 * browser parts are done as a browser does them: load the page, fill in its form, submit it, and
 * read the redirect (the redirect_uri is the dashboard's, so it is read, not called).
 */
import { createHash, randomBytes } from "node:crypto";
import { need, type StepResult, type StepSpec } from "./client";
import { APP, PEOPLE, bodyOf, v2, type TourContext } from "./context";
import { parseForm, submission } from "./html-form";

const BASIC = { id: APP.clientId, secret: APP.clientSecret };
const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

const hasTokens = (refresh: boolean) => (r: StepResult) => {
  const b = bodyOf(r);
  if (typeof b.access_token !== "string") return "no access_token";
  if (refresh !== (typeof b.refresh_token === "string")) return refresh ? "no refresh_token" : "unexpected refresh_token";
  return undefined;
};

function tokenStep(ctx: TourContext, key: string, form: Record<string, string>, expect: number, check?: StepSpec["check"]) {
  return ctx.tour.step({ key, method: "POST", url: "/oauth/token", basic: BASIC, form, expect, check });
}

function whoAmI(ctx: TourContext, key: string, token: string, expect = 200) {
  return v2(ctx, {
    key,
    method: "GET",
    path: "/users/me",
    token,
    expect,
    check: (r) => (expect === 401 && bodyOf(r).code !== 124 ? `expected code 124, got ${bodyOf(r).code}` : undefined),
  });
}

export async function authorizationCode(ctx: TourContext): Promise<void> {
  const { tour } = ctx;
  tour.section("OAuth app: authorization code + PKCE, refresh, revoke");
  // PKCE S256: the verifier stays here; only its hash travels through the browser.
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const state = randomBytes(8).toString("hex");
  const authorizeUrl = new URL(`${tour.baseUrl}/oauth/authorize`);
  authorizeUrl.search = new URLSearchParams({
    response_type: "code",
    client_id: APP.clientId,
    redirect_uri: APP.redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: "S256",
  }).toString();

  const page = await tour.step({ key: "oauth.authorize.page", method: "GET", url: authorizeUrl.toString(), expect: 200 });
  const form = need(parseForm(String(page.body ?? ""), authorizeUrl.toString()), "consent form");
  const fields = need(submission(form, PEOPLE.owner, "Allow"), `consent radio for ${PEOPLE.owner} and an Allow button`);
  const consent = await tour.step({
    key: "oauth.authorize.allow",
    method: form.method,
    url: form.action,
    form: fields,
    expect: 302,
    check: (r) => {
      const location = new URL(r.headers.location ?? "about:blank");
      if (`${location.origin}${location.pathname}` !== APP.redirectUri) return `redirected to ${r.headers.location}`;
      if (location.searchParams.get("state") !== state) return "state did not round-trip";
      return location.searchParams.get("code") ? undefined : "no code in the redirect";
    },
  });
  const code = need(new URL(consent.headers.location ?? "about:blank").searchParams.get("code"), "authorization code");

  const first = await tokenStep(
    ctx,
    "oauth.token.code",
    { grant_type: "authorization_code", code, redirect_uri: APP.redirectUri, code_verifier: verifier },
    200,
    hasTokens(true),
  );
  const firstTokens = bodyOf(first);
  await whoAmI(ctx, "oauth.me", need(firstTokens.access_token as string, "access token"));

  // Zoom rotates refresh tokens: the new pair replaces the old one, which is refused from now on.
  const oldRefresh = need(firstTokens.refresh_token as string, "refresh token");
  const refreshed = await tokenStep(ctx, "oauth.refresh", { grant_type: "refresh_token", refresh_token: oldRefresh }, 200, (r) =>
    hasTokens(true)(r) ?? (bodyOf(r).refresh_token === oldRefresh ? "refresh token did not rotate" : undefined),
  );
  await tokenStep(ctx, "oauth.refresh.reused", { grant_type: "refresh_token", refresh_token: oldRefresh }, 400, (r) =>
    bodyOf(r).error === "invalid_grant" && bodyOf(r).reason === "Invalid Token!" ? undefined : `unexpected body ${JSON.stringify(r.body)}`,
  );
  const access = need(bodyOf(refreshed).access_token as string, "refreshed access token");
  await whoAmI(ctx, "oauth.me.refreshed", access);

  // Revoking one token ends the whole authorization: the access token and its refresh token.
  await tour.step({
    key: "oauth.revoke",
    method: "POST",
    url: "/oauth/revoke",
    basic: BASIC,
    form: { token: access },
    expect: 200,
    check: (r) => (bodyOf(r).status === "success" ? undefined : "no {status: success}"),
  });
  await whoAmI(ctx, "oauth.me.revoked", access, 401);
  await tokenStep(ctx, "oauth.refresh.revoked", { grant_type: "refresh_token", refresh_token: bodyOf(refreshed).refresh_token as string }, 400);
}

export async function serverToServer(ctx: TourContext): Promise<void> {
  ctx.tour.section("Server-to-Server OAuth: account_credentials");
  // Zoom documents the S2S grant with its parameters in the query string, not a form body.
  const res = await ctx.tour.step({
    key: "oauth.s2s",
    method: "POST",
    url: "/oauth/token",
    query: { grant_type: "account_credentials", account_id: APP.accountId },
    basic: BASIC,
    expect: 200,
    check: hasTokens(false),
  });
  ctx.tokens.account = need(bodyOf(res).access_token as string, "account token");
}

export async function deviceFlow(ctx: TourContext): Promise<void> {
  const { tour } = ctx;
  tour.section("Device OAuth: device code, verification page, polling");
  const started = await tour.step({
    key: "oauth.device.code",
    method: "POST",
    url: "/oauth/devicecode",
    query: { client_id: APP.clientId },
    basic: BASIC,
    expect: 200,
    check: (r) => (bodyOf(r).device_code && bodyOf(r).user_code && bodyOf(r).verification_uri ? undefined : "incomplete device code response"),
  });
  const device = bodyOf(started);
  const deviceCode = need(device.device_code as string, "device_code");
  const poll = (key: string, expect: number, check?: StepSpec["check"]) =>
    tokenStep(ctx, key, { grant_type: DEVICE_GRANT, device_code: deviceCode }, expect, check);

  // The device polls at once; the person has not approved yet.
  await poll("oauth.device.pending", 400, (r) => (bodyOf(r).error === "authorization_pending" ? undefined : `error ${bodyOf(r).error}`));

  // Meanwhile the person opens verification_uri_complete in a browser: the code is filled in.
  const pageUrl = need(device.verification_uri_complete as string, "verification_uri_complete");
  const page = await tour.step({ key: "oauth.device.page", method: "GET", url: pageUrl, expect: 200 });
  const form = need(parseForm(String(page.body ?? ""), pageUrl), "device verification form");
  const fields = need(submission(form, PEOPLE.member, "Approve"), `radio for ${PEOPLE.member} and an Approve button`);
  await tour.step({
    key: "oauth.device.approve",
    method: form.method,
    url: form.action,
    form: fields,
    expect: 200,
    check: (r) => (fields.user_code === device.user_code && String(r.body).includes("Device connected") ? undefined : "device not connected"),
  });

  // The next poll gets the tokens. (A real device waits `interval` seconds between polls; the
  // sandbox only enforces that while the request is still pending, so the tour need not sleep.)
  const done = await poll("oauth.device.token", 200, hasTokens(true));
  ctx.tokens.device = need(bodyOf(done).access_token as string, "device access token");
  await whoAmI(ctx, "oauth.device.me", ctx.tokens.device);
}
