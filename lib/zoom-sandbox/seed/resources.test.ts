import { describe, expect, it } from "vitest";
import { uuidSegment } from "../contract/cases/types";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";
import { createSandbox } from "../index";

let client: SandboxClient;
withContractSandbox((started) => ({ client } = started));

const licensed = () => client.state.users.filter((u) => u.type === 2 && u.status === "active");

describe("seeded registrants, recordings and mail, as a client sees them", () => {
  it("gives every active licensed user a mailbox with drafts, and one an active vacation responder", async () => {
    const vacations: boolean[] = [];
    for (const user of licensed()) {
      const drafts = await client.api("GET", `/emails/mailboxes/${user.email}/drafts`);
      expect(drafts.status, user.email).toBe(200);
      expect(drafts.body.resultSizeEstimate).toBeGreaterThanOrEqual(2);
      vacations.push((await client.api("GET", `/emails/mailboxes/${user.email}/settings/vacation`)).body.enableAutoReply);
    }
    expect(vacations.filter(Boolean)).toHaveLength(1);
  });

  it("has registrants on several meetings and webinars, one webinar with more than 300 across statuses", async () => {
    const parents = new Map<string, number>();
    for (const r of client.state.registrants) parents.set(`${r.kind}s/${r.parent_id}`, 0);
    expect([...parents.keys()].filter((k) => k.startsWith("meetings/")).length).toBeGreaterThanOrEqual(3);
    expect([...parents.keys()].filter((k) => k.startsWith("webinars/")).length).toBeGreaterThanOrEqual(2);
    let biggest = 0;
    for (const key of [...parents.keys()].filter((k) => k.startsWith("webinars/"))) {
      let total = 0;
      for (const status of ["approved", "pending", "denied"]) {
        total += (await client.api("GET", `/${key}/registrants`, { query: { status, page_size: 1 } })).body.total_records;
      }
      biggest = Math.max(biggest, total);
    }
    expect(biggest).toBeGreaterThan(300);
  });

  it("has recordings with chat and transcript files, including UUIDs that need double encoding", async () => {
    const awkward = client.state.recordings.filter((r) => r.uuid.startsWith("/") || r.uuid.includes("//"));
    expect(awkward.some((r) => r.uuid.startsWith("/"))).toBe(true);
    expect(awkward.some((r) => r.uuid.includes("//"))).toBe(true);
    for (const rec of awkward) {
      const res = await client.api("GET", `/meetings/${uuidSegment(rec.uuid)}/recordings`);
      expect(res.status, rec.uuid).toBe(200);
      const types = res.body.recording_files.map((f: { file_type: string }) => f.file_type);
      expect(types).toEqual(expect.arrayContaining(["CHAT", "TRANSCRIPT"]));
    }
  });

  it("turns captions on for licensed hosts, so their meetings hand out caption URLs", async () => {
    const meeting = client.state.meetings.find((m) => m.host_id === licensed()[0].id && !m.deleted_at)!;
    expect((await client.api("GET", `/meetings/${meeting.id}/token`)).status).toBe(200);
  });

  it("is deterministic for a given seed", () => {
    const now = () => new Date("2026-05-04T10:00:00Z");
    const a = createSandbox({ baseUrl: "http://a", now, control: true }).state;
    const b = createSandbox({ baseUrl: "http://b", now, control: true }).state;
    expect(b.registrants.map((r) => r.id)).toEqual(a.registrants.map((r) => r.id));
    expect(b.recordings.map((r) => r.files.map((f) => f.id))).toEqual(a.recordings.map((r) => r.files.map((f) => f.id)));
    expect(Object.values(b.mailboxes).map((m) => m.drafts.map((d) => d.raw))).toEqual(Object.values(a.mailboxes).map((m) => m.drafts.map((d) => d.raw)));
  });
});
