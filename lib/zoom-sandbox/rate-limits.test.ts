import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "./node-server";
import { accountToken, api, control, userIdByEmail, ADMIN } from "./testing";

// A frozen clock: rate windows only move when the test advances the sandbox clock.
const FROZEN = new Date("2026-03-10T12:00:00.250Z");
let server: SandboxServer;
let base: string;
let call: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, now: () => FROZEN });
  base = server.url;
});
afterAll(() => server.close());
beforeEach(async () => {
  await control(base, "POST", "/reset");
  call = api(base, (await accountToken(base)).access_token);
});

describe("account rate limits", () => {
  it("reports the label's per-second budget in X-RateLimit-* headers", async () => {
    const res = await call("GET", "/users/me");
    expect(res.headers.get("x-ratelimit-category")).toBe("Light");
    expect(res.headers.get("x-ratelimit-type")).toBe("QPS");
    expect(res.headers.get("x-ratelimit-limit")).toBe("80");
    expect(res.headers.get("x-ratelimit-remaining")).toBe("79");
    const medium = await call("GET", "/users/me/meetings");
    expect(medium.headers.get("x-ratelimit-category")).toBe("Medium");
    expect(medium.headers.get("x-ratelimit-limit")).toBe("60");
  });

  it("answers the per-second 429 with X-RateLimit-Reset, and recovers in the next second", async () => {
    await control(base, "PUT", "/rate-limits", { overrides: { LIGHT: { limit: 2 } } });
    expect((await call("GET", "/users/me")).status).toBe(200);
    expect((await call("GET", "/users/me")).status).toBe(200);
    const limited = await call("GET", "/users/me");
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ code: 429, message: "You have reached the maximum per-second rate limit for this API. Try again later." });
    expect(limited.headers.get("x-ratelimit-type")).toBe("QPS");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("x-ratelimit-reset")).toBe("2026-03-10T12:00:01Z");
    // Other labels have their own budget.
    expect((await call("GET", "/users/me/meetings")).status).toBe(200);
    await control(base, "POST", "/clock", { advanceSeconds: 1 });
    expect((await call("GET", "/users/me")).status).toBe(200);
  });

  it("answers the daily 429 with Retry-After as the next 00:00 UTC", async () => {
    await control(base, "PUT", "/rate-limits", { overrides: { MEDIUM: { daily: 2 } } });
    const ok = await call("GET", "/users/me/meetings");
    expect(ok.headers.get("x-ratelimit-type")).toBe("Daily-limit");
    expect(ok.headers.get("x-ratelimit-limit")).toBe("2");
    expect(ok.headers.get("x-ratelimit-remaining")).toBe("1");
    await control(base, "POST", "/clock", { advanceSeconds: 5 });
    expect((await call("GET", "/users/me/meetings")).status).toBe(200);
    await control(base, "POST", "/clock", { advanceSeconds: 5 });
    const limited = await call("GET", "/users/me/meetings");
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({
      code: 429,
      message: "You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.",
    });
    expect(limited.headers.get("retry-after")).toBe("2026-03-11T00:00:00Z");
    await control(base, "POST", "/clock", { set: "2026-03-11T00:00:01Z" });
    // The old token has expired by then; a new one is the daily budget's first call.
    call = api(base, (await accountToken(base)).access_token);
    expect((await call("GET", "/users/me/meetings")).status).toBe(200);
  });

  it("applies the plan's table (free plan: daily caps on every label)", async () => {
    await control(base, "PUT", "/rate-limits", { plan: "free" });
    const res = await call("GET", "/users/me");
    expect(res.headers.get("x-ratelimit-type")).toBe("Daily-limit");
    expect(res.headers.get("x-ratelimit-limit")).toBe("6000");
    const view = (await (await control(base, "GET", "/rate-limits")).json()) as { effective: Record<string, { limit: number }> };
    expect(view.effective.MEDIUM.limit).toBe(2);
  });
});

describe("per-host daily meeting writes", () => {
  it("allows 100 creates+updates per host per UTC day, then 429 until midnight; other hosts unaffected", async () => {
    await control(base, "PUT", "/rate-limits", { overrides: { LIGHT: { limit: 1000 } } });
    const body = { topic: "Load", type: 2, start_time: "2026-03-20T15:00:00Z", duration: 30 };
    const first = (await (await call("POST", "/users/me/meetings", body)).json()) as { id: number };
    for (let i = 1; i < 99; i++) expect((await call("POST", "/users/me/meetings", body)).status).toBe(201);
    expect((await call("PATCH", `/meetings/${first.id}`, { topic: "Load (edited)" })).status).toBe(204);
    const limited = await call("POST", "/users/me/meetings", body);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2026-03-11T00:00:00Z");
    expect(((await limited.json()) as { code: number }).code).toBe(429);
    expect((await call("PATCH", `/meetings/${first.id}`, { topic: "again" })).status).toBe(429);
    // Reads and deletes are not part of the cap.
    expect((await call("GET", `/meetings/${first.id}`)).status).toBe(200);
    const admin = await userIdByEmail(base, ADMIN);
    expect((await call("POST", `/users/${admin}/meetings`, body)).status).toBe(201);
    await control(base, "POST", "/clock", { set: "2026-03-11T00:00:00Z" });
    call = api(base, (await accountToken(base)).access_token);
    expect((await call("POST", "/users/me/meetings", body)).status).toBe(201);
  });
});
