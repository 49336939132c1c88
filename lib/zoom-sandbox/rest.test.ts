import { describe, expect, it } from "vitest";
import { sandboxPerFile } from "./test-server";
import { ADMIN, MEMBER, OWNER, accountToken, api, control, userIdByEmail, userToken } from "./testing";

const sandbox = sandboxPerFile((base) => control(base, "POST", "/reset", { tokens: true }));

describe("bearer authentication", () => {
  const invalid = { code: 124, message: "Invalid access token." };

  it("answers 401/124 for a missing or unknown token, with a tracking id", async () => {
    const missing = await fetch(`${sandbox.base}/v2/users/me`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual(invalid);
    expect(missing.headers.get("x-zm-trackingid")).toMatch(/^v=2\.0;clid=sandbox;rid=WEB_/);
    const unknown = await api(sandbox.base, "not-a-token")("GET", "/users/me");
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(invalid);
  });

  it("answers 401/124 once a token expires (control API) — refresh still works", async () => {
    const t = await userToken(sandbox.base, OWNER);
    expect((await api(sandbox.base, t.access_token)("GET", "/users/me")).status).toBe(200);
    const expired = await (await control(sandbox.base, "POST", "/tokens/expire", { token: t.access_token })).json();
    expect(expired).toEqual({ expired: 1 });
    const res = await api(sandbox.base, t.access_token)("GET", "/users/me");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(invalid);
  });

  it("expires access tokens after an hour of sandbox time", async () => {
    const t = await accountToken(sandbox.base);
    await control(sandbox.base, "POST", "/clock", { advanceSeconds: 3601 });
    expect((await api(sandbox.base, t.access_token)("GET", "/users/me")).status).toBe(401);
  });

  it("answers 400/4711 naming the scopes when the token lacks them", async () => {
    await control(sandbox.base, "PUT", "/scopes", { scopes: ["user:read:user"] });
    const t = await accountToken(sandbox.base);
    expect(t.scope).toBe("user:read:user");
    const res = await api(sandbox.base, t.access_token)("GET", "/users/me/meetings");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 4711,
      message: "Invalid access token, does not contain scopes:[meeting:read:list_meetings, meeting:read:list_meetings:admin].",
    });
    expect((await api(sandbox.base, t.access_token)("GET", "/users/me")).status).toBe(200);
  });
});

describe("request handling", () => {
  it("answers an unknown endpoint with 404/2300", async () => {
    const t = await accountToken(sandbox.base);
    const res = await api(sandbox.base, t.access_token)("GET", "/no/such/thing");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 2300, message: "This API endpoint is not recognized." });
  });

  it("answers a body that is not JSON with 400/300", async () => {
    const t = await accountToken(sandbox.base);
    const res = await api(sandbox.base, t.access_token)("POST", "/users/me/meetings", "{not json");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 300, message: "Request Body should be a valid JSON object." });
  });

  it("resolves a user by id, by email and by me", async () => {
    const t = await accountToken(sandbox.base);
    const id = await userIdByEmail(sandbox.base, ADMIN);
    const byId = (await (await api(sandbox.base, t.access_token)("GET", `/users/${id}`)).json()) as { email: string };
    const byEmail = (await (await api(sandbox.base, t.access_token)("GET", `/users/${encodeURIComponent(ADMIN)}`)).json()) as { id: string };
    expect(byId.email).toBe(ADMIN);
    expect(byEmail.id).toBe(id);
    const unknown = await api(sandbox.base, t.access_token)("GET", "/users/nobody@brightwave.test");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ code: 1001, message: "User does not exist: nobody@brightwave.test." });
  });
});

describe("user-level access", () => {
  it("lets a member reach only their own user and meetings", async () => {
    const t = await userToken(sandbox.base, MEMBER);
    const call = api(sandbox.base, t.access_token);
    expect(t.scope.split(" ").some((s) => s.endsWith(":admin"))).toBe(false);
    expect((await call("GET", "/users/me/meetings")).status).toBe(200);
    const other = await call("GET", `/users/${encodeURIComponent(OWNER)}/meetings`);
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ code: 1001, message: `User does not exist: ${OWNER}.` });
    const list = await call("GET", "/users");
    expect(list.status).toBe(400);
    expect(await list.json()).toEqual({ code: 200, message: "No permission." });

    const owner = await accountToken(sandbox.base);
    const ownerMeetings = (await (await api(sandbox.base, owner.access_token)("GET", "/users/me/meetings")).json()) as { meetings: { id: number }[] };
    const foreign = await call("GET", `/meetings/${ownerMeetings.meetings[0].id}`);
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { code: number }).code).toBe(3001);
  });

  it("lets an admin's user token act on colleagues", async () => {
    const t = await userToken(sandbox.base, ADMIN);
    const call = api(sandbox.base, t.access_token);
    expect((await call("GET", `/users/${encodeURIComponent(MEMBER)}/meetings`)).status).toBe(200);
    expect((await call("GET", "/users")).status).toBe(200);
  });
});

describe("counters", () => {
  it("counts REST calls per operationId", async () => {
    await control(sandbox.base, "DELETE", "/counters");
    const t = await accountToken(sandbox.base);
    await api(sandbox.base, t.access_token)("GET", "/users/me");
    await api(sandbox.base, t.access_token)("GET", "/users/me");
    await api(sandbox.base, t.access_token)("GET", "/users/me/meetings");
    const counters = (await (await control(sandbox.base, "GET", "/counters")).json()) as { calls: Record<string, number> };
    expect(counters.calls).toEqual({ user: 2, meetings: 1 });
  });
});
