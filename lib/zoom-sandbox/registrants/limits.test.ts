import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "../node-server";
import { accountToken, api, control } from "../testing";

// A frozen clock: daily and per-second windows only move when a test advances the sandbox clock.
const FROZEN = new Date("2026-03-10T12:00:00.250Z");
const DAILY = {
  code: 429,
  message: "You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.",
};
let server: SandboxServer;
let base: string;
let call: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, now: () => FROZEN });
  base = server.url;
});
afterAll(() => server.close());
beforeEach(async () => {
  await control(base, "POST", "/reset");
  call = api(base, (await accountToken(base)).access_token);
});

async function parent(kind: "meetings" | "webinars", approval: 0 | 1 = 0): Promise<number> {
  const res = await call("POST", `/users/me/${kind}`, {
    topic: "Limits",
    type: kind === "meetings" ? 2 : 5,
    start_time: "2026-03-17T12:00:00Z",
    duration: 30,
    settings: { approval_type: approval, registration_type: 1 },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

const add = (kind: "meetings" | "webinars", id: number, email: string) => call("POST", `/${kind}/${id}/registrants`, { email, first_name: "Reg" });
const setStatus = (id: number, action: string, registrants: { id: string }[]) => call("PUT", `/meetings/${id}/registrants/status`, { action, registrants });
const registrantId = async (res: Response) => ((await res.json()) as { registrant_id: string }).registrant_id;

describe("per-registrant daily limits", () => {
  it("adds one address to one meeting 3 times a day (re-adds included), then answers the daily 429 until 00:00 UTC", async () => {
    const m = await parent("meetings");
    const first = await registrantId(await add("meetings", m, "jill@example.org"));
    for (let i = 0; i < 2; i++) expect(await registrantId(await add("meetings", m, "JILL@example.org"))).toBe(first);
    const limited = await add("meetings", m, "jill@example.org");
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual(DAILY);
    expect(limited.headers.get("retry-after")).toBe("2026-03-11T00:00:00Z");
    expect(limited.headers.get("x-ratelimit-type")).toBe("Daily-limit");
    expect(limited.headers.get("x-ratelimit-limit")).toBe("3");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");

    // Another address, or the same address on another meeting, has its own allowance.
    expect((await add("meetings", m, "jack@example.org")).status).toBe(201);
    expect((await add("meetings", await parent("meetings"), "jill@example.org")).status).toBe(201);
    const usage = (await (await control(base, "GET", "/rate-limits")).json()) as { usage: { registrantAdds: Record<string, number> } };
    expect(usage.usage.registrantAdds[`meeting:${m}:jill@example.org`]).toBe(3);

    await control(base, "POST", "/clock", { advanceSeconds: 12 * 3600 });
    call = api(base, (await accountToken(base)).access_token);
    expect((await add("meetings", m, "jill@example.org")).status).toBe(201);
  });

  it("allows 10 status updates per registrant a day by default", async () => {
    const m = await parent("meetings", 1);
    const id = await registrantId(await add("meetings", m, "p@example.org"));
    for (let i = 0; i < 10; i++) expect((await setStatus(m, i % 2 ? "deny" : "approve", [{ id }])).status).toBe(204);
    const limited = await setStatus(m, "approve", [{ id }]);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual(DAILY);
    expect(limited.headers.get("retry-after")).toBe("2026-03-11T00:00:00Z");
    expect(limited.headers.get("x-ratelimit-limit")).toBe("10");
  });

  it("refuses a whole status update when one named registrant is out of updates; the limits are configurable and resettable", async () => {
    const view = (await (await control(base, "PUT", "/rate-limits", { registrantDailyStatusUpdates: 2, registrantDailyAdds: 5 })).json()) as Record<string, unknown>;
    expect(view).toMatchObject({ registrantDailyStatusUpdates: 2, registrantDailyAdds: 5 });
    const m = await parent("meetings", 1);
    const a = await registrantId(await add("meetings", m, "a@example.org"));
    const b = await registrantId(await add("meetings", m, "b@example.org"));
    expect((await setStatus(m, "approve", [{ id: a }])).status).toBe(204);
    expect((await setStatus(m, "deny", [{ id: a }])).status).toBe(204);
    expect((await setStatus(m, "approve", [{ id: a }, { id: b }])).status).toBe(429);
    const statuses = server.sandbox.state.registrants.filter((r) => r.parent_id === m).map((r) => r.status);
    expect(statuses).toEqual(["denied", "pending"]);
    expect((await setStatus(m, "approve", [{ id: b }])).status).toBe(204);

    await control(base, "PUT", "/rate-limits", { resetCounters: true });
    expect((await setStatus(m, "approve", [{ id: a }])).status).toBe(204);
    for (let i = 0; i < 4; i++) expect((await add("meetings", m, "c@example.org")).status).toBe(201);
  });
});

describe("registrant caps", () => {
  it("defaults to 4,999 per meeting and 10,000 per webinar", async () => {
    const view = (await (await control(base, "GET", "/rate-limits")).json()) as Record<string, unknown>;
    expect(view.registrantCaps).toEqual({ meeting: 4999, webinar: 10000 });
  });

  it("refuses a new registrant on a full meeting (3043) or webinar (3000), but still returns an existing registration", async () => {
    await control(base, "PUT", "/rate-limits", { registrantCaps: { meeting: 2, webinar: 1 } });
    const m = await parent("meetings");
    expect((await add("meetings", m, "one@example.org")).status).toBe(201);
    expect((await add("meetings", m, "two@example.org")).status).toBe(201);
    const full = await add("meetings", m, "three@example.org");
    expect(full.status).toBe(400);
    expect(await full.json()).toEqual({ code: 3043, message: "Meeting has reached maximum attendee capacity." });
    expect((await add("meetings", m, "one@example.org")).status).toBe(201);

    const w = await parent("webinars");
    expect((await add("webinars", w, "one@example.org")).status).toBe(201);
    const fullWebinar = await add("webinars", w, "two@example.org");
    expect(fullWebinar.status).toBe(400);
    expect(await fullWebinar.json()).toEqual({
      code: 3000,
      message: "You have reached the limit for the number of attendees you can add. Contact Zoom Support for more information.",
    });
  });
  it("closes a webinar at its own registrants_restrict_number when that is lower than the cap", async () => {
    const w = await parent("webinars");
    expect((await call("PATCH", `/webinars/${w}`, { settings: { registrants_restrict_number: 2 } })).status).toBe(204);
    for (const email of ["a@example.org", "b@example.org"]) expect((await add("webinars", w, email)).status).toBe(201);
    const full = await add("webinars", w, "c@example.org");
    expect(full.status).toBe(400);
    expect(((await full.json()) as { code: number }).code).toBe(3000);
    const seeded = await control(base, "POST", "/registrants", { kind: "webinar", parentId: w, count: 1 });
    expect(seeded.status).toBe(400);
  });
});

describe("account rate limits on registrant operations", () => {
  it("labels add and questions Light, list and status Medium", async () => {
    const m = await parent("meetings");
    const category = async (res: Promise<Response>) => (await res).headers.get("x-ratelimit-category");
    expect(await category(add("meetings", m, "x@example.org"))).toBe("Light");
    expect(await category(call("GET", `/meetings/${m}/registrants/questions`))).toBe("Light");
    expect(await category(call("GET", `/meetings/${m}/registrants`))).toBe("Medium");
    expect(await category(call("PUT", `/meetings/${m}/registrants/status`, { action: "approve", registrants: [] }))).toBe("Medium");
  });

  it("answers a burst of adds above the Light per-second limit with the per-second 429", async () => {
    const w = await parent("webinars");
    await control(base, "PUT", "/rate-limits", { overrides: { LIGHT: { limit: 2 } } });
    // A fresh second: creating the webinar spent one of this second's Light calls.
    await control(base, "POST", "/clock", { advanceSeconds: 1 });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await add("webinars", w, `burst${i}@example.org`));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 429]);
    expect(answers[1].headers.get("x-ratelimit-remaining")).toBe("0");
    const limited = answers[2];
    expect(await limited.json()).toEqual({ code: 429, message: "You have reached the maximum per-second rate limit for this API. Try again later." });
    expect(limited.headers.get("x-ratelimit-category")).toBe("Light");
    expect(limited.headers.get("x-ratelimit-type")).toBe("QPS");
    expect(limited.headers.get("x-ratelimit-limit")).toBe("2");
    expect(limited.headers.get("x-ratelimit-reset")).toBe("2026-03-10T12:00:02Z");
    expect(server.sandbox.state.registrants.filter((r) => r.parent_id === w)).toHaveLength(2);
  });
});
