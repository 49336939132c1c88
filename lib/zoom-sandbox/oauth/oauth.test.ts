import { describe, expect, it } from "vitest";
import { sandboxPerFile } from "../test-server";
import { MEMBER, OWNER, REDIRECT_URI, accountToken, api, consent, control, pkcePair, postForm, userToken, type TokenBody } from "../testing";

const sandbox = sandboxPerFile((base) => control(base, "POST", "/reset", { tokens: true }));

async function exchange(code: string, extra: Record<string, string> = {}): Promise<Response> {
  return postForm(`${sandbox.base}/oauth/token`, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, ...extra });
}

async function me(token: string): Promise<Response> {
  return api(sandbox.base, token)("GET", "/users/me");
}

describe("GET /oauth/authorize", () => {
  it("renders an accessible consent page with users labelled by name and email and Allow/Deny buttons", async () => {
    const url = `${sandbox.base}/oauth/authorize?response_type=code&client_id=sandbox_client_id&redirect_uri=${encodeURIComponent(REDIRECT_URI)}&state=abc&scope`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const page = await res.text();
    expect(page).toMatch(/<label for="user-0">Olivia Bennett \(olivia\.bennett@brightwave\.test\)<\/label>/);
    expect(page).toMatch(/<input type="radio" name="user_id" id="user-0"[^>]*checked/);
    expect(page).toMatch(/<button[^>]*value="allow"[^>]*>Allow<\/button>/);
    expect(page).toMatch(/<button[^>]*value="deny"[^>]*>Deny<\/button>/);
    // custCreate, pending and inactive users cannot sign in.
    expect(page).not.toContain("clinic-room-1@");
    expect(page).not.toContain("zara.ahmed@");
    expect(page).not.toContain("ruby.thompson@");
  });

  it("shows Zoom's 4709 error page for a redirect URI that is not allowed, without redirecting", async () => {
    const res = await fetch(`${sandbox.base}/oauth/authorize?response_type=code&client_id=sandbox_client_id&redirect_uri=${encodeURIComponent("https://evil.example/cb")}`, { redirect: "manual" });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain("Redirect URI mismatch.");
    expect(page).toContain("4709");
  });

  it("shows an invalid-client error page for an unknown client_id", async () => {
    const res = await fetch(`${sandbox.base}/oauth/authorize?response_type=code&client_id=nope&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Invalid client_id: nope");
  });

  it("redirects a denied consent with error=access_denied and the state", async () => {
    const location = await consent(sandbox.base, { email: OWNER, decision: "deny", state: "s-123" });
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("s-123");
    expect(location.searchParams.get("code")).toBeNull();
  });
});

describe("authorization_code grant", () => {
  it("exchanges a PKCE S256 code for opaque bearer tokens carrying scope and api_url", async () => {
    const { verifier, challenge } = pkcePair("S256");
    const location = await consent(sandbox.base, { email: OWNER, challenge, state: "st" });
    expect(location.searchParams.get("state")).toBe("st");
    const res = await exchange(location.searchParams.get("code")!, { code_verifier: verifier });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TokenBody;
    expect(body).toMatchObject({ token_type: "bearer", expires_in: 3599, api_url: sandbox.base });
    expect(body.access_token).not.toMatch(/^eyJ/);
    expect(body.refresh_token).toBeTruthy();
    expect(body.scope.split(" ")).toContain("meeting:read:list_meetings:admin");
    const profile = await me(body.access_token);
    expect(profile.status).toBe(200);
    expect(((await profile.json()) as { email: string }).email).toBe(OWNER);
  });

  it("accepts an S256 challenge sent with '=' padding", async () => {
    const { verifier, challenge } = pkcePair("S256", true);
    const location = await consent(sandbox.base, { email: OWNER, challenge });
    expect((await exchange(location.searchParams.get("code")!, { code_verifier: verifier })).status).toBe(200);
  });

  it("accepts plain PKCE, with and without padding on the challenge", async () => {
    for (const pad of ["", "="]) {
      const { verifier } = pkcePair("plain");
      const location = await consent(sandbox.base, { email: OWNER, challenge: verifier + pad, method: "plain" });
      expect((await exchange(location.searchParams.get("code")!, { code_verifier: verifier })).status).toBe(200);
    }
  });

  it("rejects a wrong code_verifier", async () => {
    const { challenge } = pkcePair("S256");
    const location = await consent(sandbox.base, { email: OWNER, challenge });
    const res = await exchange(location.searchParams.get("code")!, { code_verifier: pkcePair().verifier });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("treats codes as single-use", async () => {
    const location = await consent(sandbox.base, { email: OWNER });
    const code = location.searchParams.get("code")!;
    expect((await exchange(code)).status).toBe(200);
    const again = await exchange(code);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ reason: "Invalid authorization code", error: "invalid_request" });
  });

  it("expires codes after 5 minutes of sandbox time", async () => {
    const location = await consent(sandbox.base, { email: OWNER });
    await control(sandbox.base, "POST", "/clock", { advanceSeconds: 301 });
    const res = await exchange(location.searchParams.get("code")!);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("requires the same redirect_uri as the authorization request", async () => {
    const location = await consent(sandbox.base, { email: OWNER });
    const res = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "authorization_code", code: location.searchParams.get("code")!, redirect_uri: "http://localhost:3000/other" });
    expect(res.status).toBe(400);
  });

  it("takes parameters from the query string and credentials from the form", async () => {
    const location = await consent(sandbox.base, { email: OWNER });
    const qs = new URLSearchParams({ grant_type: "authorization_code", code: location.searchParams.get("code")!, redirect_uri: REDIRECT_URI });
    const res = await fetch(`${sandbox.base}/oauth/token?${qs}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id: "sandbox_client_id", client_secret: "sandbox_client_secret" }).toString(),
    });
    expect(res.status).toBe(200);
  });

  it("rejects bad client credentials with 401 invalid_client", async () => {
    const res = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "account_credentials", account_id: "sandbox_account" }, {
      authorization: `Basic ${Buffer.from("sandbox_client_id:wrong").toString("base64")}`,
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: "invalid_client" });
  });
});

