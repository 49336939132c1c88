/**
 * The Zoom Mail routes in-process against the sandbox over real HTTP: drafts round-trip as
 * structures (MIME built and parsed on the server), validation answers 4xx, a connection without
 * Mail scopes is told what to do, every page of a search is reachable, a send reaches the
 * recipient's sandbox mailbox, and the settings forms' routes.
 */
import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { userToken } from "@/lib/zoom-sandbox/testing";
import { MEMBER, OWNER } from "./harness";
import { routeStack } from "./route-stack";
import { callRoute, routeState, type Handler } from "./route-calls";

vi.mock("@/lib/auth/viewer", async () => (await import("./route-calls")).viewerMock());
vi.mock("@/lib/auth/zoom-context", async () => (await import("./route-calls")).zoomContextMock());

const drafts = await import("@/app/api/zoom/mail/drafts/route");
const draft = await import("@/app/api/zoom/mail/drafts/[draftId]/route");
const send = await import("@/app/api/zoom/mail/drafts/[draftId]/send/route");
const vacation = await import("@/app/api/zoom/mail/settings/vacation/route");
const language = await import("@/app/api/zoom/mail/settings/language/route");

const stack = routeStack();
const MAIL_SCOPES = ["mail:read", "mail:write"];

async function actWithScopes(email: string, scopes: string[]) {
  await stack.actAs("member", email);
  routeState.user = { ...routeState.user!, scopes };
}

beforeEach(async () => {
  await actWithScopes(MEMBER, MAIL_SCOPES);
});

const call = (handler: Handler, method: string, options: { params?: Record<string, string>; body?: unknown; query?: string; rawBody?: string } = {}) =>
  callRoute(handler, method, `/api/zoom/mail${options.query ? `?${options.query}` : ""}`, { params: options.params, body: options.body, rawBody: options.rawBody });

const content = (patch: Record<string, unknown> = {}) => ({ to: [OWNER], cc: [], bcc: [], subject: "Hello", html: "<p>Hi</p>", text: "Hi", attachments: [], ...patch });

