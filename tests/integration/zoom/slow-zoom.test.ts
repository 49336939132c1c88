/**
 * A slow Zoom: reads answer within the read budget saying plainly that Zoom is slow (not after three
 * full timeouts), and a create whose answer never comes warns that it may or may not have been made.
 * Budgets are shortened for the test; production uses 10 s for a read and 30 s for a write.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clientSettings } from "@/lib/zoom/client";
import { useAppDatabase, type AppDatabase } from "../../app-database";
import { startHarness, OWNER, type Harness } from "./harness";
import { callRoute, routeState, viewerFor, webinarBody, type Handler } from "./route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("./route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("./route-calls")).zoomContextMock());
const state = routeState;

const meetings = await import("@/app/api/zoom/meetings/route");
const webinars = await import("@/app/api/zoom/webinars/route");

const call = async (handler: Handler, method: string, path: string, body?: unknown) => callRoute(handler, method, path, { body });

let h: Harness;
// Creates and updates count against the host's write budget, which lives in PostgreSQL.
let appDb: AppDatabase;
const defaults = { ...clientSettings };
beforeAll(async () => {
  h = await startHarness();
  appDb = await useAppDatabase();
  const owner = await h.user(OWNER);
  state.viewer = viewerFor("owner", owner.zoomUserId!, OWNER);
  state.user = owner;
  state.account = h.account;
});
afterAll(async () => {
  Object.assign(clientSettings, defaults);
  await h?.close();
  await appDb?.release();
});
beforeEach(async () => {
  Object.assign(clientSettings, defaults, { readBudgetMs: 1_500, readAttemptMs: 600, writeAttemptMs: 600, backoffMs: 50 });
  await h.control("DELETE", "/faults");
  await h.resetCounters();
});

describe("when Zoom is slow", () => {
  it("a list answers 503 within the read budget and says Zoom is slow, after at most three attempts", async () => {
    await h.control("POST", "/faults", { method: "GET", path: "meetings", delayMs: 5_000, count: 5 });
    const res = await call(meetings.GET, "GET", "/api/zoom/meetings?type=upcoming");
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe("zoom_unavailable");
    expect(res.body.error.message).toMatch(/^Zoom is slow to answer right now \(nothing within [12] s\)\. Try again in a moment\.$/);
    const faults = await h.control<{ hits: number }[]>("GET", "/faults");
    expect(faults[0]!.hits).toBeGreaterThanOrEqual(1);
    expect(faults[0]!.hits).toBeLessThanOrEqual(3);
  });

  it("a webinar create with no answer warns that it may or may not have been made, and is not repeated", async () => {
    await h.control("POST", "/faults", { method: "POST", path: "webinarCreate", delayMs: 3_000, count: 2 });
    const res = await call(webinars.POST, "POST", "/api/zoom/webinars", webinarBody({ topic: "Slow webinar" }));
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain("may or may not have been made; check before trying again");
    const faults = await h.control<{ hits: number }[]>("GET", "/faults");
    expect(faults[0]!.hits).toBe(1);
  });
});
