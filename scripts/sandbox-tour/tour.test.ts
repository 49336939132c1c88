/**
 * The acceptance criterion "a script using only fetch can run every request of the seed
 * collection" as a test: the tour runs against a fresh in-memory sandbox and every request must
 * get the status Zoom would send. A few things a client would notice are asserted on the bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "../../lib/zoom-sandbox/node-server";
import { runTour, type StepResult } from "./run";

let server: SandboxServer;
let results: StepResult[];

function step(key: string): StepResult {
  const found = results.find((r) => r.key === key);
  if (!found) throw new Error(`the tour made no request "${key}"`);
  return found;
}

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  results = await runTour(server.url);
});
afterAll(() => server.close());

describe("sandbox tour", () => {
  it("gets the expected status for every request", () => {
    const failures = results.filter((r) => !r.ok).map((r) => `${r.n} ${r.method} ${r.path}: ${r.status} (expected ${r.expected}) ${r.problem ?? ""}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(100);
  });

  it("covers every area of the seed collection", () => {
    const areas = [
      "oauth.authorize.page",
      "oauth.authorize.allow",
      "oauth.token.code",
      "oauth.refresh",
      "oauth.revoke",
      "oauth.s2s",
      "oauth.device.code",
      "oauth.device.approve",
      "oauth.device.token",
      "users.list",
      "users.get",
      "users.create",
      "users.custCreate",
      "meetings.list.scheduled.page2",
      "meetings.create",
      "meetings.update",
      "meetings.get",
      "meetings.update.occurrence",
      "meetings.delete.occurrence",
      "meetings.delete",
      "meetings.recover",
      "webinars.create",
      "webinars.list",
      "webinars.get",
      "webinars.update",
      "webinars.delete",
      "registrants.meeting.add.ada",
      "registrants.meeting.list.pending.page2",
      "registrants.meeting.status.approve",
      "registrants.meeting.delete",
      "registrants.meeting.questions.update",
      "registrants.webinar.add.ada",
      "registrants.webinar.list.pending.page2",
      "registrants.webinar.status.approve",
      "registrants.webinar.delete",
      "registrants.webinar.questions.get",
      "templates.list.meeting",
      "templates.list.webinar",
      "templates.create",
      "live.captions.token",
      "live.captions.post.1",
      "live.controls.invite",
      "live.end",
      "recordings.get",
      "recordings.list",
      "recordings.download.transcript",
      "recordings.trash",
      "recordings.recover",
      "mail.drafts.create",
      "mail.drafts.list",
      "mail.drafts.get",
      "mail.drafts.replace",
      "mail.drafts.delete",
      "mail.drafts.send",
      "mail.vacation.get",
      "mail.vacation.put",
      "mail.language.get",
      "mail.language.put",
    ];
    expect(areas.filter((key) => !results.some((r) => r.key === key))).toEqual([]);
  });

  it("carries Zoom's x-zm-trackingid on every response", () => {
    expect(results.filter((r) => !r.trackingId.startsWith("v=2.0;")).map((r) => r.n)).toEqual([]);
  });

  it("rotates the refresh token and refuses the old one the way Zoom does", () => {
    const first = step("oauth.token.code").body as { refresh_token: string };
    const second = step("oauth.refresh").body as { refresh_token: string };
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const reused = step("oauth.refresh.reused");
    expect(reused.status).toBe(400);
    expect(reused.body).toEqual({ reason: "Invalid Token!", error: "invalid_grant" });
  });

  it("refuses a revoked access token with 401 and code 124", () => {
    const revoked = step("oauth.me.revoked");
    expect(revoked.status).toBe(401);
    expect(revoked.body).toMatchObject({ code: 124 });
  });

  it("downloads the transcript as WebVTT with the Bearer token", () => {
    const transcript = step("recordings.download.transcript");
    expect(transcript.contentType).toMatch(/^text\/vtt/);
    expect(String(transcript.body)).toMatch(/^WEBVTT\r?\n/);
  });

  it("reaches a recording whose UUID needs double encoding", () => {
    expect(step("recordings.get").path).toContain("«");
  });

  it("removes a sent draft from the drafts", () => {
    const sentId = (step("mail.drafts.create").body as { id: string }).id;
    const after = step("mail.drafts.list.after-send").body as { drafts: { id: string }[] };
    expect(after.drafts.map((d) => d.id)).not.toContain(sentId);
    expect(step("mail.drafts.send").body).toMatchObject({ labelIds: ["SENT"] });
  });

  it("delivers the posted captions, in order, to the live meeting", () => {
    const seen = step("live.participants.see").body as { captions: { seq: number; lang: string }[] };
    expect(seen.captions.map((c) => [c.seq, c.lang])).toEqual([
      [1, "en-US"],
      [2, "en-US"],
    ]);
  });

  it("reports a failing request as ✗, skips what depends on it, and carries on", async () => {
    const fault = await fetch(`${server.url}/_sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: "webinarCreate", status: 500, body: { code: 500, message: "Injected by the tour test." } }),
    });
    expect(fault.status).toBe(201);
    const rerun = await runTour(server.url);
    const create = rerun.find((r) => r.key === "webinars.create")!;
    expect(create).toMatchObject({ ok: false, status: 500, expected: 201 });
    expect(create.problem).toContain("Injected by the tour test.");
    expect(rerun.filter((r) => r.key === "aborted").length).toBeGreaterThanOrEqual(1);
    // Later sections that do not need the webinar still run and pass.
    expect(rerun.filter((r) => r.area.startsWith("Zoom Mail")).every((r) => r.ok)).toBe(true);
    expect(rerun.some((r) => r.key === "mail.language.restore")).toBe(true);
  });
});
