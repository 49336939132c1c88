/**
 * What every route does with what a browser (or an attacker) sends before any Zoom call: invisible
 * characters, ids with NUL bytes, bodies of the wrong type or size, foreign Origins — and that answers
 * are never cached.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { OWNER } from "./harness";
import { routeStack } from "./route-stack";
import { callRoute, meetingBody } from "./route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("./route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("./route-calls")).zoomContextMock());

const meetings = await import("@/app/api/zoom/meetings/route");
const meeting = await import("@/app/api/zoom/meetings/[meetingId]/route");
const call = callRoute;

const stack = routeStack();
beforeEach(() => stack.actAs("owner", OWNER));

describe("request hygiene", () => {
  const invisible: [string, string][] = [
    ["a NUL byte", "Board\u0000meeting"],
    ["a right-to-left override", "Invoice \u202Egpj.exe"],
    ["a lone surrogate", "Broken \uD800 text"],
    ["a zero-width space", "Stand\u200Bup"],
  ];
  it.each(invisible)("create: a topic with %s is refused with the field named, no Zoom call", async (_name, topic) => {
    await stack.h.resetCounters();
    const res = await call(meetings.POST, "POST", "/x", { body: meetingBody({ topic }) });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed", fields: [{ field: "topic" }] });
    expect(await stack.h.calls()).toEqual({});
  });

  it("keeps emoji, accents and right-to-left scripts in a topic", async () => {
    const topic = "Équipe 👨‍👩‍👧 مراجعة — 東京";
    const res = await call(meetings.POST, "POST", "/x", { body: meetingBody({ topic }) });
    expect(res.status).toBe(201);
    expect(res.body.topic).toBe(topic);
  });

  it("a NUL byte in a path id is a 400, not a server error", async () => {
    const res = await call(meeting.GET, "GET", "/x", { params: { meetingId: "85746065123\u0000" } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_request");
  });

  it("a NUL byte or an invisible character in the query string is a 400 naming the parameter, no Zoom call", async () => {
    await stack.h.resetCounters();
    for (const query of ["type=upcoming%00", "page_size=30&next_page_token=a%E2%80%AEb"]) {
      const res = await call(meetings.GET, "GET", `/x?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.message).toMatch(/^Invalid query: (type|next_page_token) contains/);
    }
    expect(await stack.h.calls()).toEqual({});
  });

  it("a body nested ten thousand levels deep is a 400, not a stack overflow", async () => {
    await stack.h.resetCounters();
    const res = await call(meetings.POST, "POST", "/x", { rawBody: `{"topic":${"[".repeat(10_000)}${"]".repeat(10_000)}}` });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "validation_failed" });
    expect(res.body.error.message).toMatch(/nests deeper than 64 levels/);
    expect(await stack.h.calls()).toEqual({});
  });

  it("refuses a JSON body sent as another content type with 415", async () => {
    await stack.h.resetCounters();
    const res = await call(meetings.POST, "POST", "/x", { body: meetingBody(), contentType: "text/plain;charset=UTF-8" });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("unsupported_media_type");
    expect(await stack.h.calls()).toEqual({});
  });

  it("refuses a body over 1 MiB with 413, by its Content-Length or by what arrives", async () => {
    const huge = JSON.stringify(meetingBody({ agenda: "x".repeat(1_200_000) }));
    const streamed = await call(meetings.POST, "POST", "/x", { rawBody: huge });
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.code).toBe("payload_too_large");
    const declared = await call(meetings.POST, "POST", "/x", { rawBody: "{}", headers: { "content-length": "50000000" } });
    expect(declared.status).toBe(413);
  });

  it.each([["null"], ["not a url"], ["http://evil.example"], ["javascript:alert(1)"]])("a change with Origin %s is refused with 403, never a 500", async (origin) => {
    const res = await call(meetings.POST, "POST", "/x", { body: meetingBody(), headers: { origin } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("marks every answer no-store: meeting details carry passcodes", async () => {
    const created = await call(meetings.POST, "POST", "/x", { body: meetingBody({ passcode: "s3cret" }) });
    const read = await call(meeting.GET, "GET", "/x", { params: { meetingId: String(created.body.id) } });
    expect(read.headers.get("cache-control")).toBe("no-store");
    expect((await call(meetings.GET, "GET", "/api/zoom/meetings?type=nope")).headers.get("cache-control")).toBe("no-store");
  });

});