describe("refresh_token grant", () => {
  it("rotates: the new pair works, the used refresh token answers Zoom's exact invalid_grant body", async () => {
    const first = await userToken(sandbox.base, OWNER);
    const res = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "refresh_token", refresh_token: first.refresh_token! });
    expect(res.status).toBe(200);
    const second = (await res.json()) as TokenBody;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await me(second.access_token)).status).toBe(200);

    const reuse = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "refresh_token", refresh_token: first.refresh_token! });
    expect(reuse.status).toBe(400);
    expect(await reuse.text()).toBe('{"reason":"Invalid Token!","error":"invalid_grant"}');

    const next = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "refresh_token", refresh_token: second.refresh_token! });
    expect(next.status).toBe(200);
  });

  it("lets only one of two concurrent refreshes with the same token win", async () => {
    const first = await userToken(sandbox.base, OWNER);
    const results = await Promise.all(
      [1, 2].map(() => postForm(`${sandbox.base}/oauth/token`, { grant_type: "refresh_token", refresh_token: first.refresh_token! })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
  });

  it("invalidates a user's earlier tokens when they authorize the app again (4741)", async () => {
    const old = await userToken(sandbox.base, OWNER);
    const other = await userToken(sandbox.base, MEMBER);
    const fresh = await userToken(sandbox.base, OWNER);
    expect((await me(old.access_token)).status).toBe(401);
    const refresh = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "refresh_token", refresh_token: old.refresh_token! });
    expect(await refresh.json()).toEqual({ reason: "Invalid Token!", error: "invalid_grant" });
    expect((await me(fresh.access_token)).status).toBe(200);
    expect((await me(other.access_token)).status).toBe(200);
  });
});

describe("account_credentials grant", () => {
  it("issues Server-to-Server tokens without refresh tokens; several stay valid at once", async () => {
    const a = await accountToken(sandbox.base);
    const b = await accountToken(sandbox.base);
    expect(a.refresh_token).toBeUndefined();
    expect(a.expires_in).toBe(3599);
    expect((await me(a.access_token)).status).toBe(200);
    expect((await me(b.access_token)).status).toBe(200);
  });

  it("refuses a different account_id", async () => {
    const res = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "account_credentials", account_id: "someone_else" });
    expect(res.status).toBe(400);
  });
});

describe("POST /oauth/revoke", () => {
  it("answers {status: success} and the token (and its refresh token) stop working", async () => {
    const t = await userToken(sandbox.base, OWNER);
    const res = await postForm(`${sandbox.base}/oauth/revoke`, { token: t.access_token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "success" });
    expect((await me(t.access_token)).status).toBe(401);
    const refresh = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "refresh_token", refresh_token: t.refresh_token! });
    expect(refresh.status).toBe(400);
  });
});

