/**
 * Fixtures for contract cases, made through the public API where the API can make them (meetings,
 * webinars, registrants, drafts) and read from the seeded state otherwise (users, recordings).
 */
import type { SandboxMeeting, SandboxRecording, SandboxUser } from "../types";
import type { ApiResult, SandboxClient } from "./sandbox-client";

export class ContractEnv {
  constructor(readonly client: SandboxClient) {}

  private expectOk<T>(res: ApiResult<T>, what: string): T {
    if (res.status >= 300) throw new Error(`${what} failed: ${res.status} ${res.text}`);
    return res.body;
  }

  /** The account owner (what an account_credentials token acts as). */
  owner(): SandboxUser {
    const owner = this.client.state.users.find((u) => u.role_name === "Owner" && u.status === "active");
    if (!owner) throw new Error("seed has no active Owner");
    return owner;
  }

  /** An active licensed member (not the owner) with a provisioned mailbox. */
  member(): SandboxUser {
    const user = this.client.state.users.find(
      (u) => u.type === 2 && u.status === "active" && u.role_name === "Member" && this.client.state.mailboxes[u.email.toLowerCase()],
    );
    if (!user) throw new Error("seed has no active licensed member with a mailbox");
    return user;
  }

  /** A new scheduled meeting, a week out, hosted by the owner. */
  async meeting(settings: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<{ id: number; uuid: string }> {
    const start = new Date(Date.now() + 7 * 24 * 3600_000);
    const res = await this.client.api("POST", "/users/me/meetings", {
      body: { topic: "Contract meeting", type: 2, start_time: start.toISOString().replace(/\.\d{3}Z$/, "Z"), duration: 45, settings, ...extra },
    });
    return this.expectOk(res, "meetingCreate");
  }

  async registrableMeeting(approval: 0 | 1 = 0): Promise<{ id: number }> {
    return this.meeting({ approval_type: approval, registration_type: 1 });
  }

  async webinar(settings: Record<string, unknown> = {}): Promise<{ id: number }> {
    const start = new Date(Date.now() + 10 * 24 * 3600_000);
    const res = await this.client.api("POST", "/users/me/webinars", {
      body: { topic: "Contract webinar", type: 5, start_time: start.toISOString().replace(/\.\d{3}Z$/, "Z"), duration: 60, settings },
    });
    return this.expectOk(res, "webinarCreate");
  }

  async registrableWebinar(): Promise<{ id: number }> {
    return this.webinar({ approval_type: 0, registration_type: 1 });
  }

  async registrant(kind: "meetings" | "webinars", parentId: number, email = `reg.${Date.now()}.${Math.random()}@example.org`): Promise<{ registrant_id: string }> {
    const res = await this.client.api("POST", `/${kind}/${parentId}/registrants`, { body: { email, first_name: "Contract", last_name: "Case" } });
    return this.expectOk(res, "registrant create");
  }

  /** Marks a meeting or webinar live through the core's control API. */
  async goLive(kind: "meetings" | "webinars", id: number): Promise<void> {
    this.expectOk(await this.client.control("POST", `/${kind}/${id}/live`, { action: "start" }), "control live");
  }

  /** A seeded recording the owner's account token can see, with every file active. */
  recording(predicate: (r: SandboxRecording) => boolean = () => true): SandboxRecording {
    const rec = this.client.state.recordings.find(
      (r) => r.status === "active" && r.files.every((f) => f.status === "active") && predicate(r),
    );
    if (!rec) throw new Error("seed has no matching recording");
    return rec;
  }

  /** A past meeting of the owner (for recording listings). */
  ownerMeetings(): SandboxMeeting[] {
    return this.client.state.meetings.filter((m) => m.host_id === this.owner().id);
  }

  async draft(token: string, raw?: string): Promise<{ id: string }> {
    const res = await this.client.api("POST", "/emails/mailboxes/me/drafts", { token, body: raw ? { message: { raw } } : {} });
    return this.expectOk(res, "create_draft_email");
  }
}
