import { describe, expect, it } from "vitest";
import type { ContractEnv } from "../contract/env";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";

let client: SandboxClient;
let env: ContractEnv;

withContractSandbox((started) => ({ client, env } = started));

const jill = { email: "jill@example.org", first_name: "Jill", last_name: "Chill" };

describe("meeting registrants", () => {
  it("adds an auto-approved registrant and returns Zoom's 201 shape", async () => {
    const m = await env.registrableMeeting(0);
    const res = await client.api("POST", `/meetings/${m.id}/registrants`, { body: jill });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: m.id, topic: "Contract meeting", occurrences: [] });
    expect(res.body.registrant_id).toMatch(/^[\w-]{22}$/);
    expect(res.body.join_url).toMatch(new RegExp(`^${client.url}/j/${m.id}\\?tk=`));
    expect(res.body.start_time).toMatch(/Z$/);

    const list = await client.api("GET", `/meetings/${m.id}/registrants`);
    expect(list.body.registrants.map((r: { email: string }) => r.email)).toEqual(["jill@example.org"]);
    expect(list.body.registrants[0]).toMatchObject({ status: "approved", first_name: "Jill", org: "", custom_questions: [] });
  });

  it("registering the same email again returns the same registration", async () => {
    const m = await env.registrableMeeting(0);
    const a = await client.api("POST", `/meetings/${m.id}/registrants`, { body: jill });
    const b = await client.api("POST", `/meetings/${m.id}/registrants`, { body: { ...jill, email: "JILL@example.org" } });
    expect(b.body.registrant_id).toBe(a.body.registrant_id);
    expect((await client.api("GET", `/meetings/${m.id}/registrants`)).body.total_records).toBe(1);
  });

  it("answers missing and invalid fields with 300 and a field list", async () => {
    const m = await env.registrableMeeting(0);
    const res = await client.api("POST", `/meetings/${m.id}/registrants`, { body: { email: "nope", last_name: "x".repeat(65) } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 300,
      message: "Validation Failed.",
      errors: [
        { field: "email", message: "Invalid field." },
        { field: "first_name", message: "Missing field." },
        { field: "last_name", message: "Invalid field." },
      ],
    });
  });

  it("refuses registration on a meeting that does not require it, and on an unknown meeting", async () => {
    const m = await env.meeting({ approval_type: 2 });
    const off = await client.api("POST", `/meetings/${m.id}/registrants`, { body: jill });
    expect(off.status).toBe(400);
    expect(off.body).toEqual({ code: 404, message: `Registration has not been enabled for this meeting: ${m.id}.` });
    const unknown = await client.api("POST", "/meetings/12345678901/registrants", { body: jill });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe(1001);
  });

  it("keeps registrants pending under manual approval unless auto_approve is set, and the host cannot register", async () => {
    const m = await env.registrableMeeting(1);
    await client.api("POST", `/meetings/${m.id}/registrants`, { body: jill });
    await client.api("POST", `/meetings/${m.id}/registrants`, { body: { email: "auto@example.org", first_name: "Auto", auto_approve: true } });
    const pending = await client.api("GET", `/meetings/${m.id}/registrants`, { query: { status: "pending" } });
    expect(pending.body.registrants.map((r: { email: string }) => r.email)).toEqual(["jill@example.org"]);
    const approved = await client.api("GET", `/meetings/${m.id}/registrants`);
    expect(approved.body.registrants.map((r: { email: string }) => r.email)).toEqual(["auto@example.org"]);
    const host = await client.api("POST", `/meetings/${m.id}/registrants`, { body: { email: env.owner().email, first_name: "Me" } });
    expect(host.body).toEqual({ code: 3027, message: "Host cannot register." });
  });

  it("moves registrants between statuses with PUT …/status (at most 30 at a time)", async () => {
    const m = await env.registrableMeeting(1);
    const r = await env.registrant("meetings", m.id, "p@example.org");
    const approve = await client.api("PUT", `/meetings/${m.id}/registrants/status`, { body: { action: "approve", registrants: [{ id: r.registrant_id }] } });
    expect(approve.status).toBe(204);
    expect(approve.text).toBe("");
    expect((await client.api("GET", `/meetings/${m.id}/registrants/${r.registrant_id}`)).body.status).toBe("approved");

    await client.api("PUT", `/meetings/${m.id}/registrants/status`, { body: { action: "cancel", registrants: [{ email: "P@example.org" }] } });
    const denied = await client.api("GET", `/meetings/${m.id}/registrants`, { query: { status: "denied" } });
    expect(denied.body.registrants.map((x: { id: string }) => x.id)).toEqual([r.registrant_id]);

    const tooMany = Array.from({ length: 31 }, (_, i) => ({ id: `r${i}` }));
    const bad = await client.api("PUT", `/meetings/${m.id}/registrants/status`, { body: { action: "approve", registrants: tooMany } });
    expect(bad.body).toMatchObject({ code: 300, errors: [{ field: "registrants", message: "Invalid field." }] });
    const noAction = await client.api("PUT", `/meetings/${m.id}/registrants/status`, { body: { registrants: [] } });
    expect(noAction.body.errors).toEqual([{ field: "action", message: "Missing field." }]);
  });

  it("deletes a registrant (204), then reports it as unknown", async () => {
    const m = await env.registrableMeeting(0);
    const r = await env.registrant("meetings", m.id);
    expect((await client.api("DELETE", `/meetings/${m.id}/registrants/${r.registrant_id}`)).status).toBe(204);
    const get = await client.api("GET", `/meetings/${m.id}/registrants/${r.registrant_id}`);
    expect(get.status).toBe(400);
    expect(get.body.code).toBe(3079);
    const again = await client.api("DELETE", `/meetings/${m.id}/registrants/${r.registrant_id}`);
    expect(again.body.code).toBe(300);
  });

  it("stores registration questions with PATCH and validates their types", async () => {
    const m = await env.registrableMeeting(0);
    const empty = await client.api("GET", `/meetings/${m.id}/registrants/questions`);
    expect(empty.body).toEqual({ questions: [], custom_questions: [] });
    const body = {
      questions: [{ field_name: "org", required: true }],
      custom_questions: [{ title: "Favourite colour", type: "single", required: false, answers: ["Red", "Blue"] }],
    };
    expect((await client.api("PATCH", `/meetings/${m.id}/registrants/questions`, { body })).status).toBe(204);
    expect((await client.api("GET", `/meetings/${m.id}/registrants/questions`)).body).toEqual(body);
    const bad = await client.api("PATCH", `/meetings/${m.id}/registrants/questions`, {
      body: { custom_questions: [{ title: "Pick", type: "multiple" }] },
    });
    expect(bad.body).toMatchObject({ code: 300, errors: [{ field: "custom_questions" }] });
  });
});

