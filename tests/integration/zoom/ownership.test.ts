/**
 * The dashboard decides who may touch what, not Zoom. A workspace *member* whose Zoom user happens
 * to be a Zoom admin has a token that reaches everyone's meetings; every by-id route must still
 * refuse them anything they do not host — before any change reaches Zoom.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ADMIN, OWNER, type Harness } from "./harness";
import { routeStack } from "./route-stack";
import { callRoute, meetingBody, routeState, tomorrow, type Handler } from "./route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("./route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("./route-calls")).zoomContextMock());
const state = routeState;

const meetings = await import("@/app/api/zoom/meetings/route");
const meeting = await import("@/app/api/zoom/meetings/[meetingId]/route");
const occurrence = await import("@/app/api/zoom/meetings/[meetingId]/occurrences/[occurrenceId]/route");
const startLink = await import("@/app/api/zoom/meetings/[meetingId]/start-link/route");
const meetingTemplate = await import("@/app/api/zoom/meetings/[meetingId]/template/route");
const webinar = await import("@/app/api/zoom/webinars/[webinarId]/route");
const webinarOccurrence = await import("@/app/api/zoom/webinars/[webinarId]/occurrences/[occurrenceId]/route");
const webinarStartLink = await import("@/app/api/zoom/webinars/[webinarId]/start-link/route");
const webinarTemplate = await import("@/app/api/zoom/webinars/[webinarId]/template/route");

const call = (handler: Handler, method: string, params: Record<string, string>, body?: unknown) => callRoute(handler, method, "/api/x", { params, body });

const stack = routeStack();
let h: Harness;

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

beforeEach(async () => {
  h = stack.h;
  // A workspace member whose Zoom user (Marcus) is an admin of the Zoom account.
  await stack.actAs("member", ADMIN);
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
    const created = await call(meetings.POST, "POST", {}, meetingBody({ topic: "Marcus's own" }));
    expect(created.status).toBe(201);
    const id = { meetingId: String(created.body.id) };
    expect((await call(meeting.GET, "GET", id)).status).toBe(200);
    expect((await call(startLink.GET, "GET", id)).body.startUrl).toMatch(/^http/);
    expect((await call(meeting.PATCH, "PATCH", id, { topic: "Marcus's renamed" })).status).toBe(204);
    expect((await call(meeting.DELETE, "DELETE", id)).status).toBe(204);
  });
});
