/**
 * The dashboard decides who may touch what, not Zoom. A workspace *member* whose Zoom user happens
 * to be a Zoom admin has a token that reaches everyone's meetings; every by-id route must still
 * refuse them anything they do not host — before any change reaches Zoom.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { DateTime } from "luxon";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { ZoomContext } from "@/lib/zoom/context";
import { clientSettings } from "@/lib/zoom/client";
import { startHarness, ADMIN, OWNER, type Harness } from "./harness";

const state: { viewer: Viewer | null; user?: ZoomContext; account?: ZoomContext } = { viewer: null };

vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/auth/zoom-context", () => ({
  zoomContextFor: async (_viewer: Viewer, level: "user" | "account") => (level === "user" ? state.user! : state.account!),
}));

const meetings = await import("@/app/api/zoom/meetings/route");
const meeting = await import("@/app/api/zoom/meetings/[meetingId]/route");
const occurrence = await import("@/app/api/zoom/meetings/[meetingId]/occurrences/[occurrenceId]/route");
const startLink = await import("@/app/api/zoom/meetings/[meetingId]/start-link/route");
const meetingTemplate = await import("@/app/api/zoom/meetings/[meetingId]/template/route");
const webinar = await import("@/app/api/zoom/webinars/[webinarId]/route");
const webinarOccurrence = await import("@/app/api/zoom/webinars/[webinarId]/occurrences/[occurrenceId]/route");
const webinarStartLink = await import("@/app/api/zoom/webinars/[webinarId]/start-link/route");
const webinarTemplate = await import("@/app/api/zoom/webinars/[webinarId]/template/route");

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, method: string, params: Record<string, string>, body?: unknown) {
  const init: ConstructorParameters<typeof NextRequest>[1] = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { "content-type": "application/json" };
  }
  const res = await handler(new NextRequest("http://localhost/api/x", init), { params: Promise.resolve(params) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

let h: Harness;
const tomorrow = DateTime.now().setZone("Europe/Berlin").plus({ days: 2 }).toFormat("yyyy-MM-dd");
const recurrence = { type: "weekly", interval: 1, weeklyDays: [3, 5], monthlyMode: "day", monthlyDay: 1, monthlyWeek: 1, monthlyWeekDay: 2, endMode: "count", endTimes: 4, endDate: "" };
const schedule = { agenda: "", startDate: tomorrow, startTime: "10:00", timezone: "Europe/Berlin", duration: 30, passcode: "", recurrence, scheduleFor: "", templateId: "" };

/** The owner's recurring meeting and webinar, made through the owner's own token. */
async function ownersItems() {
  const owner = await h.user(OWNER);
  const post = async (path: string, body: object) => {
    const res = await fetch(`${owner.apiBaseUrl}${path}`, { method: "POST", headers: { authorization: `Bearer ${await owner.tokens.get()}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: number; occurrences: { occurrence_id: string }[] };
  };
  const when = { start_time: `${tomorrow}T10:00:00`, timezone: "Europe/Berlin", duration: 30, recurrence: { type: 2, repeat_interval: 1, weekly_days: "4,6", end_times: 4 } };
  return {
    meeting: await post("/users/me/meetings", { topic: "Olivia's board meeting", type: 8, ...when }),
    webinar: await post("/users/me/webinars", { topic: "Olivia's town hall", type: 9, ...when }),
  };
}

beforeAll(async () => {
  h = await startHarness();
  clientSettings.sleep = async () => {};
});
afterAll(async () => h?.close());
beforeEach(async () => {
  // A workspace member whose Zoom user (Marcus) is an admin of the Zoom account.
  state.viewer = { userId: "u-member", zoomUserId: await h.userId(ADMIN), name: "Marcus", email: ADMIN, image: null, workspaceId: "w1", workspaceName: "Brightwave", role: "member" };
  state.user = await h.user(ADMIN);
  state.account = h.account;
});

describe("a member whose Zoom user is a Zoom admin", () => {
  it("cannot read, start, edit, move, template or delete another host's meeting", async () => {
    const { meeting: m } = await ownersItems();
    const id = { meetingId: String(m.id) };
    const occ = { ...id, occurrenceId: m.occurrences[0]!.occurrence_id };
    await h.resetCounters();

    const refusals = [
      await call(meeting.GET, "GET", id),
      await call(startLink.GET, "GET", id),
      await call(meeting.PATCH, "PATCH", id, { topic: "Hijacked" }),
      await call(occurrence.PATCH, "PATCH", occ, { startDate: tomorrow, startTime: "18:00", timezone: "Europe/Berlin", duration: 90 }),
      await call(occurrence.DELETE, "DELETE", occ),
      await call(meetingTemplate.POST, "POST", id, { name: "Stolen", saveRecurrence: false, overwrite: false }),
      await call(meeting.DELETE, "DELETE", id),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: "forbidden", message: expect.stringContaining("meetings you host") });
      expect(JSON.stringify(refused.body)).not.toContain("start_url");
    }
    // Only reads reached Zoom (to learn the host); nothing was changed, made or deleted.
    expect(Object.keys(await h.calls())).toEqual(["meeting"]);
    state.viewer = { ...state.viewer!, role: "admin" };
    const after = await call(meeting.GET, "GET", id);
    expect(after.status).toBe(200);
    expect(after.body.topic).toBe("Olivia's board meeting");
    expect(after.body.occurrences).toHaveLength(4);
  });

  it("cannot read, start, edit, template or delete another host's webinar", async () => {
    const { webinar: w } = await ownersItems();
    const id = { webinarId: String(w.id) };
    const occ = { ...id, occurrenceId: w.occurrences[0]!.occurrence_id };
    await h.resetCounters();
    const refusals = [
      await call(webinar.GET, "GET", id),
      await call(webinarStartLink.GET, "GET", id),
      await call(webinar.PATCH, "PATCH", id, { topic: "Hijacked" }),
      await call(webinarOccurrence.PATCH, "PATCH", occ, { startDate: tomorrow, startTime: "18:00", timezone: "Europe/Berlin", duration: 90 }),
      await call(webinarOccurrence.DELETE, "DELETE", occ),
      await call(webinarTemplate.POST, "POST", id, { name: "Stolen", saveRecurrence: false, overwrite: false }),
      await call(webinar.DELETE, "DELETE", id),
    ];
    for (const refused of refusals) expect(refused).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(Object.keys(await h.calls())).toEqual(["webinar"]);
  });

  it("still manages the meetings they host", async () => {
    const settings = { waitingRoom: true, joinBeforeHost: false, jbhTime: 0, muteUponEntry: false, hostVideo: true, participantVideo: true, autoRecording: "none", approvalType: 2, registrationType: 1, alternativeHosts: [] };
    const created = await call(meetings.POST, "POST", {}, { topic: "Marcus's own", settings, ...schedule, recurrence: null });
    expect(created.status).toBe(201);
    const id = { meetingId: String(created.body.id) };
    expect((await call(meeting.GET, "GET", id)).status).toBe(200);
    expect((await call(startLink.GET, "GET", id)).body.startUrl).toMatch(/^http/);
    expect((await call(meeting.PATCH, "PATCH", id, { topic: "Marcus's renamed" })).status).toBe(204);
    expect((await call(meeting.DELETE, "DELETE", id)).status).toBe(204);
  });
});
