import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { occurrencesOf } from "../meetings/occurrences";
import { startSandboxServer, type SandboxServer } from "../node-server";
import { control } from "../testing";

let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(() => server.close());

describe("seeded account", () => {
  it("has the documented roster: an owner first, admins, members of every kind", async () => {
    const users = (await (await control(server.url, "GET", "/users")).json()) as { email: string; role: string; type: number; status: string; created_via: string }[];
    expect(users[0]).toMatchObject({ email: "olivia.bennett@brightwave.test", role: "Owner", type: 2, status: "active" });
    expect(users.filter((u) => u.role === "Admin")).toHaveLength(3);
    expect(users.some((u) => u.type === 1 && u.status === "active")).toBe(true);
    expect(users.some((u) => u.status === "pending")).toBe(true);
    expect(users.some((u) => u.status === "inactive")).toBe(true);
    expect(users.some((u) => u.created_via === "custCreate")).toBe(true);
  });

  it("summarises >300 owner meetings, live meetings, webinars and templates", async () => {
    const summary = (await (await control(server.url, "GET", "/state/summary")).json()) as {
      meetings: { total: number; byType: Record<string, number>; live: number[]; ownerHosted: number };
      webinars: { total: number };
      templates: { meeting: number; webinar: number };
    };
    expect(summary.meetings.ownerHosted).toBeGreaterThan(300);
    expect(summary.meetings.total).toBeGreaterThan(400);
    for (const type of ["1", "2", "3", "8"]) expect(summary.meetings.byType[type]).toBeGreaterThan(0);
    expect(summary.meetings.live.length).toBeGreaterThanOrEqual(1);
    expect(summary.webinars.total).toBeGreaterThan(5);
    expect(summary.templates.meeting).toBeGreaterThan(0);
  });

  it("contains a series crossing a DST switch, awkward instance UUIDs and past instances", () => {
    const { meetings, webinars } = server.sandbox.state;
    const crossing = meetings.find((m) => {
      const offsets = new Set(occurrencesOf(m).map((o) => DateTime.fromMillis(o.startMs, { zone: m.timezone }).offset));
      return offsets.size > 1;
    });
    expect(crossing).toBeDefined();
    const uuids = meetings.flatMap((m) => m.instances.map((i) => i.uuid));
    expect(uuids.some((u) => u.startsWith("/"))).toBe(true);
    expect(uuids.some((u) => u.includes("//"))).toBe(true);
    expect(webinars.some((w) => w.type === 9)).toBe(true);
    expect(webinars.some((w) => w.settings.approval_type === 0 || w.settings.approval_type === 1)).toBe(true);
  });
});
