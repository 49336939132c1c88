import { describe, expect, it } from "vitest";
import { uuidSegment } from "../contract/cases/types";
import type { ContractEnv } from "../contract/env";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";
import { accountToken } from "../testing";

let client: SandboxClient;
let env: ContractEnv;

withContractSandbox((started) => ({ client, env } = started));

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const daysAgo = (iso: string) => Math.round((Date.now() - Date.parse(iso)) / DAY);

interface Listed {
  uuid: string;
  host_id: string;
  start_time: string;
  recording_files: { id: string; file_type: string; deleted_time?: string }[];
}

describe("the seeded recordings", () => {
  it("reach back about four months for several hosts, so a window of one month does not see them all", async () => {
    const hosts = new Set<string>();
    let oldest = 0;
    for (const rec of client.state.recordings) {
      const age = daysAgo(rec.start_time);
      if (age > 31) hosts.add(rec.host_id);
      oldest = Math.max(oldest, age);
    }
    expect(hosts.size).toBeGreaterThanOrEqual(5);
    expect(oldest).toBeGreaterThanOrEqual(110);
    const owner = env.owner();
    const windows = [[-30, 0], [-60, -30], [-90, -60], [-120, -90]];
    for (const [from, to] of windows) {
      const res = await client.api("GET", `/users/${owner.id}/recordings`, { query: { from: day(from), to: day(to), page_size: 300 } });
      expect(res.body.meetings.length, `owner recordings ${from}..${to} days`).toBeGreaterThan(0);
    }
  });

  it("have one of the owner's recordings in the trash (18 days left) and one file of another (5 days left)", async () => {
    const owner = env.owner();
    const meetings = await client.api("GET", `/users/${owner.id}/recordings`, { query: { trash: true } });
    expect(meetings.body.meetings).toHaveLength(1);
    const trashed: Listed = meetings.body.meetings[0];
    expect(trashed.recording_files.length).toBeGreaterThan(3);
    for (const f of trashed.recording_files) expect(daysAgo(f.deleted_time!)).toBe(12);

    const files = await client.api("GET", `/users/${owner.id}/recordings`, { query: { trash: true, trash_type: "recording_file" } });
    expect(files.body.meetings).toHaveLength(1);
    const partly: Listed = files.body.meetings[0];
    expect(partly.uuid).not.toBe(trashed.uuid);
    expect(partly.recording_files).toEqual([expect.objectContaining({ file_type: "M4A", deleted_time: expect.stringMatching(/Z$/) })]);
    expect(daysAgo(partly.recording_files[0].deleted_time!)).toBe(25);
    // The rest of that recording is still listed, without the trashed file.
    const live = await client.api("GET", `/meetings/${uuidSegment(partly.uuid)}/recordings`);
    expect(live.body.recording_files.map((f: { file_type: string }) => f.file_type)).not.toContain("M4A");
  });

  it("recovers the trashed recording into the normal list, and a trashed file back into its recording", async () => {
    const owner = env.owner();
    const [trashed]: Listed[] = (await client.api("GET", `/users/${owner.id}/recordings`, { query: { trash: true } })).body.meetings;
    expect((await client.api("PUT", `/meetings/${uuidSegment(trashed.uuid)}/recordings/status`, { body: { action: "recover" } })).status).toBe(200);
    const back = await client.api("GET", `/meetings/${uuidSegment(trashed.uuid)}/recordings`);
    expect(back.status).toBe(200);
    expect(back.body.recording_files).toHaveLength(trashed.recording_files.length);
    expect((await client.api("GET", `/users/${owner.id}/recordings`, { query: { trash: true } })).body.meetings).toHaveLength(0);

    const [partly]: Listed[] = (await client.api("GET", `/users/${owner.id}/recordings`, { query: { trash: true, trash_type: "recording_file" } })).body.meetings;
    const audio = partly.recording_files[0];
    expect((await client.api("PUT", `/meetings/${uuidSegment(partly.uuid)}/recordings/${audio.id}/status`, { body: { action: "recover" } })).status).toBe(204);
    const whole = await client.api("GET", `/meetings/${uuidSegment(partly.uuid)}/recordings`);
    expect(whole.body.recording_files.map((f: { id: string }) => f.id)).toContain(audio.id);
  });

  it("deletes what has been in the trash for 30 days for good, as Zoom does", async () => {
    const rec = env.recording((r) => r.host_id === env.owner().id);
    const chat = rec.files.find((f) => f.file_type === "CHAT")!;
    const base = `/meetings/${uuidSegment(rec.uuid)}/recordings`;
    expect((await client.api("DELETE", `${base}/${chat.id}`)).status).toBe(204);
    await client.control("POST", "/clock", { advanceSeconds: 29 * 86_400 });
    let token = (await accountToken(client.url)).access_token;
    const files = async () => (await client.api("GET", `/users/${rec.host_id}/recordings`, { token, query: { trash: true, trash_type: "recording_file" } })).body.meetings as Listed[];
    expect((await files()).flatMap((m) => m.recording_files.map((f) => f.id))).toContain(chat.id);
    await client.control("POST", "/clock", { advanceSeconds: 2 * 86_400 });
    token = (await accountToken(client.url)).access_token;
    expect((await files()).flatMap((m) => m.recording_files.map((f) => f.id))).not.toContain(chat.id);
    const recover = await client.api("PUT", `${base}/${chat.id}/status`, { token, body: { action: "recover" } });
    expect(recover.body.code).toBe(3301);
  });
});
