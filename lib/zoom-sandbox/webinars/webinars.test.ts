import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "../node-server";
import { accountToken, api, control } from "../testing";

let server: SandboxServer;
let base: string;
let call: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, now: () => new Date("2027-02-01T12:00:00Z") });
  base = server.url;
});
afterAll(() => server.close());
beforeEach(async () => {
  await control(base, "POST", "/reset");
  call = api(base, (await accountToken(base)).access_token);
});

interface Webinar {
  id: number;
  type: number;
  start_time?: string;
  settings: Record<string, unknown>;
  occurrences?: { occurrence_id: string; start_time: string; status: string }[];
  registration_url?: string;
}

describe("webinars", () => {
  it("creates a recurring webinar with settings, lists it, edits and deletes one occurrence", async () => {
    const res = await call("POST", "/users/me/webinars", {
      topic: "Launch series",
      type: 9,
      start_time: "2027-02-08T17:00:00Z",
      duration: 60,
      timezone: "UTC",
      recurrence: { type: 2, weekly_days: "2", end_times: 3 },
      settings: { approval_type: 0, panelists_video: false, practice_session: true, hd_video: true },
    });
    expect(res.status).toBe(201);
    const w = (await res.json()) as Webinar;
    expect(w.settings).toMatchObject({ approval_type: 0, registration_type: 1, panelists_video: false, practice_session: true, hd_video: true });
    expect(w.registration_url).toBeTruthy();
    expect(w.occurrences!.map((o) => o.start_time)).toEqual(["2027-02-08T17:00:00Z", "2027-02-15T17:00:00Z", "2027-02-22T17:00:00Z"]);

    const list = (await (await call("GET", "/users/me/webinars?page_size=300")).json()) as { webinars: { id: number }[] };
    expect(list.webinars.map((x) => x.id)).toContain(w.id);

    const occ = w.occurrences![1].occurrence_id;
    expect((await call("PATCH", `/webinars/${w.id}?occurrence_id=${occ}`, { start_time: "2027-02-16T17:00:00Z" })).status).toBe(204);
    expect((await call("DELETE", `/webinars/${w.id}?occurrence_id=${w.occurrences![2].occurrence_id}`)).status).toBe(204);
    const after = (await (await call("GET", `/webinars/${w.id}`)).json()) as Webinar;
    expect(after.occurrences!.map((o) => [o.start_time, o.status])).toEqual([
      ["2027-02-08T17:00:00Z", "available"],
      ["2027-02-16T17:00:00Z", "available"],
      ["2027-02-22T17:00:00Z", "deleted"],
    ]);

    expect((await call("PATCH", `/webinars/${w.id}`, { topic: "Renamed", settings: { hd_video: false } })).status).toBe(204);
    expect(((await (await call("GET", `/webinars/${w.id}`)).json()) as { topic: string }).topic).toBe("Renamed");
    expect((await call("DELETE", `/webinars/${w.id}`)).status).toBe(204);
    const gone = await call("GET", `/webinars/${w.id}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ code: 3001, message: `Webinar does not exist: ${w.id}.` });
  });

  it("holds a webinar's repeat interval to Zoom's webinar limits (weekly ≤ 12, monthly ≤ 3), stricter than a meeting's", async () => {
    const recurring = (type: number, repeat_interval: number) => ({ topic: "Series", type: 9, start_time: "2027-03-01T10:00:00Z", duration: 60, recurrence: { type, repeat_interval, weekly_days: "2", monthly_day: 1, end_times: 3 } });
    expect((await call("POST", "/users/me/webinars", recurring(2, 13))).status).toBe(400);
    expect((await call("POST", "/users/me/webinars", recurring(3, 4))).status).toBe(400);
    expect((await call("POST", "/users/me/webinars", recurring(2, 12))).status).toBe(201);
    expect((await call("POST", "/users/me/meetings", { ...recurring(2, 13), type: 8 })).status).toBe(201);
  });

  it("refuses users without a webinar plan with 400/200", async () => {
    const res = await call("GET", `/users/${encodeURIComponent("kenji.watanabe@brightwave.test")}/webinars`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: number; message: string }).message).toMatch(/^Webinar plan is missing/);
  });

  it("lists webinar templates of both types and applies one on create", async () => {
    const list = (await (await call("GET", "/users/me/webinar_templates")).json()) as { templates: { id: string; name: string; type: number }[] };
    expect(new Set(list.templates.map((t) => t.type))).toEqual(new Set([1, 2]));
    const branded = list.templates.find((t) => t.name === "Branded webinar")!;
    const w = (await (await call("POST", "/users/me/webinars", { topic: "From template", template_id: branded.id, start_time: "2027-03-01T10:00:00Z" })).json()) as Webinar;
    expect(w.settings).toMatchObject({ practice_session: true, hd_video: true, approval_type: 0 });
  });
});
