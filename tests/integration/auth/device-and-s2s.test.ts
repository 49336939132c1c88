/**
 * Device OAuth and Server-to-Server OAuth against the sandbox over real HTTP, on a real PostgreSQL:
 * the interval and slow_down, denial, expiry, approval by the wrong person, and S2S credential checks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeAs, control, MEMBER_EMAIL, OWNER_EMAIL, sandboxUserId } from "./sandbox-oauth";
import type { Viewer } from "@/lib/auth/viewer-type";
import { startInProcessStack, type AuthStack } from "./stack";
import type { SandboxServer } from "@/lib/zoom-sandbox/node-server";

let stack: AuthStack;
let sandbox: SandboxServer;
let m: {
  device: typeof import("@/lib/auth/vault/device");
  s2s: typeof import("@/lib/auth/connect-s2s");
  signIn: typeof import("@/lib/auth/sign-in");
  viewer: typeof import("@/lib/auth/viewer");
  sessions: typeof import("@/lib/auth/sessions");
  oauth: typeof import("@/lib/auth/zoom-oauth");
  context: typeof import("@/lib/auth/zoom-context");
  dbClient: typeof import("@/lib/db/client");
};

beforeAll(async () => {
  stack = await startInProcessStack();
  ({ sandbox } = stack);
  m = {
    device: await import("@/lib/auth/vault/device"),
    s2s: await import("@/lib/auth/connect-s2s"),
    signIn: await import("@/lib/auth/sign-in"),
    viewer: await import("@/lib/auth/viewer"),
    sessions: await import("@/lib/auth/sessions"),
    oauth: await import("@/lib/auth/zoom-oauth"),
    context: await import("@/lib/auth/zoom-context"),
    dbClient: await import("@/lib/db/client"),
  };
  // The owner signs in first, so they own the workspace and later people join as members.
  await viewerFor(OWNER_EMAIL);
});

afterAll(async () => {
  await stack?.stop();
});

async function viewerFor(email: string): Promise<Viewer> {
  const grant = await authorizeAs(sandbox.url, email);
  const outcome = await m.signIn.completeSignIn(m.oauth.toZoomUserProfile(grant.me)!, grant.tokens, grant.requestedAtMs);
  if (!outcome.ok) throw new Error("sign-in refused");
  return (await m.viewer.loadViewer({ uid: outcome.userId, wid: outcome.workspaceId, sid: await m.sessions.createSession(outcome.userId, outcome.workspaceId) }))!;
}

/** Lets the next poll through now, as if the interval had passed. */
async function intervalPassed(id: string) {
  await m.dbClient.db().deviceAuthorization.update({ where: { id }, data: { nextPollAt: new Date(Date.now() - 1) } });
}

async function decide(userCode: string, email: string, decision: "approve" | "deny") {
  const form = new URLSearchParams({ user_code: userCode, user_id: await sandboxUserId(sandbox.url, email), decision });
  const response = await fetch(`${sandbox.url}/oauth_device`, { method: "POST", body: form });
  expect(response.status).toBe(200);
}

