import { DateTime } from "luxon";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "../node-server";
import { ADMIN, MEMBER, OWNER, accountToken, api, control, userIdByEmail, userToken } from "../testing";

const NOW = new Date("2027-02-01T12:00:00Z");
let server: SandboxServer;
let base: string;
let call: ReturnType<typeof api>;

interface Meeting {
  id: number;
  uuid: string;
  topic: string;
  host_id: string;
  type: number;
  status: string;
  start_time?: string;
  timezone: string;
  duration: number;
  join_url: string;
  start_url: string;
  password: string;
  settings: Record<string, unknown>;
  occurrences?: { occurrence_id: string; start_time: string; duration: number; status: string }[];
  recurrence?: Record<string, unknown>;
  template_id?: string;
}

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, now: () => NOW });
  base = server.url;
});
afterAll(() => server.close());
beforeEach(async () => {
  await control(base, "POST", "/reset");
  call = api(base, (await accountToken(base)).access_token);
});

async function create(body: Record<string, unknown>, user = "me"): Promise<Meeting> {
  const res = await call("POST", `/users/${user}/meetings`, body);
  expect(res.status).toBe(201);
  return (await res.json()) as Meeting;
}

async function get(id: number | string, query = ""): Promise<Meeting> {
  const res = await call("GET", `/meetings/${id}${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Meeting;
}

describe("POST /users/{userId}/meetings", () => {
  it("creates a scheduled meeting and answers 201 with Zoom's meeting object", async () => {
    const m = await create({ topic: "Roadmap", type: 2, start_time: "2027-02-10T15:30:00Z", duration: 45 });
    expect(String(m.id)).toMatch(/^\d{11}$/);
    expect(m.uuid).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(m).toMatchObject({ topic: "Roadmap", type: 2, status: "waiting", start_time: "2027-02-10T15:30:00Z", duration: 45, timezone: "America/New_York" });
    expect(m.join_url.startsWith(`${base}/j/${m.id}?pwd=`)).toBe(true);
    expect(m.start_url.startsWith(`${base}/s/${m.id}`)).toBe(true);
    expect(m.password).toMatch(/^[A-Za-z0-9]{6}$/);
    expect(m.settings).toMatchObject({ approval_type: 2, waiting_room: true, audio: "both" });
    expect(await get(m.id)).toMatchObject({ id: m.id, topic: "Roadmap" });
  });

  it("reads a start time without offset as wall-clock time in `timezone`", async () => {
    const m = await create({ topic: "Tokyo", type: 2, start_time: "2027-02-10T09:00:00", timezone: "Asia/Tokyo" });
    expect(m.start_time).toBe("2027-02-10T00:00:00Z");
    expect(m.timezone).toBe("Asia/Tokyo");
  });

  it("schedules a missing or past start time for now", async () => {
    expect((await create({ topic: "No time", type: 2 })).start_time).toBe("2027-02-01T12:00:00Z");
    expect((await create({ topic: "Past", type: 2, start_time: "2020-01-01T00:00:00Z" })).start_time).toBe("2027-02-01T12:00:00Z");
  });

  it("honours password and default_password=false", async () => {
    expect((await create({ topic: "p", password: "s3cret!" })).password).toBe("s3cret!");
    expect((await create({ topic: "p", default_password: false })).password).toBe("");
  });

  it("validates like Zoom: 300 with the offending fields", async () => {
    const res = await call("POST", "/users/me/meetings", { topic: "x", type: 8, duration: 2000, recurrence: { type: 1, end_times: 61 } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: number; message: string; errors: { field: string }[] };
    expect(body.code).toBe(300);
    expect(body.errors.map((e) => e.field).sort()).toEqual(["duration", "recurrence.end_times"]);
  });

  it("schedules for another user with schedule_for when the token may act on them", async () => {
    const member = await userIdByEmail(base, MEMBER);
    const m = await create({ topic: "For Daniel", schedule_for: MEMBER });
    expect(m.host_id).toBe(member);
    const memberCall = api(base, (await userToken(base, MEMBER)).access_token);
    const refused = await memberCall("POST", "/users/me/meetings", { topic: "x", schedule_for: OWNER });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ code: 3000, message: `You cannot schedule a meeting for ${OWNER}` });
  });

  it("refuses hosts without a meetings licence with 3161", async () => {
    const res = await call("POST", `/users/${encodeURIComponent("isabella.garcia@brightwave.test")}/meetings`, { topic: "x" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: number }).code).toBe(3161);
  });

  it("accepts licensed users of the account as alternative hosts, by email or id", async () => {
    const m = await create({ topic: "Alt", settings: { alternative_hosts: `${ADMIN};${await userIdByEmail(base, MEMBER)}` } });
    expect(m.settings.alternative_hosts).toContain(ADMIN);
  });

  it.each([
    ["someone outside the account", "nobody@elsewhere.com"],
    ["a basic (unlicensed) user", "kenji.watanabe@brightwave.test"],
    ["an inactive user", "ruby.thompson@brightwave.test"],
  ])("refuses %s as alternative host with 1114 naming the address, on create and update", async (_who, email) => {
    const before = (await (await call("GET", "/users/me/meetings?type=scheduled&page_size=300")).json()) as { total_records: number };
    const refused = await call("POST", "/users/me/meetings", { topic: "Alt", settings: { alternative_hosts: `${ADMIN};${email}` } });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ code: 1114, message: expect.stringContaining(email) });
    const after = (await (await call("GET", "/users/me/meetings?type=scheduled&page_size=300")).json()) as { total_records: number };
    expect(after.total_records).toBe(before.total_records);

    const m = await create({ topic: "Alt" });
    const patch = await call("PATCH", `/meetings/${m.id}`, { topic: "Renamed", settings: { alternative_hosts: email } });
    expect(patch.status).toBe(400);
    expect((await get(m.id)).topic).toBe("Alt");
  });
});

describe("recurring meetings", () => {
  it("expands a weekly series across the DST switch, keeping 09:00 New York time; ids are epoch-ms", async () => {
    const m = await create({
      topic: "Weekly",
      type: 8,
      start_time: "2027-03-01T09:00:00",
      timezone: "America/New_York",
      duration: 30,
      recurrence: { type: 2, weekly_days: "2", end_times: 4 },
    });
    expect(m.occurrences!.map((o) => o.start_time)).toEqual(["2027-03-01T14:00:00Z", "2027-03-08T14:00:00Z", "2027-03-15T13:00:00Z", "2027-03-22T13:00:00Z"]);
    for (const o of m.occurrences!) {
      expect(o.occurrence_id).toBe(String(Date.parse(o.start_time)));
      expect(DateTime.fromISO(o.start_time).setZone("America/New_York").toFormat("HH:mm")).toBe("09:00");
      expect(o).toMatchObject({ duration: 30, status: "available" });
    }
    expect(m.recurrence).toEqual({ type: 2, repeat_interval: 1, weekly_days: "2", end_times: 4 });
  });

  it("edits and deletes a single occurrence", async () => {
    const m = await create({ topic: "Daily", type: 8, start_time: "2027-02-02T16:00:00Z", timezone: "UTC", recurrence: { type: 1, end_times: 5 } });
    const [, second, third] = m.occurrences!;
    expect((await call("PATCH", `/meetings/${m.id}?occurrence_id=${second.occurrence_id}`, { start_time: "2027-02-03T18:00:00Z", duration: 90 })).status).toBe(204);
    expect((await call("DELETE", `/meetings/${m.id}?occurrence_id=${third.occurrence_id}`)).status).toBe(204);
    const after = await get(m.id);
    expect(after.occurrences!.find((o) => o.occurrence_id === second.occurrence_id)).toEqual({
      occurrence_id: second.occurrence_id,
      start_time: "2027-02-03T18:00:00Z",
      duration: 90,
      status: "available",
    });
    expect(after.occurrences!.find((o) => o.occurrence_id === third.occurrence_id)!.status).toBe("deleted");
    const one = await get(m.id, `?occurrence_id=${second.occurrence_id}`);
    expect(one.start_time).toBe("2027-02-03T18:00:00Z");
    expect(one.occurrences).toHaveLength(1);
    const bad = await call("DELETE", `/meetings/${m.id}?occurrence_id=123`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ code: 300, message: "Invalid parameter: `occurrence_id`." });
  });

  it("hides ended occurrences unless show_previous_occurrences=true", async () => {
    const m = await create({ topic: "Daily", type: 8, start_time: "2027-02-01T13:00:00Z", timezone: "UTC", recurrence: { type: 1, end_times: 3 } });
    await control(base, "POST", "/clock", { advanceSeconds: 26 * 3600 });
    call = api(base, (await accountToken(base)).access_token);
    expect((await get(m.id)).occurrences).toHaveLength(1);
    expect((await get(m.id, "?show_previous_occurrences=true")).occurrences).toHaveLength(3);
  });

  it("gives type 3 (no fixed time) neither start_time nor occurrences", async () => {
    const m = await create({ topic: "Room", type: 3 });
    expect(m.start_time).toBeUndefined();
    expect(m.occurrences).toBeUndefined();
  });
});

describe("update, delete, status", () => {
  it("PATCH answers 204 and changes the meeting", async () => {
    const m = await create({ topic: "Old", start_time: "2027-02-05T10:00:00Z" });
    expect((await call("PATCH", `/meetings/${m.id}`, { topic: "New", start_time: "2027-02-06T10:00:00Z", settings: { waiting_room: false } })).status).toBe(204);
    expect(await get(m.id)).toMatchObject({ topic: "New", start_time: "2027-02-06T10:00:00Z", settings: { waiting_room: false, audio: "both" } });
  });

  it("DELETE answers 204, then 404/3001; recover brings it back", async () => {
    const m = await create({ topic: "Doomed" });
    expect((await call("DELETE", `/meetings/${m.id}?schedule_for_reminder=true`)).status).toBe(204);
    const gone = await call("GET", `/meetings/${m.id}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ code: 3001, message: `Meeting does not exist: ${m.id}.` });
    expect((await call("PUT", `/meetings/${m.id}/status`, { action: "recover" })).status).toBe(204);
    expect((await get(m.id)).topic).toBe("Doomed");
  });

  it("refuses to delete the PMI with 3018", async () => {
    const me = (await (await call("GET", "/users/me")).json()) as { pmi: number };
    const res = await call("DELETE", `/meetings/${me.pmi}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 3018, message: "Not allowed to delete PMI." });
  });

  it("starts (control API) and ends (status API) a meeting; the ended instance becomes a previous meeting", async () => {
    const m = await create({ topic: "Standup", start_time: "2027-02-01T12:00:00Z", duration: 15 });
    await control(base, "POST", `/meetings/${m.id}/live`, { action: "start" });
    expect((await get(m.id)).status).toBe("started");
    const live = (await (await call("GET", "/users/me/meetings?type=live")).json()) as { meetings: { id: number }[] };
    expect(live.meetings.map((x) => x.id)).toContain(m.id);
    await control(base, "POST", "/clock", { advanceSeconds: 1200 });
    expect((await call("PUT", `/meetings/${m.id}/status`, { action: "end" })).status).toBe(204);
    const ended = await get(m.id);
    expect(ended.status).toBe("waiting");
    expect(ended.uuid).not.toBe(m.uuid);
    const previous = (await (await call("GET", "/users/me/meetings?type=previous_meetings&page_size=300")).json()) as { meetings: { id: number; uuid: string }[] };
    expect(previous.meetings.find((x) => x.id === m.id)?.uuid).toBe(m.uuid);
  });
});

describe("lists", () => {
  it("never lists instant meetings, lists the seeded live meeting under type=live", async () => {
    const instant = await create({ topic: "Instant", type: 1 });
    const all = (await (await call("GET", "/users/me/meetings?page_size=300")).json()) as { total_records: number; meetings: { id: number }[] };
    expect(all.total_records).toBeGreaterThan(300);
    expect(all.meetings.map((m) => m.id)).not.toContain(instant.id);
    const live = (await (await call("GET", "/users/me/meetings?type=live")).json()) as { meetings: unknown[] };
    expect(live.meetings.length).toBeGreaterThanOrEqual(1);
  });

  it("filters by from/to dates", async () => {
    const res = (await (await call("GET", "/users/me/meetings?type=upcoming&from=2027-02-10&to=2027-02-12&page_size=300")).json()) as { meetings: { start_time: string }[] };
    expect(res.meetings.length).toBeGreaterThan(0);
    for (const m of res.meetings) {
      const day = DateTime.fromISO(m.start_time).setZone("America/New_York").toISODate()!;
      expect(day >= "2027-02-10" && day <= "2027-02-12").toBe(true);
    }
  });

  it("upcoming_meetings covers the next 24 hours, including meetings the user is invited to", async () => {
    const owner = (await (await call("GET", "/users/me/upcoming_meetings")).json()) as { total_records: number; meetings: { topic: string; is_host: boolean }[] };
    expect(owner.total_records).toBeGreaterThan(0);
    expect(owner.meetings.every((m) => m.is_host)).toBe(true);
    await create({ topic: "Invite Daniel", start_time: "2027-02-01T18:00:00Z", settings: { meeting_invitees: [{ email: MEMBER }] } });
    const member = (await (await call("GET", `/users/${encodeURIComponent(MEMBER)}/upcoming_meetings`)).json()) as { meetings: { topic: string; is_host: boolean }[] };
    expect(member.meetings).toContainEqual(expect.objectContaining({ topic: "Invite Daniel", is_host: false }));
  });

  it("finds a past instance by a UUID that starts with '/' when the client double-encodes it", async () => {
    const previous = (await (await call("GET", "/users/me/meetings?type=previous_meetings&page_size=300")).json()) as { meetings: { id: number; uuid: string }[] };
    const awkward = previous.meetings.find((m) => m.uuid.startsWith("/") || m.uuid.includes("//"));
    expect(awkward).toBeDefined();
    const res = await call("GET", `/meetings/${encodeURIComponent(encodeURIComponent(awkward!.uuid))}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: number }).id).toBe(awkward!.id);
  });
});