describe("registration questions on add", () => {
  it("refuses an add that leaves a required field or required custom question unanswered, naming each", async () => {
    const m = await env.registrableMeeting(0);
    await client.api("PATCH", `/meetings/${m.id}/registrants/questions`, {
      body: {
        questions: [{ field_name: "city", required: true }, { field_name: "org", required: false }],
        custom_questions: [{ title: "Role", type: "single", required: true, answers: ["Dev", "Ops"] }],
      },
    });
    const res = await client.api("POST", `/meetings/${m.id}/registrants`, { body: { ...jill, city: "  " } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 300,
      message: "Validation Failed.",
      errors: [
        { field: "city", message: "Missing field." },
        { field: "custom_questions", message: "Missing answer to required question: Role" },
      ],
    });
    const wrong = await client.api("POST", `/meetings/${m.id}/registrants`, { body: { ...jill, city: "Lyon", custom_questions: [{ title: "Role", value: "QA" }] } });
    expect(wrong.body.errors).toEqual([{ field: "custom_questions", message: "Invalid answer to question Role: QA" }]);
    expect((await client.api("GET", `/meetings/${m.id}/registrants`)).body.total_records).toBe(0);

    const ok = await client.api("POST", `/meetings/${m.id}/registrants`, { body: { ...jill, city: "Lyon", custom_questions: [{ title: "Role", value: "Ops" }] } });
    expect(ok.status).toBe(201);
  });

  it("takes a multiple-answer question's values comma-joined, each one of its answers", async () => {
    const w = await env.registrableWebinar();
    await client.api("PATCH", `/webinars/${w.id}/registrants/questions`, {
      body: { custom_questions: [{ title: "Topics", type: "multiple", required: false, answers: ["APIs", "Design", "Ops"] }] },
    });
    const bad = await client.api("POST", `/webinars/${w.id}/registrants`, { body: { ...jill, custom_questions: [{ title: "Topics", value: "APIs,Sales" }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: "custom_questions", message: "Invalid answer to question Topics: Sales" }]);
    const good = await client.api("POST", `/webinars/${w.id}/registrants`, { body: { ...jill, custom_questions: [{ title: "Topics", value: "APIs, Ops" }] } });
    expect(good.status).toBe(201);
    // Not required: leaving it out is fine.
    expect((await client.api("POST", `/webinars/${w.id}/registrants`, { body: { ...jill, email: "other@example.org" } })).status).toBe(201);
  });
});

describe("bulk seeding through the control API", () => {
  it("seeds 5,000 approved registrants on a webinar in one call, and paging reaches every one exactly once", async () => {
    const w = await env.registrableWebinar();
    const seeded = await client.control("POST", "/registrants", { kind: "webinar", parentId: w.id, count: 5000, emailPrefix: "bulk" });
    expect(seeded.status).toBe(201);
    expect(seeded.body).toEqual({ kind: "webinar", parentId: w.id, created: 5000, total: 5000 });
    const seen = new Set<string>();
    let token: string | undefined;
    let pages = 0;
    do {
      const res = await client.api("GET", `/webinars/${w.id}/registrants`, { query: { page_size: 300, next_page_token: token } });
      expect(res.status).toBe(200);
      expect(res.body.total_records).toBe(5000);
      for (const r of res.body.registrants) seen.add(r.id);
      token = res.body.next_page_token || undefined;
      pages++;
    } while (token);
    expect(pages).toBe(17);
    expect(seen.size).toBe(5000);
    const emails = client.state.registrants.filter((r) => r.parent_id === w.id).map((r) => r.email);
    expect(new Set(emails).size).toBe(5000);
    expect(emails[0]).toBe("bulk.1@example.org");
  });

  it("seeds pending registrants next to existing ones without reusing an address", async () => {
    const m = await env.registrableMeeting(1);
    await env.registrant("meetings", m.id, "seed.2@example.org");
    const seeded = await client.control("POST", "/registrants", { kind: "meeting", parentId: String(m.id), count: 3, status: "pending" });
    expect(seeded.body).toMatchObject({ created: 3, total: 4 });
    const pending = await client.api("GET", `/meetings/${m.id}/registrants`, { query: { status: "pending" } });
    const emails: string[] = pending.body.registrants.map((r: { email: string }) => r.email);
    expect([...emails].sort()).toEqual(["seed.1@example.org", "seed.2@example.org", "seed.3@example.org", "seed.4@example.org"]);
    // Seeded registrants are listed in the order they were made (create_time one second apart).
    expect(emails.filter((e) => e !== "seed.2@example.org")).toEqual(["seed.1@example.org", "seed.3@example.org", "seed.4@example.org"]);
  });

  it("refuses what Zoom could not hold, and bad input, with a 4xx naming the problem", async () => {
    const m = await env.registrableMeeting(0);
    const overCap = await client.control("POST", "/registrants", { kind: "meeting", parentId: m.id, count: 5000 });
    expect(overCap.status).toBe(400);
    expect(overCap.body.error).toContain("cap of 4999");
    const off = await env.meeting({ approval_type: 2 });
    const noRegistration = await client.control("POST", "/registrants", { kind: "meeting", parentId: off.id, count: 1 });
    expect(noRegistration.status).toBe(400);
    expect(noRegistration.body.error).toContain("Registration is not enabled");
    expect((await client.control("POST", "/registrants", { kind: "webinar", parentId: 12345678901, count: 1 })).status).toBe(404);
    const tooMany = await client.control("POST", "/registrants", { kind: "webinar", parentId: m.id, count: 10_001 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toContain("count must be at most 10000");
  });
});

describe("recurring meeting registrants", () => {
  it("registers for chosen occurrences and rejects unknown occurrence ids", async () => {
    const start = new Date(Date.now() + 3 * 24 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const res = await client.api("POST", "/users/me/meetings", {
      body: { topic: "Series", type: 8, start_time: start, duration: 30, timezone: "UTC", recurrence: { type: 1, end_times: 3 }, settings: { approval_type: 0, registration_type: 3 } },
    });
    const series = res.body;
    const [first, second] = series.occurrences.map((o: { occurrence_id: string }) => o.occurrence_id);
    const add = await client.api("POST", `/meetings/${series.id}/registrants`, { body: jill, query: { occurrence_ids: second } });
    expect(add.status).toBe(201);
    expect(add.body.occurrences.map((o: { occurrence_id: string }) => o.occurrence_id)).toEqual([second]);
    const forFirst = await client.api("GET", `/meetings/${series.id}/registrants`, { query: { occurrence_id: first } });
    expect(forFirst.body.total_records).toBe(0);
    const bad = await client.api("POST", `/meetings/${series.id}/registrants`, { body: { ...jill, email: "x@example.org" }, query: { occurrence_ids: "123" } });
    expect(bad.body).toMatchObject({ code: 300, errors: [{ field: "occurrence_ids" }] });
  });
});

describe("webinar registrants", () => {
  it("pages through the seeded webinar's 300+ approved registrants with next_page_token", async () => {
    const webinarId = client.state.registrants.find((r) => r.kind === "webinar")!.parent_id;
    const seen = new Set<string>();
    let token: string | undefined;
    let total = 0;
    let pages = 0;
    do {
      const res = await client.api("GET", `/webinars/${webinarId}/registrants`, { query: { page_size: 300, next_page_token: token } });
      expect(res.status).toBe(200);
      total = res.body.total_records;
      for (const r of res.body.registrants) seen.add(r.id);
      token = res.body.next_page_token || undefined;
      pages++;
    } while (token);
    expect(total).toBeGreaterThan(300);
    expect(pages).toBe(2);
    expect(seen.size).toBe(total);
  });

  it("rejects a forged page token with Zoom's 300", async () => {
    const webinarId = client.state.registrants.find((r) => r.kind === "webinar")!.parent_id;
    const res = await client.api("GET", `/webinars/${webinarId}/registrants`, { query: { next_page_token: "forged" } });
    expect(res.body).toEqual({ code: 300, message: "The next page token is invalid or expired." });
  });

  it("uses the webinar wording for registration that is off", async () => {
    const w = await env.webinar({ approval_type: 2 });
    const res = await client.api("POST", `/webinars/${w.id}/registrants`, { body: jill });
    expect(res.body).toEqual({ code: 3000, message: `This webinar does not have registration as required: ${w.id}.` });
  });
});