describe("drafts", () => {
  it("creates, reads back identically, lists with headers and attachment mark, updates in place and deletes", async () => {
    const pdf = randomBytes(50_000).toString("base64");
    const input = content({ cc: ["dana@example.org"], bcc: ["eve@example.org"], subject: "Größe 📎 — Q3", html: "<p><strong>Grüße</strong></p>", text: "Grüße", attachments: [{ name: "Bericht Q3.pdf", type: "application/pdf", data: pdf }] });
    const created = await call(drafts.POST, "POST", { body: input });
    expect(created.status).toBe(200);
    const id = created.body.id as string;

    const read = await call(draft.GET, "GET", { params: { draftId: id } });
    expect(read.status).toBe(200);
    expect(read.body.content).toEqual(input);

    const list = await call(drafts.GET, "GET", { query: "q=subject:Größe" });
    expect(list.body.drafts).toEqual([expect.objectContaining({ id, subject: "Größe 📎 — Q3", hasAttachments: true, recipients: [OWNER, "dana@example.org", "eve@example.org"] })]);

    const updated = await call(draft.PUT, "PUT", { params: { draftId: id }, body: { ...input, subject: "Renamed", attachments: [] } });
    expect(updated.body.id).toBe(id);
    expect((await call(draft.GET, "GET", { params: { draftId: id } })).body.content).toMatchObject({ subject: "Renamed", attachments: [] });

    expect((await call(draft.DELETE, "DELETE", { params: { draftId: id } })).status).toBe(204);
    const gone = await call(draft.GET, "GET", { params: { draftId: id } });
    expect(gone.status).toBe(404);
    expect(gone.body.error.zoom).toMatchObject({ status: 404, code: 404, trackingId: expect.any(String) });
  });

  it("answers 400 for bad addresses, too many attachment bytes and a bad page token; 413 for a body over the limit", async () => {
    const bad = await call(drafts.POST, "POST", { body: content({ to: ["not an address"] }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "validation_failed", fields: [expect.objectContaining({ field: "to.0" })] });

    const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString("base64");
    const oversize = await call(drafts.POST, "POST", { body: content({ attachments: [{ name: "big.bin", type: "application/octet-stream", data: big }] }) });
    expect(oversize.status).toBe(400);
    expect(oversize.body.error.message).toMatch(/Attachments may add up to 10 MB/);

    const huge = await call(drafts.POST, "POST", { rawBody: JSON.stringify(content({ html: "x".repeat(20 * 1024 * 1024) })) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");

    expect((await call(drafts.GET, "GET", { query: "pageToken=%3Cscript%3E" })).status).toBe(400);
    expect((await call(draft.GET, "GET", { params: { draftId: "../x" } })).status).toBe(400);
  });

  it("reaches every page of a search through page tokens", async () => {
    const made = new Set<string>();
    for (let i = 0; i < 7; i++) made.add((await call(drafts.POST, "POST", { body: content({ subject: `Pager run ${i}` }) })).body.id);
    const seen: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { drafts: { id: string }[]; nextPageToken: string | null; resultSizeEstimate: number } } = await call(drafts.GET, "GET", {
        query: `q=${encodeURIComponent('subject:"Pager run"')}&maxResults=3${token ? `&pageToken=${token}` : ""}`,
      });
      expect(res.status).toBe(200);
      expect(res.body.resultSizeEstimate).toBe(7);
      seen.push(...res.body.drafts.map((d) => d.id));
      token = res.body.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(new Set(seen)).toEqual(made);
  });
});

describe("sending", () => {
  it("sends what the form holds and delivers it to the recipient's sandbox mailbox; no recipient is a 400", async () => {
    const id = (await call(drafts.POST, "POST", { body: content({ subject: "Draft text" }) })).body.id;
    const sent = await call(send.POST, "POST", { params: { draftId: id }, body: { draft: content({ subject: "Delivered ✓", text: "Final words", html: "<p>Final words</p>" }) } });
    expect(sent.status).toBe(200);
    const inbox = await stack.h.control<{ messages: { subject: string; text: string; to: string; from: string }[] }>("GET", `/mailboxes/${encodeURIComponent(OWNER)}/messages?label=INBOX`);
    expect(inbox.messages.find((m) => m.subject === "Delivered ✓")).toMatchObject({ text: "Final words", to: OWNER, from: expect.stringContaining(MEMBER) });
    expect((await call(draft.GET, "GET", { params: { draftId: id } })).status).toBe(404);

    const lonely = (await call(drafts.POST, "POST", { body: content({ to: [] }) })).body.id;
    const refused = await call(send.POST, "POST", { params: { draftId: lonely }, body: {} });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "validation_failed", message: expect.stringMatching(/at least one recipient/) });
  });
});

describe("access", () => {
  it("explains missing Mail scopes (403) instead of calling Zoom", async () => {
    await actWithScopes(MEMBER, ["meeting:read"]);
    const res = await call(drafts.GET, "GET");
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/does not include the Mail scopes “mail:read” and “mail:write”.*Reconnect with Zoom/);
    await actWithScopes(MEMBER, ["mail:read"]);
    expect((await call(drafts.GET, "GET")).status).toBe(200);
    expect((await call(drafts.POST, "POST", { body: content() })).status).toBe(403);
  });

  it("keeps Zoom's 4711 when Zoom itself refuses the token's scopes", async () => {
    const { scopes } = await stack.h.control<{ scopes: string[] }>("GET", "/scopes");
    await stack.h.control("PUT", "/scopes", { scopes: scopes.filter((s) => !s.startsWith("mail:") && !s.startsWith("email:")) });
    try {
      const token = (await userToken(stack.h.url, MEMBER)).access_token;
      routeState.user = { ...routeState.user!, tokens: { get: async () => token, renew: async () => token } };
      const res = await call(drafts.GET, "GET");
      expect(res.status).toBe(403);
      expect(res.body.error.zoom).toMatchObject({ code: 4711 });
    } finally {
      await stack.h.control("PUT", "/scopes", { scopes });
    }
  });

  it("says what Zoom Mail needs when the person has no mailbox", async () => {
    await actWithScopes("kenji.watanabe@brightwave.test", MAIL_SCOPES);
    const res = await call(drafts.GET, "GET");
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/Zoom has no mailbox for you.*Workplace Business/);
  });
});

