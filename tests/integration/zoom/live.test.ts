/**
 * The live panel's routes against the sandbox over real HTTP, with the caption streams in a real
 * PostgreSQL: control validation per documented method, not-live answers, members refused before
 * any control reaches Zoom, caption text validation and splitting, ordered delivery with the seq kept
 * across calls, and the caption URL kept off the browser unless revealed.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ADMIN, MEMBER, OWNER } from "./harness";
import { routeStack } from "./route-stack";
import { callRoute, tomorrow, type Handler } from "./route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("./route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("./route-calls")).zoomContextMock());

const live = await import("@/app/api/zoom/meetings/[meetingId]/live/route");
const events = await import("@/app/api/zoom/meetings/[meetingId]/live/events/route");
const captions = await import("@/app/api/zoom/meetings/[meetingId]/captions/route");
const captionUrl = await import("@/app/api/zoom/meetings/[meetingId]/captions/url/route");
const lines = await import("@/app/api/zoom/meetings/[meetingId]/captions/lines/route");
const webinarLines = await import("@/app/api/zoom/webinars/[webinarId]/captions/lines/route");

const stack = routeStack();

const call = (handler: Handler, method: string, meetingId: string, body?: unknown, query = "") =>
  callRoute(handler, method, `/api/x${query}`, { params: { meetingId, webinarId: meetingId }, body });

beforeEach(async () => {
  await stack.actAs("owner", OWNER);
});

async function meetingOf(email: string, path = "meetings", type = 2): Promise<string> {
  const user = await stack.h.user(email);
  const res = await fetch(`${user.apiBaseUrl}/users/me/${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${await user.tokens.get()}`, "content-type": "application/json" },
    body: JSON.stringify({ topic: "All hands", type, start_time: `${tomorrow}T10:00:00`, timezone: "Europe/Berlin", duration: 45 }),
  });
  expect(res.status).toBe(201);
  return String(((await res.json()) as { id: number }).id);
}

async function liveMeeting(email = OWNER): Promise<string> {
  const id = await meetingOf(email);
  await stack.h.control("POST", `/meetings/${id}/live`, { action: "start" });
  return id;
}

const received = async (id: string) =>
  (await stack.h.control<{ captions: { seq: number; text: string }[] }>("GET", `/captions?meetingId=${id}`)).captions.map((c) => [c.seq, c.text]);

describe("in-meeting controls", () => {
  it("refuses unknown methods and bad params with field errors before calling Zoom", async () => {
    const id = await liveMeeting();
    await stack.h.resetCounters();
    const unknown = await call(events.POST, "POST", id, { method: "recording.rewind" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("validation_failed");
    expect((await call(events.POST, "POST", id, { method: "participant.invite", params: { contacts: [] } })).status).toBe(400);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ email: `p${i}@example.org` }));
    const tooMany = await call(events.POST, "POST", id, { method: "participant.invite", params: { contacts: eleven } });
    expect(tooMany.body.error.fields[0].field).toBe("params.contacts");
    expect((await call(events.POST, "POST", id, { method: "recording.start", params: { contacts: [] } })).status).toBe(400);
    expect((await stack.h.calls()).inMeetingControl ?? 0).toBe(0);
  });

  it("answers Zoom's result, and keeps Zoom's code, message and tracking id on failure", async () => {
    const id = await liveMeeting();
    const started = await call(events.POST, "POST", id, { method: "recording.start" });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ method: "recording.start", status: 202 });
    const again = await call(events.POST, "POST", id, { method: "recording.start" });
    expect(again.status).toBe(400);
    expect(again.body.error.zoom).toMatchObject({ status: 400, code: 300, message: expect.stringMatching(/already being recorded/) });
    expect(again.body.error.zoom.trackingId).toBeTruthy();
    const invited = await call(events.POST, "POST", id, { method: "participant.invite", params: { contacts: [{ email: "guest@example.org" }] } });
    expect(invited.status).toBe(202);
  });

  it("says when a meeting is not live, and lets dial-outs through", async () => {
    const id = await meetingOf(OWNER);
    const status = await call(live.GET, "GET", id);
    expect(status.status).toBe(200);
    expect(status.body.live).toBe(false);
    expect(status.body.controls.recording).toEqual({ enabled: false, reason: expect.stringMatching(/not running/) });
    const refused = await call(events.POST, "POST", id, { method: "recording.start" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/not live/);
    expect((await call(events.POST, "POST", id, { method: "participant.invite.callout", params: { phone_number: "+1 555 0100" } })).status).toBe(202);
  });

  it("disables recording with the reason when the host's cloud recording is off", async () => {
    const id = await liveMeeting();
    const ownerId = await stack.h.userId(OWNER);
    await stack.h.control("PUT", `/live-settings/${ownerId}`, { cloud_recording: false });
    try {
      const status = await call(live.GET, "GET", id);
      expect(status.body).toMatchObject({ live: true, cloudRecording: false });
      expect(status.body.controls.recording.reason).toMatch(/Cloud recording is off/);
      expect(status.body.controls.invite.enabled).toBe(true);
    } finally {
      await stack.h.control("PUT", `/live-settings/${ownerId}`, { cloud_recording: true });
    }
  });

  it("refuses a member on a meeting they do not host, before any control reaches Zoom", async () => {
    const id = await liveMeeting(OWNER);
    // A plain member's token cannot even see the meeting: Zoom's 404 comes back, nothing is sent.
    await stack.actAs("member", MEMBER);
    expect((await call(events.POST, "POST", id, { method: "recording.start" })).status).toBe(404);
    // A member whose Zoom user is a Zoom admin sees it, and the dashboard refuses.
    await stack.actAs("member", ADMIN);
    await stack.h.resetCounters();
    expect((await call(events.POST, "POST", id, { method: "recording.start" })).status).toBe(403);
    expect((await call(live.GET, "GET", id)).status).toBe(403);
    expect((await call(captionUrl.POST, "POST", id)).status).toBe(403);
    expect((await call(lines.POST, "POST", id, { text: "hello" })).status).toBe(403);
    expect((await stack.h.calls()).inMeetingControl ?? 0).toBe(0);
    expect((await stack.h.calls()).meetingToken ?? 0).toBe(0);
  });

  it("lets a member control a meeting they host", async () => {
    const id = await liveMeeting(MEMBER);
    await stack.actAs("member", MEMBER);
    expect((await call(live.GET, "GET", id)).body.live).toBe(true);
    expect((await call(events.POST, "POST", id, { method: "waiting_room.update", params: { waiting_room_title: "Back soon" } })).status).toBe(202);
  });
});

describe("captions", () => {
  it("refuses empty and whitespace-only text and over-long requests", async () => {
    const id = await liveMeeting();
    for (const text of ["", "   \n\t  "]) {
      const res = await call(lines.POST, "POST", id, { text });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].field).toBe("text");
    }
    expect((await call(lines.POST, "POST", id, { text: "x".repeat(2001) })).status).toBe(400);
    expect((await call(lines.POST, "POST", id, { text: "hi", lang: "en_US" })).status).toBe(400);
    expect(await received(id)).toEqual([]);
  });

  it("sends lines in order with increasing seq, splits long lines, and continues the seq on the next call", async () => {
    const id = await liveMeeting();
    const first = await call(lines.POST, "POST", id, { text: "Good morning everyone\nLet's begin" });
    expect(first.status).toBe(200);
    expect(first.body.lines).toEqual([
      { text: "Good morning everyone", seq: 1, status: "sent" },
      { text: "Let's begin", seq: 2, status: "sent" },
    ]);
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(" ") + " " + "z".repeat(150);
    const second = await call(lines.POST, "POST", id, { text: long });
    expect(second.body.lines.map((l: { seq: number }) => l.seq)).toEqual([3, 4]);
    expect(second.body.lines.every((l: { text: string }) => l.text.length <= 200)).toBe(true);
    expect((await received(id)).map(([seq]) => seq)).toEqual([1, 2, 3, 4]);
    const state = await call(captions.GET, "GET", id, undefined, "?lang=en-US");
    expect(state.body).toMatchObject({ lang: "en-US", nextSeq: 5 });
    expect(state.body.lines.map((l: { seq: number }) => l.seq)).toEqual([1, 2, 3, 4]);
    expect(JSON.stringify(state.body)).not.toContain("closedcaption");
  });

  it("two senders at once (two tabs) take turns: every line gets its own seq, each batch in one piece, and no lease is left behind", async () => {
    const id = await liveMeeting();
    // A slow caption service, so the two sends overlap for certain.
    await stack.h.control("POST", "/faults", { method: "POST", path: "/closedcaption", delayMs: 150, count: 6 });
    const [a, b] = await Promise.all([call(lines.POST, "POST", id, { text: "A1\nA2\nA3" }), call(lines.POST, "POST", id, { text: "B1\nB2\nB3" })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const seqs = [...a.body.lines, ...b.body.lines].map((l: { seq: number }) => l.seq).sort((x: number, y: number) => x - y);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    const got = (await received(id)).map(([, text]) => String(text).slice(0, 1)).join("");
    expect(["AAABBB", "BBBAAA"]).toContain(got);
    const row = await stack.appDb.client.captionStream.findFirstOrThrow({ where: { parentId: id, lang: "en-US" } });
    expect(row).toMatchObject({ nextSeq: 7, leaseToken: null, leasedUntil: null });
  });

  it("resumes from Zoom's last seq when another captioner used the URL, and keeps the URL sealed at rest", async () => {
    const id = await liveMeeting();
    const revealed = await call(captionUrl.POST, "POST", id);
    expect(revealed.status).toBe(200);
    expect(revealed.body.url).toMatch(/\/closedcaption\?id=/);
    expect(Date.parse(revealed.body.expiresAt)).toBeGreaterThan(Date.now());
    const outside = await fetch(`${revealed.body.url}&seq=1&lang=en-US`, { method: "POST", headers: { "content-type": "text/plain" }, body: "from a captioner" });
    expect(outside.status).toBe(200);
    const res = await call(lines.POST, "POST", id, { text: "from the console" });
    expect(res.body.lines).toEqual([{ text: "from the console", seq: 2, status: "sent" }]);
    const row = await stack.appDb.client.captionStream.findFirstOrThrow({ where: { parentId: id } });
    expect(row.urlEnc).not.toContain("closedcaption");
  });

  it("holds back the rest of a batch when a line cannot be delivered, without spending its seq", async () => {
    const id = await liveMeeting();
    expect((await call(lines.POST, "POST", id, { text: "one" })).body.nextSeq).toBe(2);
    await stack.h.control("POST", `/meetings/${id}/live`, { action: "end" });
    const ended = await call(lines.POST, "POST", id, { text: "two\nthree" });
    expect(ended.status).toBe(409);
    expect((await call(captions.GET, "GET", id)).body.nextSeq).toBe(2);
  });

  it("retries transient failures under the same seq and holds later lines back when one cannot go", async () => {
    const id = await liveMeeting();
    await stack.h.control("POST", "/faults", { method: "POST", path: "/closedcaption", status: 503, count: 2 });
    const retried = await call(lines.POST, "POST", id, { text: "first" });
    expect(retried.body.lines).toEqual([{ text: "first", seq: 1, status: "sent" }]);
    await stack.h.control("POST", "/faults", { method: "POST", path: "/closedcaption", status: 503, count: 3 });
    const stuck = await call(lines.POST, "POST", id, { text: "second\nthird" });
    expect(stuck.body.lines.map((l: { status: string }) => l.status)).toEqual(["failed", "not_sent"]);
    expect(stuck.body.nextSeq).toBe(2);
    const resent = await call(lines.POST, "POST", id, { text: "second\nthird" });
    expect(resent.body.lines.map((l: { seq: number }) => l.seq)).toEqual([2, 3]);
    expect(await received(id)).toEqual([[1, "first"], [2, "second"], [3, "third"]]);
  });

  it("sends a started webinar's captions through the webinar route", async () => {
    const id = await meetingOf(OWNER, "webinars", 5);
    await stack.h.control("POST", `/webinars/${id}/live`, { action: "start" });
    const res = await call(webinarLines.POST, "POST", id, { text: "Welcome to the webinar" });
    expect(res.status).toBe(200);
    expect(await received(id)).toEqual([[1, "Welcome to the webinar"]]);
  });
});
