import { describe, expect, it } from "vitest";
import { uuidSegment } from "../contract/cases/types";
import type { ContractEnv } from "../contract/env";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";

let client: SandboxClient;
let env: ContractEnv;

withContractSandbox((started) => ({ client, env } = started));

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("GET /meetings/{meetingId}/recordings", () => {
  it("finds recordings by double-encoded UUIDs that start with / or contain //", async () => {
    const slash = env.recording((r) => r.uuid.startsWith("/"));
    const double = env.recording((r) => r.uuid.includes("//"));
    for (const rec of [slash, double]) {
      const res = await client.api("GET", `/meetings/${uuidSegment(rec.uuid)}/recordings`);
      expect(res.status).toBe(200);
      expect(res.body.uuid).toBe(rec.uuid);
      expect(res.body.id).toBe(rec.meeting_id);
    }
  });

  it("does not find such UUIDs encoded only once, as Zoom's gateway splits the path at the %2F", async () => {
    const slash = env.recording((r) => r.uuid.startsWith("/"));
    const res = await client.api("GET", `/meetings/${encodeURIComponent(slash.uuid)}/recordings`);
    expect(res.status).toBe(404);
  });

  it("answers a meeting id with its latest instance, with every file type and sandbox URLs, unpaginated", async () => {
    const meetingId = client.state.recordings.find((r) => client.state.recordings.filter((x) => x.meeting_id === r.meeting_id).length > 1)?.meeting_id
      ?? env.recording().meeting_id;
    const latest = client.state.recordings.filter((r) => r.meeting_id === meetingId).sort((a, b) => b.start_time.localeCompare(a.start_time))[0];
    const res = await client.api("GET", `/meetings/${meetingId}/recordings`);
    expect(res.body.uuid).toBe(latest.uuid);
    expect(res.body).not.toHaveProperty("next_page_token");
    const types = res.body.recording_files.map((f: { file_type: string }) => f.file_type);
    expect(types).toEqual(expect.arrayContaining(["MP4", "M4A", "TRANSCRIPT", "CHAT"]));
    for (const f of res.body.recording_files) {
      expect(f.download_url).toMatch(new RegExp(`^${client.url}/rec/download/`));
      expect(f.meeting_id).toBe(latest.uuid);
    }
    expect(res.body.recording_count).toBe(res.body.recording_files.length);
    // CC files carry no file_size of their own (as in Zoom), but count towards total_size.
    expect(res.body.total_size).toBe(latest.files.reduce((s, f) => s + f.file_size, 0));
  });

  it("answers 404/3301 when there is no recording", async () => {
    const m = await env.meeting();
    const res = await client.api("GET", `/meetings/${m.id}/recordings`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 3301, message: "There is no recording for this meeting." });
  });
});

describe("recording downloads", () => {
  it("serves a real WebVTT transcript and chat file with the OAuth token, as header or query", async () => {
    const rec = env.recording();
    const res = await client.api("GET", `/meetings/${uuidSegment(rec.uuid)}/recordings`);
    const file = (type: string) => res.body.recording_files.find((f: { file_type: string }) => f.file_type === type);
    const token = await client.accountToken();

    const vtt = await fetch(file("TRANSCRIPT").download_url, { headers: { authorization: `Bearer ${token}` } });
    expect(vtt.status).toBe(200);
    expect(vtt.headers.get("content-type")).toMatch(/^text\/vtt/);
    const text = await vtt.text();
    expect(text.startsWith("WEBVTT\n\n1\n00:00:")).toBe(true);
    expect(text).toMatch(/^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$/m);

    const chat = await fetch(`${file("CHAT").download_url}?access_token=${token}`);
    expect(await chat.text()).toMatch(/^\d\d:\d\d:\d\d\t[^\t]+:\t.+$/m);

    const mp4 = await fetch(file("MP4").download_url, { headers: { authorization: `Bearer ${token}` } });
    expect(mp4.headers.get("content-type")).toBe("video/mp4");
    const bytes = Buffer.from(await mp4.arrayBuffer());
    expect(bytes.subarray(4, 8).toString("latin1")).toBe("ftyp");
    expect(bytes.length).toBe(file("MP4").file_size);
  });

  it("accepts a download_access_token only for its own recording, and refuses no token", async () => {
    const [a, b] = client.state.recordings.filter((r) => r.status === "active");
    const res = await client.api("GET", `/meetings/${uuidSegment(a.uuid)}/recordings`, { query: { include_fields: "download_access_token" } });
    const dat = res.body.download_access_token;
    expect(typeof dat).toBe("string");
    const own = await fetch(`${client.url}/rec/download/${a.files[0].id}`, { headers: { authorization: `Bearer ${dat}` } });
    expect(own.status).toBe(200);
    const other = await fetch(`${client.url}/rec/download/${b.files[0].id}`, { headers: { authorization: `Bearer ${dat}` } });
    expect(other.status).toBe(401);
    const none = await fetch(`${client.url}/rec/download/${a.files[0].id}`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ code: 124, message: "Invalid access token." });
  });
});

