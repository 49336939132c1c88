import { describe, expect, it } from "vitest";
import type { ContractEnv } from "../contract/env";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";

let client: SandboxClient;
let env: ContractEnv;

withContractSandbox((started) => ({ client, env } = started));

async function liveMeeting(): Promise<number> {
  const m = await env.meeting();
  await env.goLive("meetings", m.id);
  return m.id;
}

const send = (id: number | string, body: unknown, token?: string) => client.api("PATCH", `/live_meetings/${id}/events`, { body, token });

describe("PATCH /live_meetings/{meetingId}/events", () => {
  it("answers 202 with no body and records what was sent", async () => {
    const id = await liveMeeting();
    const res = await send(id, { method: "recording.start" });
    expect(res.status).toBe(202);
    expect(res.text).toBe("");
    await send(id, { method: "waiting_room.update", params: { waiting_room_title: "Back soon", waiting_room_description: "Break" } });
    const events = await client.control("GET", `/live-events?meetingId=${id}`);
    expect(events.body.events.map((e: { method: string; params: object }) => [e.method, e.params])).toEqual([
      ["recording.start", {}],
      ["waiting_room.update", { waiting_room_title: "Back soon", waiting_room_description: "Break" }],
    ]);
  });

  it("needs a live meeting, except for dial-out invitations", async () => {
    const m = await env.meeting();
    const notLive = await send(m.id, { method: "recording.start" });
    expect(notLive.status).toBe(404);
    expect(notLive.body).toEqual({ code: 3001, message: `Meeting ${m.id} is not found or has expired.` });
    const callout = await send(m.id, { method: "participant.invite.callout", params: { invitee_name: "Jill", phone_number: "+15550100" } });
    expect(callout.status).toBe(202);
    expect((await send(99999999999, { method: "recording.stop" })).status).toBe(404);
  });

  it("validates methods and their params the way Zoom documents them", async () => {
    const id = await liveMeeting();
    const contacts = Array.from({ length: 11 }, (_, i) => ({ email: `p${i}@example.org` }));
    expect((await send(id, { method: "participant.invite", params: { contacts } })).body).toEqual({
      code: 300,
      message: "Validation Failed.",
      errors: [{ field: "params.contacts", message: "Invalid field." }],
    });
    expect((await send(id, { method: "participant.invite", params: { contacts: contacts.slice(0, 10) } })).status).toBe(202);
    expect((await send(id, { method: "recording.rewind" })).body.errors).toEqual([{ field: "method", message: "Invalid field." }]);
    expect((await send(id, {})).body.errors).toEqual([{ field: "method", message: "Missing field." }]);
    expect((await send(id, { method: "participant.invite.room_system_callout", params: { call_type: "isdn" } })).body.errors).toEqual([
      { field: "params.call_type", message: "Invalid field." },
      { field: "params.device_ip", message: "Missing field." },
    ]);
    expect((await send(id, { method: "ai_companion.start", params: { ai_companion_mode: "everything" } })).body.errors).toEqual([
      { field: "params.ai_companion_mode", message: "Invalid field." },
    ]);
  });

  it("keeps the recording's state per running instance and refuses controls that do not fit it", async () => {
    const id = await liveMeeting();
    const refused = (message: RegExp) => ({ code: 300, message: expect.stringMatching(message) });
    expect((await send(id, { method: "recording.pause" })).body).toEqual(refused(/not being recorded/));
    expect((await send(id, { method: "recording.start" })).status).toBe(202);
    expect((await send(id, { method: "recording.start" })).body).toEqual(refused(/already being recorded/));
    expect((await send(id, { method: "recording.resume" })).body).toEqual(refused(/not paused/));
    expect((await send(id, { method: "recording.pause" })).status).toBe(202);
    expect((await client.control("GET", `/live-events?meetingId=${id}`)).body.recording).toBe("paused");
    expect((await send(id, { method: "recording.resume" })).status).toBe(202);
    expect((await send(id, { method: "recording.stop" })).status).toBe(202);
    expect((await send(id, { method: "recording.stop" })).status).toBe(400);
    // Ending the meeting forgets the recording: the next live instance starts unrecorded.
    await send(id, { method: "recording.start" });
    await client.control("POST", `/meetings/${id}/live`, { action: "end" });
    await env.goLive("meetings", id);
    expect((await client.control("GET", `/live-events?meetingId=${id}`)).body.recording).toBeNull();
  });

  it("needs the host's cloud recording for recording controls and AI Companion for its controls", async () => {
    const id = await liveMeeting();
    const owner = env.owner();
    await client.control("PUT", `/live-settings/${owner.id}`, { cloud_recording: false, ai_companion: false });
    const off = await send(id, { method: "recording.start" });
    expect(off.status).toBe(400);
    expect(off.body).toEqual({ code: 300, message: expect.stringMatching(/^Cloud recording is disabled/) });
    const ai = await send(id, { method: "ai_companion.start" });
    expect(ai.status).toBe(403);
    expect(ai.body.code).toBe(2314);
    expect((await send(id, { method: "participant.invite", params: { contacts: [{ email: "a@example.org" }] } })).status).toBe(202);
    const settings = await client.api("GET", `/users/${owner.id}/settings`);
    expect(settings.body.recording).toEqual({ cloud_recording: false });
    await client.control("PUT", `/live-settings/${owner.id}`, { cloud_recording: true, ai_companion: true });
    expect((await client.api("GET", `/users/me/settings`)).body.recording).toEqual({ cloud_recording: true });
  });

  it("refuses members who are not the host", async () => {
    const id = await liveMeeting();
    const member = await client.userToken(env.member().email);
    const res = await send(id, { method: "recording.stop" }, member);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 300, message: "No permission." });
  });
});
