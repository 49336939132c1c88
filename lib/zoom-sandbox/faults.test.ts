import { beforeEach, describe, expect, it } from "vitest";
import { sandboxPerFile } from "./test-server";
import { accountToken, api, control, postForm } from "./testing";

const sandbox = sandboxPerFile();

let call: ReturnType<typeof api>;

beforeEach(async () => {
  await control(sandbox.base, "DELETE", "/faults");
  call = api(sandbox.base, (await accountToken(sandbox.base)).access_token);
});

describe("injected faults", () => {
  it("answers a route pattern with the given status and body, `count` times", async () => {
    const added = await control(sandbox.base, "POST", "/faults", {
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
    await control(sandbox.base, "POST", "/faults", { path: "meetingCreate", status: 500 });
    expect((await call("GET", "/users/me/meetings")).status).toBe(200);
    const res = await call("POST", "/users/me/meetings", { topic: "x" });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { code: number }).code).toBe(500);
  });

  it("delays a response by delayMs and then answers normally", async () => {
    await control(sandbox.base, "POST", "/faults", { path: "/v2/users/{userId}", delayMs: 300 });
    const started = Date.now();
    const res = await call("GET", "/users/me");
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("drops the connection when reset is set", async () => {
    await control(sandbox.base, "POST", "/faults", { path: "/users/{userId}", reset: true });
    await expect(call("GET", "/users/me")).rejects.toThrow();
    expect((await call("GET", "/users/me")).status).toBe(200);
  });

  it("can fail the OAuth token endpoint too", async () => {
    await control(sandbox.base, "POST", "/faults", { path: "/oauth/token", status: 502 });
    const res = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "account_credentials", account_id: "sandbox_account" });
    expect(res.status).toBe(502);
  });

  it("DELETE /faults disarms everything", async () => {
    await control(sandbox.base, "POST", "/faults", { path: "/users/{userId}", status: 500, count: 5 });
    expect((await (await control(sandbox.base, "GET", "/faults")).json()) as unknown[]).toHaveLength(1);
    await control(sandbox.base, "DELETE", "/faults");
    expect((await call("GET", "/users/me")).status).toBe(200);
  });

  it("DELETE /faults/{id} disarms that fault only", async () => {
    const mine = (await (await control(sandbox.base, "POST", "/faults", { path: "/users/{userId}", status: 500, count: 5 })).json()) as { id: number };
    await control(sandbox.base, "POST", "/faults", { path: "meetingCreate", status: 500, count: 5 });
    expect((await control(sandbox.base, "DELETE", `/faults/${mine.id}`)).status).toBe(204);
    expect((await call("GET", "/users/me")).status).toBe(200);
    const left = (await (await control(sandbox.base, "GET", "/faults")).json()) as { path: string }[];
    expect(left.map((f) => f.path)).toEqual(["meetingCreate"]);
    expect((await control(sandbox.base, "DELETE", `/faults/${mine.id}`)).status).toBe(404);
    expect((await control(sandbox.base, "DELETE", "/faults/not-a-number")).status).toBe(404);
  });

  it("refuses unbounded counts and delays with a 400 that names the limit", async () => {
    const tooMany = await control(sandbox.base, "POST", "/faults", { path: "/users/{userId}", status: 500, count: 100_001 });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { error: string }).error).toContain("count must be at most 100000");
    const tooSlow = await control(sandbox.base, "POST", "/faults", { path: "/users/{userId}", delayMs: 600_000 });
    expect(tooSlow.status).toBe(400);
    expect(((await tooSlow.json()) as { error: string }).error).toContain("delayMs must be at most 60000");
    expect((await (await control(sandbox.base, "GET", "/faults")).json()) as unknown[]).toHaveLength(0);
  });

  it("keeps at most 1000 faults armed", async () => {
    for (let i = 0; i < 1000; i++) expect((await control(sandbox.base, "POST", "/faults", { path: `/nowhere/${i}`, status: 500 })).status).toBe(201);
    const full = await control(sandbox.base, "POST", "/faults", { path: "/nowhere/else", status: 500 });
    expect(full.status).toBe(400);
    expect(((await full.json()) as { error: string }).error).toContain("At most 1000 faults");
  });

  it("with after: true, applies the create and then loses the answer", async () => {
    const topic = `Lost answer ${Date.now()}`;
    await control(sandbox.base, "POST", "/faults", { method: "POST", path: "meetingCreate", after: true, reset: true });
    await expect(call("POST", "/users/me/meetings", { topic, type: 2, start_time: "2030-01-02T15:00:00Z", duration: 30 })).rejects.toThrow();
    expect(sandbox.server.sandbox.state.meetings.filter((m) => m.topic === topic)).toHaveLength(1);
  });

  it("with after: true and a status, the operation lands and the client sees the injected error", async () => {
    const topic = `Answered 502 ${Date.now()}`;
    await control(sandbox.base, "POST", "/faults", { method: "POST", path: "meetingCreate", after: true, status: 502 });
    expect((await call("POST", "/users/me/meetings", { topic, type: 2, start_time: "2030-01-02T15:00:00Z", duration: 30 })).status).toBe(502);
    expect(sandbox.server.sandbox.state.meetings.filter((m) => m.topic === topic)).toHaveLength(1);
  });

  it("with bodyIncludes, fails only the request whose body names one registrant", async () => {
    const meeting = (await (
      await call("POST", "/users/me/meetings", { topic: "Fault per registrant", type: 2, start_time: "2030-01-02T15:00:00Z", duration: 30, settings: { approval_type: 1 } })
    ).json()) as { id: number };
    const add = async (email: string) =>
      ((await (await call("POST", `/meetings/${meeting.id}/registrants`, { email, first_name: "R" })).json()) as { registrant_id: string }).registrant_id;
    const [a, b] = [await add("a@example.org"), await add("b@example.org")];
    const fault = { method: "PUT", path: "meetingRegistrantStatus", bodyIncludes: b, status: 400, body: { code: 3000, message: "Cannot access webinar information." } };
    expect((await control(sandbox.base, "POST", "/faults", fault)).status).toBe(201);

    expect((await call("PUT", `/meetings/${meeting.id}/registrants/status`, { action: "approve", registrants: [{ id: a }] })).status).toBe(204);
    const failed = await call("PUT", `/meetings/${meeting.id}/registrants/status`, { action: "approve", registrants: [{ id: b }] });
    expect(failed.status).toBe(400);
    expect(await failed.json()).toEqual({ code: 3000, message: "Cannot access webinar information." });
    const statusOf = (id: string) => sandbox.server.sandbox.state.registrants.find((r) => r.id === id)?.status;
    expect([statusOf(a), statusOf(b)]).toEqual(["approved", "pending"]);
    // count 1 is spent: the retry goes through.
    expect((await call("PUT", `/meetings/${meeting.id}/registrants/status`, { action: "approve", registrants: [{ id: b }] })).status).toBe(204);
    expect(statusOf(b)).toBe("approved");
  });

  it("never matches a bodyIncludes fault on a request without a body, and bounds its length", async () => {
    await control(sandbox.base, "POST", "/faults", { path: "/users/{userId}", bodyIncludes: "me", status: 500 });
    expect((await call("GET", "/users/me")).status).toBe(200);
    const tooLong = await control(sandbox.base, "POST", "/faults", { path: "/users/{userId}", bodyIncludes: "x".repeat(201), status: 500 });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: string }).error).toContain("bodyIncludes");
  });

  it("can match the OAuth token endpoint by body, and leaves the body readable for the handler", async () => {
    await control(sandbox.base, "POST", "/faults", { path: "/oauth/token", bodyIncludes: "grant_type=refresh_token", status: 503 });
    const other = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "account_credentials", account_id: "sandbox_account" });
    expect(other.status).toBe(200);
    const refresh = await postForm(`${sandbox.base}/oauth/token`, { grant_type: "refresh_token", refresh_token: "whatever" });
    expect(refresh.status).toBe(503);
  });
});
