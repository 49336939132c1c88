import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clientSettings, zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { collectAll } from "@/lib/zoom/paginate";
import { parseRetryAt } from "@/lib/zoom/rate-limit";
import type { UpstreamRequest } from "@/lib/zoom/upstream";

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

/** A fake Zoom that answers each call with the next scripted reply and records what it was sent. */
function fakeZoom(replies: Reply[]) {
  const calls: { url: string; method: string; auth: string | null; body?: string }[] = [];
  clientSettings.transport = vi.fn(async (url: string, init: UpstreamRequest) => {
    calls.push({ url, method: init.method, auth: init.headers.authorization ?? null, body: init.body });
    const reply = replies.shift();
    if (!reply) throw new Error("unexpected extra call");
    if (reply instanceof Error) throw reply;
    const body = reply.body === undefined ? null : JSON.stringify(reply.body);
    return new Response(body, { status: reply.status, headers: { "content-type": "application/json", ...reply.headers } });
  });
  return calls;
}

function context(): ZoomContext & { renewed: string[] } {
  let current = "token-1";
  const renewed: string[] = [];
  return {
    apiBaseUrl: "https://zoom.test/v2",
    connectionId: "c1",
    kind: "s2s",
    zoomUserId: null,
    scopes: [],
    renewed,
    tokens: {
      get: async () => current,
      renew: async (rejected) => {
        renewed.push(rejected);
        current = "token-2";
        return current;
      },
    },
  };
}

const sleeps: number[] = [];
beforeEach(() => {
  sleeps.length = 0;
  clientSettings.sleep = async (ms) => void sleeps.push(ms);
});
const realTransport = clientSettings.transport;
afterEach(() => {
  clientSettings.transport = realTransport;
});