describe("settings", () => {
  it("turns the vacation responder on with dates and off again; refuses an end before the start", async () => {
    const on = { enableAutoReply: true, responseSubject: "Away", responseBodyPlainText: "Back Monday.", startTime: "2026-08-01T07:00:00.000Z", endTime: "2026-08-10T16:00:00.000Z", enableAlwaysRespond: false, restrictToContacts: true, restrictToDomain: false };
    const saved = await call(vacation.PUT, "PUT", { body: on });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(on);
    expect((await call(vacation.GET, "GET")).body).toEqual(on);
    const off = await call(vacation.PUT, "PUT", { body: { ...on, enableAutoReply: false, startTime: null, endTime: null } });
    expect(off.body).toMatchObject({ enableAutoReply: false, startTime: null, endTime: null });
    const backwards = await call(vacation.PUT, "PUT", { body: { ...on, endTime: "2026-07-01T00:00:00Z" } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual([expect.objectContaining({ field: "endTime" })]);
  });

  it("keeps a formatted reply set in Zoom Mail when only the switch or the dates change here", async () => {
    const user = await stack.h.user(MEMBER);
    const html = "<p>I&apos;m away until <b>Monday</b>.</p><p>For urgent matters: <a href=\"mailto:desk@example.org\">desk@example.org</a> &amp; the team.</p>";
    const set = await fetch(`${user.apiBaseUrl}/emails/mailboxes/me/settings/vacation`, {
      method: "PUT",
      headers: { authorization: `Bearer ${await user.tokens.get()}`, "content-type": "application/json" },
      body: JSON.stringify({ enableAutoReply: true, responseSubject: "Away", responseBodyHtml: html }),
    });
    expect(set.status).toBeLessThan(300);
    const shown = (await call(vacation.GET, "GET")).body;
    // Shown as text with its paragraphs and its entities decoded, not one line of "&amp;".
    expect(shown.responseBodyPlainText).toBe("I'm away until Monday.\n\nFor urgent matters: desk@example.org & the team.");
    const off = await call(vacation.PUT, "PUT", { body: { ...shown, enableAutoReply: false } });
    expect(off.status).toBe(200);
    const stored = await (await fetch(`${user.apiBaseUrl}/emails/mailboxes/me/settings/vacation`, { headers: { authorization: `Bearer ${await user.tokens.get()}` } })).json();
    expect(stored).toMatchObject({ enableAutoReply: false, responseBodyHtml: html });
    // Edited here, the message is the text typed.
    const edited = await call(vacation.PUT, "PUT", { body: { ...shown, responseBodyPlainText: "Back Tuesday." } });
    expect(edited.body.responseBodyPlainText).toBe("Back Tuesday.");
  });

  it("says the language setting is not offered, not that the mailbox is missing, when Zoom answers 404 there", async () => {
    await stack.h.control("POST", "/faults", { method: "GET", path: "/emails/mailboxes/{email}/settings/language", status: 404, body: { code: 404, message: "Not Found" }, count: 1 });
    const res = await call(language.GET, "GET");
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/^Zoom does not let this app read or change the Mail language/);
    expect(res.body.error.message).not.toMatch(/no mailbox/);
  });

  it("changes the language to one Zoom accepts and refuses others", async () => {
    expect((await call(language.PUT, "PUT", { body: { language: "de-DE" } })).body).toEqual({ language: "de-DE" });
    expect((await call(language.GET, "GET")).body).toEqual({ language: "de-DE" });
    expect((await call(language.PUT, "PUT", { body: { language: "xx-YY" } })).status).toBe(400);
  });
});
