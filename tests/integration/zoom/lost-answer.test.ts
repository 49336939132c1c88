/**
 * "The create landed but the answer was lost": the sandbox applies the create and then drops the
 * connection (fault `after: true, reset: true`). The dashboard must not repeat a create it cannot
 * know failed — lib/zoom/client.ts never retries POST — so exactly one meeting (or webinar) exists
 * at Zoom afterwards, and the browser hears that Zoom could not be reached.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { DateTime } from "luxon";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { ZoomContext } from "@/lib/zoom/context";
import { clientSettings } from "@/lib/zoom/client";
import { resetWriteBudgets } from "@/lib/zoom/write-budget";
import { startHarness, OWNER, type Harness } from "./harness";

const state: { viewer: Viewer | null; user?: ZoomContext; account?: ZoomContext } = { viewer: null };

vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/auth/zoom-context", () => ({
  zoomContextFor: async (_viewer: Viewer, level: "user" | "account") => (level === "user" ? state.user! : state.account!),
}));

const meetings = await import("@/app/api/zoom/meetings/route");
const webinars = await import("@/app/api/zoom/webinars/route");

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function post(handler: Handler, path: string, body: unknown) {
  const res = await handler(new NextRequest(`http://localhost${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }), { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
}

const startDate = DateTime.now().setZone("Europe/Berlin").plus({ days: 3 }).toFormat("yyyy-MM-dd");
const schedule = { agenda: "", startDate, startTime: "11:00", timezone: "Europe/Berlin", duration: 30, passcode: "", recurrence: null, scheduleFor: "", templateId: "" };
const meetingBody = (topic: string) => ({
  ...schedule,
  topic,
  settings: {
    waitingRoom: true,
    joinBeforeHost: false,
    jbhTime: 0,
    muteUponEntry: false,
    hostVideo: true,
    participantVideo: true,
    autoRecording: "none",
    approvalType: 2,
    registrationType: 1,
    alternativeHosts: [],
  },
});
const webinarBody = (topic: string) => ({
  ...schedule,
  topic,
  settings: {
    hostVideo: true,
    panelistsVideo: true,
    practiceSession: false,
    hdVideo: false,
    questionAndAnswer: true,
    onDemand: false,
    autoRecording: "none",
    approvalType: 2,
    registrationType: 1,
    registrantsRestrictNumber: 0,
    alternativeHosts: [],
  },
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  clientSettings.sleep = async () => {};
});
afterAll(async () => h?.close());
beforeEach(async () => {
  await h.control("DELETE", "/faults");
  await h.control("PUT", "/rate-limits", { hostDailyWrites: 100, resetCounters: true });
  resetWriteBudgets();
  const zoomUserId = await h.userId(OWNER);
  state.viewer = { userId: "u-owner", zoomUserId, name: "Test owner", email: OWNER, image: null, workspaceId: "w1", workspaceName: "Brightwave", role: "owner" };
  state.user = await h.user(OWNER);
  state.account = h.account;
  await h.resetCounters();
});

describe("a create whose answer is lost", () => {
  it("creates exactly one meeting", async () => {
    const topic = `Lost answer meeting ${Date.now()}`;
    await h.control("POST", "/faults", { method: "POST", path: "meetingCreate", after: true, reset: true });
    const res = await post(meetings.POST, "/api/zoom/meetings", meetingBody(topic));
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(res.body.error?.code).toBe("zoom_unavailable");
    expect((await h.calls()).meetingCreate).toBe(1);
    expect(h.server.sandbox.state.meetings.filter((m) => m.topic === topic)).toHaveLength(1);
  });

  it("creates exactly one webinar", async () => {
    const topic = `Lost answer webinar ${Date.now()}`;
    await h.control("POST", "/faults", { method: "POST", path: "webinarCreate", after: true, reset: true });
    const res = await post(webinars.POST, "/api/zoom/webinars", webinarBody(topic));
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(res.body.error?.code).toBe("zoom_unavailable");
    expect((await h.calls()).webinarCreate).toBe(1);
    expect(h.server.sandbox.state.webinars.filter((w) => w.topic === topic)).toHaveLength(1);
  });
});