describe("zoomFetch", () => {
  it("sends the bearer token, builds the query and returns the body with rate-limit headers", async () => {
    const calls = fakeZoom([{ status: 200, body: { ok: 1 }, headers: { "x-ratelimit-remaining": "17", "x-ratelimit-type": "QPS", "x-zm-trackingid": "t-1" } }]);
    const result = await zoomFetch<{ ok: number }>(context(), "/users/me/meetings", { operation: "meetings", query: { type: "live", empty: "", none: undefined } });
    expect(calls[0]).toMatchObject({ url: "https://zoom.test/v2/users/me/meetings?type=live", auth: "Bearer token-1" });
    expect(result).toMatchObject({ data: { ok: 1 }, trackingId: "t-1", rateLimit: { remaining: 17, type: "QPS" } });
  });

  it("turns Zoom's error body into ZoomApiError with code, message, field errors and tracking id", async () => {
    fakeZoom([
      {
        status: 400,
        body: { code: 300, message: "Validation Failed.", errors: [{ field: "topic", message: "Invalid field." }] },
        headers: { "x-zm-trackingid": "v=2.0;rid=abc" },
      },
    ]);
    const error = await zoomFetch(context(), "/users/me/meetings", { method: "POST", operation: "meetingCreate", body: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(ZoomApiError);
    expect(error).toMatchObject({ status: 400, code: 300, message: "Validation Failed.", trackingId: "v=2.0;rid=abc" });
    expect(error.details.errors).toEqual([{ field: "topic", message: "Invalid field." }]);
  });

  it("renews the token once on 401/124 and repeats the call, even a create", async () => {
    const calls = fakeZoom([
      { status: 401, body: { code: 124, message: "Invalid access token." } },
      { status: 201, body: { id: 1 } },
    ]);
    const ctx = context();
    const result = await zoomFetch(ctx, "/users/me/meetings", { method: "POST", operation: "meetingCreate", body: { topic: "x" } });
    expect(result.status).toBe(201);
    expect(ctx.renewed).toEqual(["token-1"]);
    expect(calls.map((c) => c.auth)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("does not renew twice when the new token is rejected too", async () => {
    fakeZoom([
      { status: 401, body: { code: 124, message: "Invalid access token." } },
      { status: 401, body: { code: 124, message: "Invalid access token." } },
    ]);
    const ctx = context();
    await expect(zoomFetch(ctx, "/users/me", { operation: "user" })).rejects.toMatchObject({ status: 401, code: 124 });
    expect(ctx.renewed).toHaveLength(1);
  });

  it("waits out a short 429 on a GET and repeats it", async () => {
    const calls = fakeZoom([
      { status: 429, body: { code: 429, message: "per-second" }, headers: { "retry-after": "1" } },
      { status: 200, body: { ok: true } },
    ]);
    await zoomFetch(context(), "/users", { operation: "users" });
    expect(calls).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThan(900);
    expect(sleeps[0]).toBeLessThanOrEqual(1000);
  });

  it("gives up at once on a 429 whose Retry-After date is far away, keeping the reset time", async () => {
    const tomorrow = new Date(Date.now() + 6 * 3600_000).toISOString();
    const calls = fakeZoom([{ status: 429, body: { code: 429, message: "daily" }, headers: { "retry-after": tomorrow, "x-ratelimit-type": "Daily-limit" } }]);
    const error = await zoomFetch(context(), "/users", { operation: "users" }).catch((e) => e);
    expect(calls).toHaveLength(1);
    expect(error.details.retryAfter).toBe(new Date(tomorrow).toISOString());
    expect(error.details.rateLimit.type).toBe("Daily-limit");
  });

  it("never repeats a POST after a 429 or a timeout", async () => {
    const calls = fakeZoom([{ status: 429, body: { code: 429, message: "slow down" }, headers: { "retry-after": "1" } }]);
    await expect(zoomFetch(context(), "/users/me/meetings", { method: "POST", operation: "meetingCreate", body: {} })).rejects.toMatchObject({ status: 429 });
    expect(calls).toHaveLength(1);

    const timeout = Object.assign(new Error("timed out"), { name: "TimeoutError" });
    const again = fakeZoom([timeout]);
    const error = await zoomFetch(context(), "/users/me/meetings", { method: "POST", operation: "meetingCreate", body: {} }).catch((e) => e);
    expect(again).toHaveLength(1);
    expect(error).toMatchObject({ status: 0 });
    expect(error.message).toContain("may or may not have been made");
  });

  it("retries a GET after a network error and a 503, up to three attempts", async () => {
    const calls = fakeZoom([new TypeError("fetch failed"), { status: 503, body: { code: 503, message: "busy" } }, { status: 200, body: {} }]);
    await zoomFetch(context(), "/users/me", { operation: "user" });
    expect(calls).toHaveLength(3);
  });

  it("treats a 404 on a repeated DELETE after a lost answer as done", async () => {
    fakeZoom([new TypeError("socket hang up"), { status: 404, body: { code: 3001, message: "Meeting does not exist: 1." } }]);
    const result = await zoomFetch(context(), "/meetings/1", { method: "DELETE", operation: "meetingDelete" });
    expect(result.status).toBe(204);
  });

  it("still reports 404 for a DELETE that never had an ambiguous attempt", async () => {
    fakeZoom([{ status: 404, body: { code: 3001, message: "Meeting does not exist: 1." } }]);
    await expect(zoomFetch(context(), "/meetings/1", { method: "DELETE", operation: "meetingDelete" })).rejects.toMatchObject({ code: 3001 });
  });
});

describe("collectAll", () => {
  it("follows next_page_token with the same page_size until Zoom sends an empty one", async () => {
    const calls = fakeZoom([
      { status: 200, body: { next_page_token: "p2", total_records: 5, users: [1, 2] } },
      { status: 200, body: { next_page_token: "p3", total_records: 5, users: [3, 4] } },
      { status: 200, body: { next_page_token: "", total_records: 5, users: [5] } },
    ]);
    const result = await collectAll<{ next_page_token?: string; total_records?: number; users?: number[] }, "users">(context(), "/users", "users", {
      operation: "users",
      pageSize: 2,
    });
    expect(result).toEqual({ items: [1, 2, 3, 4, 5], total: 5, truncated: false });
    expect(calls.map((c) => new URL(c.url).search)).toEqual(["?page_size=2", "?page_size=2&next_page_token=p2", "?page_size=2&next_page_token=p3"]);
  });

  it("stops at maxItems and says the list was cut", async () => {
    fakeZoom([{ status: 200, body: { next_page_token: "p2", users: [1, 2, 3] } }]);
    const result = await collectAll<{ next_page_token?: string; users?: number[] }, "users">(context(), "/users", "users", { operation: "users", pageSize: 3, maxItems: 3 });
    expect(result).toMatchObject({ items: [1, 2, 3], truncated: true });
  });
});

describe("parseRetryAt", () => {
  it("reads seconds and ISO dates", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(parseRetryAt("2", now)?.toISOString()).toBe("2026-01-01T00:00:02.000Z");
    expect(parseRetryAt("2026-01-02T00:00:00Z", now)?.toISOString()).toBe("2026-01-02T00:00:00.000Z");
    expect(parseRetryAt("soon", now)).toBeNull();
  });
});
