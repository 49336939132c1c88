/**
 * "The create landed but the answer was lost": the sandbox applies the create and then drops the
 * connection (fault `after: true, reset: true`). The dashboard must not repeat a create it cannot
 * know failed — lib/zoom/client.ts never retries POST — so exactly one meeting (or webinar) exists
 * at Zoom afterwards, and the browser hears that Zoom could not be reached.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { OWNER, type Harness } from "./harness";
import { routeStack } from "./route-stack";
import { callRoute, meetingBody, webinarBody, type Handler } from "./route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("./route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("./route-calls")).zoomContextMock());

const meetings = await import("@/app/api/zoom/meetings/route");
const webinars = await import("@/app/api/zoom/webinars/route");

async function post(handler: Handler, path: string, body: unknown) {
  const res = await callRoute(handler, "POST", path, { body });
  return { status: res.status, body: res.body as { error?: { code: string; message: string } } };
}

const stack = routeStack();
let h: Harness;
beforeEach(async () => {
  h = stack.h;
  await stack.actAs("owner", OWNER);
  await h.resetCounters();
});

describe("a create whose answer is lost", () => {
  it("creates exactly one meeting", async () => {
    const topic = `Lost answer meeting ${Date.now()}`;
    await h.control("POST", "/faults", { method: "POST", path: "meetingCreate", after: true, reset: true });
    const res = await post(meetings.POST, "/api/zoom/meetings", meetingBody({ topic }));
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(res.body.error?.code).toBe("zoom_unavailable");
    expect((await h.calls()).meetingCreate).toBe(1);
    expect(h.server.sandbox.state.meetings.filter((m) => m.topic === topic)).toHaveLength(1);
  });

  it("creates exactly one webinar", async () => {
    const topic = `Lost answer webinar ${Date.now()}`;
    await h.control("POST", "/faults", { method: "POST", path: "webinarCreate", after: true, reset: true });
    const res = await post(webinars.POST, "/api/zoom/webinars", webinarBody({ topic }));
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(res.body.error?.code).toBe("zoom_unavailable");
    expect((await h.calls()).webinarCreate).toBe(1);
    expect(h.server.sandbox.state.webinars.filter((w) => w.topic === topic)).toHaveLength(1);
  });
});
