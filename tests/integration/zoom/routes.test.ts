/**
 * The /api/zoom route handlers, called as Next calls them, with the signed-in viewer and their
 * Zoom connection replaced by sandbox tokens (the auth module has its own tests). Checks what a
 * browser sees: statuses, error bodies with Zoom's code/message/tracking id, and that malformed
 * requests are refused before any Zoom call.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-type";
import { ADMIN, MEMBER, OWNER, type Harness } from "./harness";
import { routeStack } from "./route-stack";
import { callRoute, meetingBody, routeState, tomorrow, webinarBody, type Handler } from "./route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("./route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("./route-calls")).zoomContextMock());

const meetings = await import("@/app/api/zoom/meetings/route");
const meeting = await import("@/app/api/zoom/meetings/[meetingId]/route");
const occurrence = await import("@/app/api/zoom/meetings/[meetingId]/occurrences/[occurrenceId]/route");
const startLink = await import("@/app/api/zoom/meetings/[meetingId]/start-link/route");
const meetingTemplate = await import("@/app/api/zoom/meetings/[meetingId]/template/route");
const webinars = await import("@/app/api/zoom/webinars/route");
const webinar = await import("@/app/api/zoom/webinars/[webinarId]/route");
const webinarOccurrence = await import("@/app/api/zoom/webinars/[webinarId]/occurrences/[occurrenceId]/route");
const webinarStartLink = await import("@/app/api/zoom/webinars/[webinarId]/start-link/route");
const webinarTemplate = await import("@/app/api/zoom/webinars/[webinarId]/template/route");
const templates = await import("@/app/api/zoom/templates/route");
const users = await import("@/app/api/zoom/users/route");
const hosts = await import("@/app/api/zoom/hosts/route");
const writeBudget = await import("@/app/api/zoom/write-budget/route");
const home = await import("@/app/api/zoom/home/route");

const call = callRoute;
const state = routeState;

const stack = routeStack();
let h: Harness;
const signInAs = (role: Viewer["role"]) => stack.actAs(role, role === "owner" ? OWNER : role === "admin" ? ADMIN : MEMBER);
beforeEach(async () => {
  h = stack.h;
  await signInAs("owner");
});

describe("meetings routes", () => {
  it("create → list → read → edit → delete, as a browser would", async () => {
    const created = await call(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ topic: "Route test", timezone: "Europe/Berlin" });
    expect(created.body.start_url).toBeUndefined();
    const id = String(created.body.id);

    const list = await call(meetings.GET, "GET", "/api/zoom/meetings?type=upcoming&page_size=300");
    expect(list.status).toBe(200);
    expect(list.body.meetings.map((m: { id: number }) => String(m.id))).toContain(id);

    const read = await call(meeting.GET, "GET", `/api/zoom/meetings/${id}`, { params: { meetingId: id } });
    expect(read.body).toMatchObject({ id: Number(id), topic: "Route test" });
    expect(read.body.start_url).toBeUndefined();

    const link = await call(startLink.GET, "GET", `/api/zoom/meetings/${id}/start-link`, { params: { meetingId: id } });
    expect(link.body.startUrl).toMatch(/^http/);
    expect(link.headers.get("cache-control")).toBe("no-store");

    const edited = await call(meeting.PATCH, "PATCH", `/api/zoom/meetings/${id}`, { params: { meetingId: id }, body: { topic: "Route test (edited)" } });
    expect(edited.status).toBe(204);

    const budget = await call(writeBudget.GET, "GET", "/api/zoom/write-budget");
    expect(budget.body).toMatchObject({ used: 2, limit: 100, remaining: 98, exhausted: false });

    expect((await call(meeting.DELETE, "DELETE", `/api/zoom/meetings/${id}?cancel_meeting_reminder=true`, { params: { meetingId: id } })).status).toBe(204);
    const after = await call(meeting.GET, "GET", `/api/zoom/meetings/${id}`, { params: { meetingId: id } });
    expect(after.status).toBe(404);
    expect(after.body.error).toMatchObject({ code: "not_found", zoom: { code: 3001, status: 404 } });
    expect(after.body.error.zoom.trackingId).toBeTruthy();
    expect(after.body.error.message).toContain(`Meeting does not exist: ${id}`);
  });

  it("pages past 300 meetings with the token it returns", async () => {
    const seen = new Set<number>();
    let token: string | null = null;
    let total = 0;
    do {
      const page: { body: { meetings: { id: number }[]; nextPageToken: string | null; totalRecords: number } } = await call(
        meetings.GET,
        "GET",
        `/api/zoom/meetings?type=scheduled&page_size=300${token ? `&next_page_token=${encodeURIComponent(token)}` : ""}`,
      );
      page.body.meetings.forEach((m) => seen.add(m.id));
      total = page.body.totalRecords;
      token = page.body.nextPageToken;
    } while (token);
    expect(total).toBeGreaterThan(300);
    expect(seen.size).toBe(total);
  });

  it("edits and deletes one occurrence of a recurring meeting", async () => {
    const recurrence = { type: "daily", interval: 1, weeklyDays: [2], monthlyMode: "day", monthlyDay: 1, monthlyWeek: 1, monthlyWeekDay: 2, endMode: "count", endTimes: 4, endDate: "" };
    const created = await call(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody({ recurrence }) });
    expect(created.body.occurrences).toHaveLength(4);
    const id = String(created.body.id);
    const target = created.body.occurrences[1];
    const params = { meetingId: id, occurrenceId: target.occurrence_id };
    const moved = await call(occurrence.PATCH, "PATCH", "/x", { params, body: { startDate: tomorrow, startTime: "16:00", timezone: "Europe/Berlin", duration: 50 } });
    expect(moved.status).toBe(204);
    const del = await call(occurrence.DELETE, "DELETE", "/x", { params: { meetingId: id, occurrenceId: created.body.occurrences[2].occurrence_id } });
    expect(del.status).toBe(204);
    const read = await call(meeting.GET, "GET", "/x", { params: { meetingId: id } });
    const statuses = read.body.occurrences.map((o: { status: string; duration: number }) => [o.status, o.duration]);
    expect(statuses).toContainEqual(["available", 50]);
    expect(statuses.filter(([status]: [string]) => status === "deleted")).toHaveLength(1);
  });

  it("lets an admin list another host's meetings and save a meeting as a template", async () => {
    await signInAs("admin");
    const memberId = await h.userId(MEMBER);
    const list = await call(meetings.GET, "GET", `/api/zoom/meetings?type=scheduled&userId=${memberId}`);
    expect(list.status).toBe(200);
    expect(list.body.meetings.every((m: { host_id: string }) => m.host_id === memberId)).toBe(true);

    const hostList = await call(hosts.GET, "GET", "/api/zoom/hosts");
    expect(hostList.body.hosts.map((x: { id: string }) => x.id)).toContain(memberId);

    const created = await call(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody({ scheduleFor: memberId, topic: "For Daniel" }) });
    expect(created.status).toBe(201);
    expect(created.body.host_id).toBe(memberId);
    const saved = await call(meetingTemplate.POST, "POST", "/x", { params: { meetingId: String(created.body.id) }, body: { name: `From route ${Date.now()}`, saveRecurrence: false, overwrite: false } });
    expect(saved.status).toBe(201);
    const list2 = await call(templates.GET, "GET", `/api/zoom/templates?kind=meeting&userId=${memberId}`);
    expect(list2.body.templates.map((t: { id: string }) => t.id)).toContain(saved.body.id);
  });

  it("keeps members to their own meetings: no other host, no users, no host list", async () => {
    await signInAs("member");
    await h.resetCounters();
    const otherId = await h.userId(OWNER);
    expect((await call(meetings.GET, "GET", `/api/zoom/meetings?userId=${otherId}`)).status).toBe(403);
    expect((await call(users.GET, "GET", "/api/zoom/users")).status).toBe(403);
    expect((await call(hosts.GET, "GET", "/api/zoom/hosts")).status).toBe(403);
    expect((await call(home.GET, "GET", "/api/zoom/home?scope=account")).status).toBe(403);
    expect(await h.calls()).toEqual({});
    const own = await call(meetings.GET, "GET", "/api/zoom/meetings?type=upcoming");
    expect(own.status).toBe(200);
  });

  it("reports Zoom's per-host daily write limit plainly, with when it resets", async () => {
    await h.control("PUT", "/rate-limits", { hostDailyWrites: 1, resetCounters: true });
    expect((await call(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody() })).status).toBe(201);
    const refused = await call(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody() });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(refused.body.error.message).toMatch(/daily limit of 100 meeting and webinar creates\/updates.*00:00 UTC/);
    expect(refused.body.error.zoom).toMatchObject({ status: 429, code: 429 });
    expect(Date.parse(refused.body.error.zoom.retryAfter)).toBeGreaterThan(Date.now());
    const budget = await call(writeBudget.GET, "GET", "/api/zoom/write-budget");
    expect(budget.body).toMatchObject({ exhausted: true, remaining: 0 });
  });

  it("passes an injected per-second 429 through with its Retry-After", async () => {
    await h.control("POST", "/faults", { method: "POST", path: "meetingCreate", status: 429, body: { code: 429, message: "You have reached the maximum per-second rate limit for this API. Try again later." } });
    const refused = await call(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody() });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: "rate_limited", zoom: { code: 429 } });
    expect(refused.body.error.message).toContain("per-second rate limit");
  });
});

describe("webinars, users, home", () => {
  it("webinar CRUD, with start link and a single-occurrence edit", async () => {
    const recurrence = { type: "weekly", interval: 1, weeklyDays: [3, 5], monthlyMode: "day", monthlyDay: 1, monthlyWeek: 1, monthlyWeekDay: 2, endMode: "count", endTimes: 4, endDate: "" };
    const created = await call(webinars.POST, "POST", "/api/zoom/webinars", { body: webinarBody({ recurrence }) });
    expect(created.status).toBe(201);
    expect(created.body.type).toBe(9);
    const id = String(created.body.id);
    const listed = await call(webinars.GET, "GET", "/api/zoom/webinars?type=scheduled&page_size=300");
    expect(listed.body.webinars.map((w: { id: number }) => String(w.id))).toContain(id);
    expect((await call(webinarStartLink.GET, "GET", "/x", { params: { webinarId: id } })).body.startUrl).toMatch(/^http/);
    const occ = created.body.occurrences[0].occurrence_id;
    expect((await call(webinarOccurrence.PATCH, "PATCH", "/x", { params: { webinarId: id, occurrenceId: occ }, body: { startDate: tomorrow, startTime: "18:00", timezone: "Europe/Berlin", duration: 90 } })).status).toBe(204);
    expect((await call(webinar.PATCH, "PATCH", "/x", { params: { webinarId: id }, body: { topic: "Renamed webinar" } })).status).toBe(204);
    expect((await call(webinar.GET, "GET", "/x", { params: { webinarId: id } })).body.topic).toBe("Renamed webinar");
    const saved = await call(webinarTemplate.POST, "POST", "/x", { params: { webinarId: id }, body: { name: `Webinar tpl ${Date.now()}`, saveRecurrence: false, overwrite: false } });
    expect(saved.status).toBe(201);
    expect((await call(webinarOccurrence.DELETE, "DELETE", "/x", { params: { webinarId: id, occurrenceId: occ } })).status).toBe(204);
    expect((await call(webinar.DELETE, "DELETE", "/x", { params: { webinarId: id } })).status).toBe(204);
    expect((await call(webinar.GET, "GET", "/x", { params: { webinarId: id } })).status).toBe(404);
  });

  it("creates a non-login user, shows Zoom's 409 for a used email, and schedules for the new user", async () => {
    await signInAs("admin");
    const email = `kiosk-${Date.now()}@brightwave.test`;
    const created = await call(users.POST, "POST", "/api/zoom/users", { body: { email, firstName: "Kiosk", lastName: "Lobby", displayName: "", type: 1 } });
    expect(created.status).toBe(201);
    const again = await call(users.POST, "POST", "/api/zoom/users", { body: { email, firstName: "Kiosk", lastName: "", displayName: "", type: 1 } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "conflict", zoom: { code: 1005 } });
    const scheduled = await call(meetings.POST, "POST", "/api/zoom/meetings", { body: meetingBody({ scheduleFor: created.body.id, topic: "Kiosk check-in" }) });
    expect(scheduled.status).toBe(201);
    expect(scheduled.body.host_id).toBe(created.body.id);
    const page = await call(users.GET, "GET", "/api/zoom/users?page_size=5");
    expect(page.body.users).toHaveLength(5);
    expect(page.body.nextPageToken).toBeTruthy();
  });

  it("home: live meetings and every upcoming occurrence in the next four weeks", async () => {
    const mine = await call(home.GET, "GET", "/api/zoom/home");
    expect(mine.status).toBe(200);
    expect(mine.body.scope).toBe("me");
    expect(mine.body.live.length).toBeGreaterThan(0);
    const series = mine.body.upcoming.filter((m: { occurrence_id: string | null }) => m.occurrence_id);
    expect(series.length).toBeGreaterThan(5);
    const starts = mine.body.upcoming.map((m: { start_time: string }) => m.start_time);
    expect([...starts].sort()).toEqual(starts);
    expect(starts.every((s: string) => Date.parse(s) < Date.parse(mine.body.until))).toBe(true);

    const account = await call(home.GET, "GET", "/api/zoom/home?scope=account");
    expect(account.body.hostsScanned).toBeGreaterThan(5);
    expect(account.body.upcoming.length).toBeGreaterThan(mine.body.upcoming.length);
  });
});

describe("malformed requests are refused with a clear 4xx and no Zoom call", () => {
  const cases: [string, Handler, string, string, { params?: Record<string, string>; body?: unknown; rawBody?: string }][] = [
    ["list: unknown tab", meetings.GET, "GET", "/api/zoom/meetings?type=someday", {}],
    ["list: page size above Zoom's 300", meetings.GET, "GET", "/api/zoom/meetings?page_size=5000", {}],
    ["create: topic missing", meetings.POST, "POST", "/x", { body: meetingBody({ topic: "" }) }],
    ["create: not JSON", meetings.POST, "POST", "/x", { rawBody: "{topic:" }],
    ["create: duration over 24h", meetings.POST, "POST", "/x", { body: meetingBody({ duration: 2000 }) }],
    ["create: unknown time zone", meetings.POST, "POST", "/x", { body: meetingBody({ timezone: "Mars/Olympus" }) }],
    ["create: in the past", meetings.POST, "POST", "/x", { body: meetingBody({ startDate: "2020-01-01" }) }],
    ["create: weekly with no days", meetings.POST, "POST", "/x", { body: meetingBody({ recurrence: { type: "weekly", interval: 1, weeklyDays: [], monthlyMode: "day", monthlyDay: 1, monthlyWeek: 1, monthlyWeekDay: 2, endMode: "count", endTimes: 3, endDate: "" } }) }],
    ["create: 61 occurrences", meetings.POST, "POST", "/x", { body: meetingBody({ recurrence: { type: "daily", interval: 1, weeklyDays: [], monthlyMode: "day", monthlyDay: 1, monthlyWeek: 1, monthlyWeekDay: 2, endMode: "count", endTimes: 61, endDate: "" } }) }],
    ["create: bad alternative host", meetings.POST, "POST", "/x", { body: meetingBody({ settings: { ...meetingBody().settings, alternativeHosts: ["not an email"] } }) }],
    ["read: non-numeric id", meeting.GET, "GET", "/x", { params: { meetingId: "abc" } }],
    ["edit: half a schedule", meeting.PATCH, "PATCH", "/x", { params: { meetingId: "85746065123" }, body: { startDate: tomorrow } }],
    ["edit: passcode too long", meeting.PATCH, "PATCH", "/x", { params: { meetingId: "85746065123" }, body: { passcode: "12345678901" } }],
    ["delete: bad reminder flag", meeting.DELETE, "DELETE", "/x?cancel_meeting_reminder=maybe", { params: { meetingId: "85746065123" } }],
    ["occurrence edit: bad occurrence id", occurrence.PATCH, "PATCH", "/x", { params: { meetingId: "85746065123", occurrenceId: "first" }, body: { startDate: tomorrow, startTime: "10:00", timezone: "UTC", duration: 30 } }],
    ["occurrence delete: bad meeting id", occurrence.DELETE, "DELETE", "/x", { params: { meetingId: "x1", occurrenceId: "1" } }],
    ["start link: bad id", startLink.GET, "GET", "/x", { params: { meetingId: "-1" } }],
    ["save as template: no name", meetingTemplate.POST, "POST", "/x", { params: { meetingId: "85746065123" }, body: { name: " ", saveRecurrence: false, overwrite: false } }],
    ["webinars: unknown type", webinars.GET, "GET", "/api/zoom/webinars?type=live", {}],
    ["webinar create: registrant cap", webinars.POST, "POST", "/x", { body: webinarBody({ settings: { ...webinarBody().settings, registrantsRestrictNumber: 50000 } }) }],
    ["webinar read: bad id", webinar.GET, "GET", "/x", { params: { webinarId: "web" } }],
    ["webinar edit: topic too long", webinar.PATCH, "PATCH", "/x", { params: { webinarId: "85746065123" }, body: { topic: "x".repeat(201) } }],
    ["webinar delete: bad flag", webinar.DELETE, "DELETE", "/x?cancel_webinar_reminder=yes", { params: { webinarId: "85746065123" } }],
    ["webinar occurrence: missing duration", webinarOccurrence.PATCH, "PATCH", "/x", { params: { webinarId: "85746065123", occurrenceId: "1" }, body: { startDate: tomorrow, startTime: "10:00", timezone: "UTC" } }],
    ["webinar occurrence delete: bad id", webinarOccurrence.DELETE, "DELETE", "/x", { params: { webinarId: "85746065123", occurrenceId: "x" } }],
    ["webinar start link: bad id", webinarStartLink.GET, "GET", "/x", { params: { webinarId: "1e9" } }],
    ["webinar template: overwrite not boolean", webinarTemplate.POST, "POST", "/x", { params: { webinarId: "85746065123" }, body: { name: "n", saveRecurrence: false, overwrite: "yes" } }],
    ["templates: unknown kind", templates.GET, "GET", "/api/zoom/templates?kind=room", {}],
    ["users: unknown status", users.GET, "GET", "/api/zoom/users?status=deleted", {}],
    ["users: custCreate without email", users.POST, "POST", "/x", { body: { email: "", firstName: "A", lastName: "", displayName: "", type: 1 } }],
    ["users: custCreate type 99", users.POST, "POST", "/x", { body: { email: "a@b.test", firstName: "A", lastName: "", displayName: "", type: 99 } }],
    ["write budget: bad user id", writeBudget.GET, "GET", "/api/zoom/write-budget?userId=%20", {}],
    ["home: unknown scope", home.GET, "GET", "/api/zoom/home?scope=everyone", {}],
  ];

  it.each(cases)("%s", async (_name, handler, method, path, options) => {
    await h.resetCounters();
    const res = await call(handler, method, path, options);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toMatch(/^(validation_failed|bad_request)$/);
    expect(res.body.error.message.length).toBeGreaterThan(10);
    expect(await h.calls()).toEqual({});
  });

  it("hosts: members are refused before any Zoom call", async () => {
    await signInAs("member");
    await h.resetCounters();
    expect((await call(hosts.GET, "GET", "/api/zoom/hosts")).status).toBe(403);
    expect(await h.calls()).toEqual({});
  });

  it("refuses every route to a signed-out browser", async () => {
    state.viewer = null;
    const res = await call(meetings.GET, "GET", "/api/zoom/meetings");
    expect(res.status).toBe(401);
  });
});