describe("device OAuth", () => {
  it("waits for approval without polling Zoom faster than the interval, then connects", async () => {
    const member = await viewerFor(MEMBER_EMAIL);
    const started = await m.device.startDeviceAuthorization(member);
    expect(started.userCode).toMatch(/^[A-Z0-9]{8}$/);
    expect(started.verificationUri).toBe(`${sandbox.url}/oauth_device`);
    // Before the interval has passed the answer comes from the database.
    await expect(m.device.pollDeviceAuthorization(member, started.id)).resolves.toMatchObject({ status: "pending", intervalSeconds: 5 });
    await intervalPassed(started.id);
    await expect(m.device.pollDeviceAuthorization(member, started.id)).resolves.toMatchObject({ status: "pending" });
    await decide(started.userCode, MEMBER_EMAIL, "approve");
    await intervalPassed(started.id);
    const approved = await m.device.pollDeviceAuthorization(member, started.id);
    expect(approved.status).toBe("approved");
    const connection = await m.dbClient.db().zoomConnection.findFirstOrThrow({ where: { userId: member.userId } });
    expect(connection).toMatchObject({ kind: "device", status: "active", zoomEmail: MEMBER_EMAIL });
    const ctx = await m.context.zoomContextFor(member, "user");
    const me = await fetch(`${ctx.apiBaseUrl}/users/me`, { headers: { authorization: `Bearer ${await ctx.tokens.get()}` } });
    expect(((await me.json()) as { email: string }).email).toBe(MEMBER_EMAIL);
  });

  it("honours slow_down by polling 5 seconds slower from then on", async () => {
    const member = await viewerFor(MEMBER_EMAIL);
    const started = await m.device.startDeviceAuthorization(member);
    await intervalPassed(started.id);
    await m.device.pollDeviceAuthorization(member, started.id);
    await intervalPassed(started.id); // a second poll right away: Zoom answers slow_down
    await expect(m.device.pollDeviceAuthorization(member, started.id)).resolves.toMatchObject({ status: "pending", intervalSeconds: 10 });
    const row = await m.dbClient.db().deviceAuthorization.findUniqueOrThrow({ where: { id: started.id } });
    expect(row.intervalSeconds).toBe(10);
    expect(row.nextPollAt.getTime()).toBeGreaterThan(Date.now() + 8_000);
  });

  it("says clearly when the request was denied or the code expired", async () => {
    const member = await viewerFor(MEMBER_EMAIL);
    const denied = await m.device.startDeviceAuthorization(member);
    await decide(denied.userCode, MEMBER_EMAIL, "deny");
    await intervalPassed(denied.id);
    await expect(m.device.pollDeviceAuthorization(member, denied.id)).resolves.toEqual({ status: "denied", message: expect.stringMatching(/denied on Zoom/) });

    const expiring = await m.device.startDeviceAuthorization(member);
    await control(sandbox.url, "POST", "/clock", { advanceSeconds: 901 });
    await intervalPassed(expiring.id);
    await expect(m.device.pollDeviceAuthorization(member, expiring.id)).resolves.toEqual({ status: "expired", message: expect.stringMatching(/expired/) });
    await control(sandbox.url, "POST", "/clock", { advanceSeconds: -901 });
  });

  it("refuses a code approved by someone else, and revokes the tokens it got", async () => {
    const member = await viewerFor(MEMBER_EMAIL);
    const started = await m.device.startDeviceAuthorization(member);
    await decide(started.userCode, OWNER_EMAIL, "approve");
    await intervalPassed(started.id);
    const result = await m.device.pollDeviceAuthorization(member, started.id);
    expect(result).toEqual({ status: "denied", message: expect.stringContaining(`approved as ${OWNER_EMAIL}`) });
    const own = await m.dbClient.db().zoomConnection.findFirstOrThrow({ where: { userId: member.userId } });
    expect(own.zoomEmail).toBe(MEMBER_EMAIL);
  });

  it("does not let one person poll another person's device code", async () => {
    const member = await viewerFor(MEMBER_EMAIL);
    const owner = await viewerFor(OWNER_EMAIL);
    const started = await m.device.startDeviceAuthorization(member);
    await expect(m.device.pollDeviceAuthorization(owner, started.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("Server-to-Server OAuth", () => {
  const form = (overrides: Partial<{ accountId: string; clientId: string; clientSecret: string }> = {}) => ({
    source: "form" as const,
    accountId: "sandbox_account",
    clientId: "sandbox_client_id",
    clientSecret: "sandbox_client_secret",
    ...overrides,
  });

  it("explains refused credentials next to the field, and stores nothing", async () => {
    const owner = await viewerFor(OWNER_EMAIL);
    await expect(m.s2s.connectServerToServer(owner, form({ clientSecret: "wrong" }))).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "clientSecret", message: expect.stringMatching(/refused the Client ID or Client Secret/) }] },
    });
    await expect(m.s2s.connectServerToServer(owner, form({ accountId: "another_account" }))).rejects.toMatchObject({
      extra: { fields: [{ field: "accountId", message: expect.stringMatching(/not this workspace's Zoom account/) }] },
    });
    expect(await m.dbClient.db().zoomConnection.count({ where: { kind: "s2s" } })).toBe(0);
  });

  it("connects, shows the account found through “Get a user”, and serves account-level calls", async () => {
    const owner = await viewerFor(OWNER_EMAIL);
    const connected = await m.s2s.connectServerToServer(owner, form());
    expect(connected).toMatchObject({ accountId: "sandbox_account", ownerEmail: OWNER_EMAIL });
    const ctx = await m.context.zoomContextFor(owner, "account");
    expect(ctx).toMatchObject({ kind: "s2s", connectionId: connected.connectionId, zoomUserId: null });
    // S2S renews without a refresh token: an expired token is replaced by a new account_credentials grant.
    const before = (await control<{ grants: Record<string, number> }>(sandbox.url, "GET", "/counters")).grants.account_credentials ?? 0;
    await m.dbClient.db().zoomConnection.update({ where: { id: connected.connectionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const renewed = await ctx.tokens.get();
    const after = (await control<{ grants: Record<string, number> }>(sandbox.url, "GET", "/counters")).grants.account_credentials ?? 0;
    expect(after - before).toBe(1);
    expect((await fetch(`${sandbox.url}/v2/users?page_size=1`, { headers: { authorization: `Bearer ${renewed}` } })).status).toBe(200);
  });

  it("keeps the account view from members", async () => {
    const member = await viewerFor(MEMBER_EMAIL);
    await expect(m.context.zoomContextFor(member, "account")).rejects.toMatchObject({ code: "forbidden" });
  });
});