describe("device authorization grant", () => {
  const DEVICE = "urn:ietf:params:oauth:grant-type:device_code";

  async function start() {
    const res = await postForm(`${sandbox.base}/oauth/devicecode?client_id=sandbox_client_id`, {});
    expect(res.status).toBe(200);
    return (await res.json()) as { device_code: string; user_code: string; verification_uri: string; verification_uri_complete: string; expires_in: number; interval: number };
  }

  async function poll(deviceCode: string) {
    const res = await postForm(`${sandbox.base}/oauth/token`, { grant_type: DEVICE, device_code: deviceCode });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function decide(userCode: string, decision: "approve" | "deny") {
    const page = await (await fetch(`${sandbox.base}/oauth_device?user_code=${userCode}`)).text();
    expect(page).toMatch(/<label class="block" for="user_code">Code<\/label>/);
    const userId = /name="user_id" id="user-0" value="([^"]+)"/.exec(page)![1];
    return postForm(`${sandbox.base}/oauth_device`, { user_code: userCode, user_id: userId, decision }, {});
  }

  it("answers authorization_pending, slow_down when polled too fast, then tokens once approved", async () => {
    const d = await start();
    expect(d).toMatchObject({ expires_in: 900, interval: 5 });
    expect(d.verification_uri_complete).toBe(`${d.verification_uri}?user_code=${d.user_code}`);
    expect((await poll(d.device_code)).body).toMatchObject({ error: "authorization_pending" });
    expect((await poll(d.device_code)).body).toMatchObject({ error: "slow_down" });
    await control(sandbox.base, "POST", "/clock", { advanceSeconds: 11 });
    expect((await poll(d.device_code)).body).toMatchObject({ error: "authorization_pending" });
    expect((await decide(d.user_code, "approve")).status).toBe(200);
    await control(sandbox.base, "POST", "/clock", { advanceSeconds: 11 });
    const ok = await poll(d.device_code);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: "bearer", expires_in: 3599 });
    expect(ok.body.refresh_token).toBeTruthy();
    expect((await me(ok.body.access_token as string)).status).toBe(200);
  });

  it("answers access_denied after the user denies", async () => {
    const d = await start();
    await decide(d.user_code, "deny");
    expect((await poll(d.device_code)).body).toMatchObject({ error: "access_denied" });
  });

  it("asks for the interval set through the control API, and slows down only below it; reset restores Zoom's 5 s", async () => {
    expect(await (await control(sandbox.base, "PUT", "/device-flow", { intervalSeconds: 1 })).json()).toEqual({ intervalSeconds: 1 });
    const d = await start();
    expect(d.interval).toBe(1);
    expect((await poll(d.device_code)).body).toMatchObject({ error: "authorization_pending" });
    expect((await poll(d.device_code)).body).toMatchObject({ error: "slow_down" });
    await control(sandbox.base, "POST", "/clock", { advanceSeconds: 7 });
    expect((await poll(d.device_code)).body).toMatchObject({ error: "authorization_pending" });

    await control(sandbox.base, "POST", "/reset");
    expect(await (await control(sandbox.base, "GET", "/device-flow")).json()).toEqual({ intervalSeconds: 5 });
    expect((await start()).interval).toBe(5);
  });

  it("restores Zoom's interval on null and refuses an interval that is not 1 to 60 whole seconds", async () => {
    await control(sandbox.base, "PUT", "/device-flow", { intervalSeconds: 2 });
    expect(await (await control(sandbox.base, "PUT", "/device-flow", { intervalSeconds: null })).json()).toEqual({ intervalSeconds: 5 });
    for (const intervalSeconds of [0, 1.5, 61, "1"]) {
      const res = await control(sandbox.base, "PUT", "/device-flow", { intervalSeconds });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/whole number of seconds from 1 to 60/);
    }
    expect((await start()).interval).toBe(5);
  });

  it("answers expired_token after 15 minutes", async () => {
    const d = await start();
    await control(sandbox.base, "POST", "/clock", { advanceSeconds: 901 });
    expect((await poll(d.device_code)).body).toMatchObject({ error: "expired_token" });
  });
});

describe("counters", () => {
  it("counts token grants by grant_type", async () => {
    await control(sandbox.base, "DELETE", "/counters");
    await userToken(sandbox.base, OWNER);
    await accountToken(sandbox.base);
    const counters = (await (await control(sandbox.base, "GET", "/counters")).json()) as { grants: Record<string, number> };
    expect(counters.grants).toEqual({ authorization_code: 1, account_credentials: 1 });
  });
});