describe("trash, delete and recover", () => {
  it("trashes a recording (204), hides it, and recovers it with 200", async () => {
    const rec = env.recording();
    const path = `/meetings/${uuidSegment(rec.uuid)}/recordings`;
    const del = await client.api("DELETE", path);
    expect(del.status).toBe(204);
    expect((await client.api("GET", path)).status).toBe(404);
    const trash = await client.api("GET", `/users/${rec.host_id}/recordings`, { query: { trash: true } });
    expect(trash.body.meetings.map((m: { uuid: string }) => m.uuid)).toContain(rec.uuid);
    expect(trash.body.meetings.find((m: { uuid: string }) => m.uuid === rec.uuid).recording_files[0].deleted_time).toMatch(/Z$/);
    const recover = await client.api("PUT", `/meetings/${uuidSegment(rec.uuid)}/recordings/status`, { body: { action: "recover" } });
    expect(recover.status).toBe(200);
    expect(recover.text).toBe("");
    expect((await client.api("GET", path)).status).toBe(200);
  });

  it("trashes and recovers a single file; action=delete removes it for good", async () => {
    const rec = env.recording();
    const chat = rec.files.find((f) => f.file_type === "CHAT")!;
    const base = `/meetings/${uuidSegment(rec.uuid)}/recordings`;
    expect((await client.api("DELETE", `${base}/${chat.id}`)).status).toBe(204);
    const without = await client.api("GET", base);
    expect(without.body.recording_files.map((f: { id: string }) => f.id)).not.toContain(chat.id);
    expect((await client.api("PUT", `${base}/${chat.id}/status`, { body: { action: "recover" } })).status).toBe(204);
    expect((await client.api("GET", base)).body.recording_files.map((f: { id: string }) => f.id)).toContain(chat.id);
    expect((await client.api("DELETE", `${base}/${chat.id}`, { query: { action: "delete" } })).status).toBe(204);
    const gone = await client.api("PUT", `${base}/${chat.id}/status`, { body: { action: "recover" } });
    expect(gone.body.code).toBe(3301);
    const badAction = await client.api("DELETE", base, { query: { action: "shred" } });
    expect(badAction.body).toMatchObject({ code: 300, errors: [{ field: "action" }] });
  });
});

describe("GET /users/{userId}/recordings", () => {
  it("defaults to today..tomorrow and reports the window it used", async () => {
    const rec = env.recording();
    const res = await client.api("GET", `/users/${rec.host_id}/recordings`);
    expect(res.body).toMatchObject({ from: day(0), to: day(1) });
  });

  it("lists a month of recordings newest first with page_size/next_page_token", async () => {
    const owner = env.owner();
    const first = await client.api("GET", `/users/${owner.id}/recordings`, { query: { from: day(-28), to: day(0), page_size: 5 } });
    expect(first.body.page_size).toBe(5);
    expect(first.body.meetings).toHaveLength(5);
    expect(first.body.total_records).toBeGreaterThan(5);
    const starts = first.body.meetings.map((m: { start_time: string }) => m.start_time);
    expect([...starts].sort().reverse()).toEqual(starts);
    const second = await client.api("GET", `/users/${owner.id}/recordings`, {
      query: { from: day(-28), to: day(0), page_size: 5, next_page_token: first.body.next_page_token },
    });
    expect(second.body.meetings[0].uuid).not.toBe(first.body.meetings[0].uuid);
  });

  it("cuts a window longer than a month to the month ending at `to`, as Zoom does", async () => {
    const owner = env.owner();
    const res = await client.api("GET", `/users/${owner.id}/recordings`, { query: { from: "2020-01-01", to: day(0) } });
    expect(res.status).toBe(200);
    expect(res.body.to).toBe(day(0));
    const from = new Date(`${res.body.from}T00:00:00Z`).getTime();
    expect(from).toBeGreaterThan(Date.now() - 32 * 86_400_000);
    const bad = await client.api("GET", `/users/${owner.id}/recordings`, { query: { from: "yesterday" } });
    expect(bad.body).toMatchObject({ code: 300, errors: [{ field: "from" }] });
  });
});