describe("templates", () => {
  it("lists admin (type 2) and personal (type 1) templates, creates one from a meeting, refuses a duplicate name", async () => {
    const list = (await (await call("GET", "/users/me/meeting_templates")).json()) as { total_records: number; templates: { id: string; name: string; type: number }[] };
    expect(new Set(list.templates.map((t) => t.type))).toEqual(new Set([1, 2]));
    const source = await create({ topic: "Template source", settings: { mute_upon_entry: true, jbh_time: 10, join_before_host: true } });
    const created = await call("POST", "/users/me/meeting_templates", { meeting_id: source.id, name: "Muted" });
    expect(created.status).toBe(201);
    const template = (await created.json()) as { id: string; name: string };
    expect(template.name).toBe("Muted");
    const dup = await call("POST", "/users/me/meeting_templates", { meeting_id: source.id, name: "Muted" });
    expect(dup.status).toBe(400);
    expect(await dup.json()).toEqual({ code: 3000, message: "Meeting template name already exists: Muted." });
    // As Zoom documents: a meeting is scheduled only from an account-admin template.
    const personal = await call("POST", "/users/me/meetings", { topic: "Uses my template", type: 2, start_time: "2027-03-01T10:00:00Z", template_id: template.id });
    expect(personal.status).toBe(400);
    expect(await personal.json()).toEqual({ code: 300, message: "Invalid parameter: template_id." });
    const admin = list.templates.find((t) => t.type === 2)!;
    const fromTemplate = await create({ topic: "Uses template", template_id: admin.id });
    expect(fromTemplate.template_id).toBe(admin.id);
    expect(fromTemplate.settings).toMatchObject({ mute_upon_entry: true, auto_recording: "cloud" });
  });

  it("caps a user at 40 templates", async () => {
    const source = await create({ topic: "Many" });
    const own = async () =>
      ((await (await call("GET", "/users/me/meeting_templates")).json()) as { templates: { type: number }[] }).templates.filter((t) => t.type === 1).length;
    for (let n = await own(); n < 40; n++) {
      expect((await call("POST", "/users/me/meeting_templates", { meeting_id: source.id, name: `T${n}` })).status).toBe(201);
    }
    const over = await call("POST", "/users/me/meeting_templates", { meeting_id: source.id, name: "One too many" });
    expect(over.status).toBe(400);
    expect(await over.json()).toEqual({ code: 300, message: "You can only create up to 40 meeting templates." });
  });

  it("lets an admin's templates be used by the admin's colleagues (type 2), not personal ones", async () => {
    const list = (await (await call("GET", `/users/${encodeURIComponent(ADMIN)}/meeting_templates`)).json()) as { templates: { type: number }[] };
    expect(list.templates.every((t) => t.type === 2)).toBe(true);
  });
});
