import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "./node-server";
import { accountToken, api, control, postForm } from "./testing";

let server: SandboxServer;
let base: string;
let call: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  base = server.url;
});
afterAll(() => server.close());
beforeEach(async () => {
  await control(base, "DELETE", "/faults");
  call = api(base, (await accountToken(base)).access_token);
});

describe("injected faults", () => {
  it("answers a route pattern with the given status and body, `count` times", async () => {
    const added = await control(base, "POST", "/faults", {
      method: "GET",
      path: "/users/{userId}/meetings",
      status: 503,
      body: { code: 503, message: "Service Unavailable" },
      count: 2,
    });
    expect(added.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const res = await call("GET", "/users/me/meetings");
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ code: 503, message: "Service Unavailable" });
      expect(res.headers.get("x-zm-trackingid")).toBeTruthy();
    }
    expect((await call("GET", "/users/me/meetings")).status).toBe(200);
  });

  it("matches by operationId and leaves other methods alone", async () => {
    await control(base, "POST", "/faults", { path: "meetingCreate", status: 500 });
    expect((await call("GET", "/users/me/meetings")).status).toBe(200);
    const res = await call("POST", "/users/me/meetings", { topic: "x" });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { code: number }).code).toBe(500);
  });

  it("delays a response by delayMs and then answers normally", async () => {
    await control(base, "POST", "/faults", { path: "/v2/users/{userId}", delayMs: 300 });
    const started = Date.now();
    const res = await call("GET", "/users/me");
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("drops the connection when reset is set", async () => {
    await control(base, "POST", "/faults", { path: "/users/{userId}", reset: true });
    await expect(call("GET", "/users/me")).rejects.toThrow();
    expect((await call("GET", "/users/me")).status).toBe(200);
  });

  it("can fail the OAuth token endpoint too", async () => {
    await control(base, "POST", "/faults", { path: "/oauth/token", status: 502 });
    const res = await postForm(`${base}/oauth/token`, { grant_type: "account_credentials", account_id: "sandbox_account" });
    expect(res.status).toBe(502);
  });

  it("DELETE /faults disarms everything", async () => {
    await control(base, "POST", "/faults", { path: "/users/{userId}", status: 500, count: 5 });
    expect((await (await control(base, "GET", "/faults")).json()) as unknown[]).toHaveLength(1);
    await control(base, "DELETE", "/faults");
    expect((await call("GET", "/users/me")).status).toBe(200);
  });
});
