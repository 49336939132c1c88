/**
 * The token vault against a real PostgreSQL and the Zoom sandbox over real HTTP. "Two instances"
 * here are two renewers with their own database pools and in-process single-flight maps — what two
 * dashboard processes have; refresh-race.test.ts repeats the race with two real `next start`s.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../../db";
import { authorizeAs, control, countTokenRequests, MEMBER_EMAIL, OWNER_EMAIL, refreshGrantCount, sandboxUserId, SANDBOX_CLIENT } from "./sandbox-oauth";
import { startInProcessStack, type AuthStack } from "./stack";
import type { SandboxServer } from "@/lib/zoom-sandbox/node-server";

let stack: AuthStack;
let sandbox: SandboxServer;
let database: TestDatabase;
let m: {
  vault: typeof import("@/lib/auth/token-vault");
  signIn: typeof import("@/lib/auth/sign-in");
  renew: typeof import("@/lib/auth/vault/renew");
  oauth: typeof import("@/lib/auth/zoom-oauth");
  client: typeof import("@/lib/zoom/client");
  dbClient: typeof import("@/lib/db/client");
};

beforeAll(async () => {
  stack = await startInProcessStack();
  ({ sandbox, database } = stack);
  m = {
    vault: await import("@/lib/auth/token-vault"),
    signIn: await import("@/lib/auth/sign-in"),
    renew: await import("@/lib/auth/vault/renew"),
    oauth: await import("@/lib/auth/zoom-oauth"),
    client: await import("@/lib/zoom/client"),
    dbClient: await import("@/lib/db/client"),
  };
});

afterAll(async () => {
  await stack?.stop();
});

async function signIn(email: string) {
  const grant = await authorizeAs(sandbox.url, email);
  const profile = m.oauth.toZoomUserProfile(grant.me)!;
  const outcome = await m.signIn.completeSignIn(profile, grant.tokens, grant.requestedAtMs);
  if (!outcome.ok) throw new Error(`sign-in refused: ${outcome.refusal}`);
  const connection = await m.dbClient.db().zoomConnection.findFirstOrThrow({ where: { userId: outcome.userId }, select: { id: true } });
  return { ...outcome, grant, connectionId: connection.id };
}

async function rawRows(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A ZoomContext on one "instance" (renewer), as lib/auth/zoom-context.ts builds it. */
function contextOn(renewer: ReturnType<typeof m.renew.createRenewer>, connectionId: string) {
  return {
    apiBaseUrl: `${sandbox.url}/v2`,
    connectionId,
    kind: "oauth" as const,
    zoomUserId: null,
    scopes: [],
    tokens: { get: () => renewer.current(connectionId), renew: (rejected: string) => renewer.renew(connectionId, rejected) },
  };
}

describe("sign-in and the workspace", () => {
  it("makes the first person of an account its owner and later people members", async () => {
    const owner = await signIn(OWNER_EMAIL);
    const member = await signIn(MEMBER_EMAIL);
    expect(owner.role).toBe("owner");
    expect(member.role).toBe("member");
    expect(member.workspaceId).toBe(owner.workspaceId);
  });

  it("keeps a removed person out when they sign in again", async () => {
    const member = await signIn(MEMBER_EMAIL);
    await m.dbClient.db().membership.update({ where: { workspaceId_userId: { workspaceId: member.workspaceId, userId: member.userId } }, data: { removedAt: new Date() } });
    const lastSignIn = async () => (await m.dbClient.db().user.findUniqueOrThrow({ where: { id: member.userId }, select: { lastSignInAt: true } })).lastSignInAt;
    const before = await lastSignIn();
    const grant = await authorizeAs(sandbox.url, MEMBER_EMAIL);
    const outcome = await m.signIn.completeSignIn(m.oauth.toZoomUserProfile(grant.me)!, grant.tokens, grant.requestedAtMs);
    expect(outcome).toEqual({ ok: false, refusal: "AccessRemoved" });
    // Settings → Members' "Last sign-in" counts only sign-ins that let the person in.
    expect(await lastSignIn()).toEqual(before);
    await m.dbClient.db().membership.update({ where: { workspaceId_userId: { workspaceId: member.workspaceId, userId: member.userId } }, data: { removedAt: null } });
  });
});

describe("two owners at the same moment", () => {
  /** A request's viewer as it was when the request began (role as given, whatever the table says now). */
  const viewerAs = (who: { userId: string; workspaceId: string }, role: "owner" | "admin" | "member") => ({ userId: who.userId, zoomUserId: "", name: "", email: "", image: null, workspaceId: who.workspaceId, workspaceName: "", role });
  const setRole = (who: { userId: string; workspaceId: string }, role: "owner" | "admin" | "member") =>
    m.dbClient.db().membership.update({ where: { workspaceId_userId: { workspaceId: who.workspaceId, userId: who.userId } }, data: { role } });

  it("demoting each other at once leaves exactly one owner: the second decision sees the first", async () => {
    const { changeRole } = await import("@/lib/auth/members");
    const owner = await signIn(OWNER_EMAIL);
    const other = await signIn(MEMBER_EMAIL);
    const memberships = m.dbClient.db().membership;
    await setRole(other, "owner");
    const results = await Promise.allSettled([changeRole(viewerAs(owner, "owner"), other.userId, "admin"), changeRole(viewerAs(other, "owner"), owner.userId, "admin")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await memberships.count({ where: { workspaceId: owner.workspaceId, role: "owner", removedAt: null } })).toBe(1);
    // Put things back for the tests after this one.
    await setRole(owner, "owner");
    await setRole(other, "member");
  });

  it("someone demoted a moment ago is judged by the role they have now, not the one their request started with", async () => {
    const { changeRole } = await import("@/lib/auth/members");
    const owner = await signIn(OWNER_EMAIL);
    const other = await signIn(MEMBER_EMAIL);
    const memberships = m.dbClient.db().membership;
    // `other` was an owner when their request began, and was made an admin since.
    await setRole(other, "admin");
    await expect(changeRole(viewerAs(other, "owner"), owner.userId, "member")).rejects.toThrow("Only an owner can change another owner's role.");
    expect((await memberships.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId: owner.workspaceId, userId: owner.userId } } })).role).toBe("owner");
    await setRole(other, "member");
  });
});

describe("tokens at rest", () => {
  it("stores tokens sealed: the database never holds them in plaintext", async () => {
    const owner = await signIn(OWNER_EMAIL);
    const [row] = await rawRows(`SELECT "accessTokenEnc", "refreshTokenEnc", row_to_json(c)::text AS everything FROM "ZoomConnection" c WHERE id = $1`, [owner.connectionId]);
    expect(row.accessTokenEnc).toMatch(/^v1\.k1\./);
    expect(row.refreshTokenEnc).toMatch(/^v1\.k1\./);
    expect(row.everything).not.toContain(owner.grant.tokens.accessToken);
    expect(row.everything).not.toContain(owner.grant.tokens.refreshToken);
  });

  it("replaces stored tokens on every sign-in (Zoom revokes the older ones)", async () => {
    const first = await signIn(OWNER_EMAIL);
    const second = await signIn(OWNER_EMAIL);
    expect(second.connectionId).toBe(first.connectionId);
    await expect(m.vault.tokenSource(second.connectionId).get()).resolves.toBe(second.grant.tokens.accessToken);
    const stale = await fetch(`${sandbox.url}/v2/users/me`, { headers: { authorization: `Bearer ${first.grant.tokens.accessToken}` } });
    expect(stale.status).toBe(401);
  });
});

describe("renewal across instances", () => {
  it("50 concurrent requests on two instances after Zoom expired the token: one refresh grant, all succeed", async () => {
    const owner = await signIn(OWNER_EMAIL);
    const instances = [0, 1].map(() => {
      const client = m.dbClient.createDbClient(database.url);
      return { client, renewer: m.renew.createRenewer({ db: () => client }) };
    });
    await control(sandbox.url, "POST", "/tokens/expire", { userId: await sandboxUserId(sandbox.url, OWNER_EMAIL) });
    const before = await refreshGrantCount(sandbox.url);
    const tokenRequests = await countTokenRequests(sandbox.url, { delayMs: 300 });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        m.client.zoomFetch<{ email: string }>(contextOn(instances[i % 2]!.renewer, owner.connectionId), "/users/me", { operation: "user" }),
      ),
    );
    const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    expect(results.every((r) => r.status === "fulfilled" && r.value.data.email === OWNER_EMAIL)).toBe(true);
    expect((await refreshGrantCount(sandbox.url)) - before).toBe(1);
    expect(await tokenRequests()).toBe(1);
    await control(sandbox.url, "DELETE", "/faults");
    const row = await m.dbClient.db().zoomConnection.findUniqueOrThrow({ where: { id: owner.connectionId } });
    expect(row.status).toBe("active");
    expect(row.lastRefreshedAt!.getTime()).toBeGreaterThan(owner.grant.requestedAtMs);
    await Promise.all(instances.map((i) => i.client.$disconnect()));
  });

  it("a renewal that loses to a newer sign-in stands down instead of marking the connection", async () => {
    const owner = await signIn(OWNER_EMAIL);
    // Hold the refresh at Zoom's door while the person signs in again (which revokes the old grant).
    await control(sandbox.url, "POST", "/faults", { path: "/oauth/token", method: "POST", delayMs: 1500, count: 1 });
    const renewing = m.vault.tokenSource(owner.connectionId).renew(owner.grant.tokens.accessToken);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await signIn(OWNER_EMAIL);
    await expect(renewing).resolves.toBe(again.grant.tokens.accessToken);
    const row = await m.dbClient.db().zoomConnection.findUniqueOrThrow({ where: { id: owner.connectionId } });
    expect(row.status).toBe("active");
  });

  it("keeps using a still-valid token when Zoom's token endpoint is down, and records why", async () => {
    const owner = await signIn(OWNER_EMAIL);
    await m.dbClient.db().zoomConnection.update({ where: { id: owner.connectionId }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    await control(sandbox.url, "POST", "/faults", { path: "/oauth/token", method: "POST", status: 503, count: 1 });
    await expect(m.vault.tokenSource(owner.connectionId).get()).resolves.toBe(owner.grant.tokens.accessToken);
    const row = await m.dbClient.db().zoomConnection.findUniqueOrThrow({ where: { id: owner.connectionId } });
    expect(row.status).toBe("active");
    expect(row.lastError).toMatch(/Renewing the token failed/);
  });
});

describe("when Zoom refuses the refresh token", () => {
  it("marks the connection 'needs reconnect' once, without crashing or retrying in a loop", async () => {
    const owner = await signIn(OWNER_EMAIL);
    // Someone else spends the refresh token (a copy restored from a backup, a second app…).
    const spent = await m.oauth.refreshGrant(owner.grant.tokens.refreshToken, SANDBOX_CLIENT);
    expect(spent.ok).toBe(true);
    await control(sandbox.url, "POST", "/tokens/expire", { token: owner.grant.tokens.accessToken });
    const before = await refreshGrantCount(sandbox.url);
    const ctx = contextOn(m.renew.createRenewer({ db: m.dbClient.db }), owner.connectionId);
    const error = await m.client.zoomFetch(ctx, "/users/me", { operation: "user" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "needs_reconnect" });
    expect(String((error as Error).message)).not.toContain(owner.grant.tokens.refreshToken);
    const row = await m.dbClient.db().zoomConnection.findUniqueOrThrow({ where: { id: owner.connectionId } });
    expect(row.status).toBe("needs_reconnect");
    expect(row.lastError).toMatch(/Invalid Token!/);
    // Later calls fail fast, without another grant attempt.
    await expect(m.vault.tokenSource(owner.connectionId).get()).rejects.toMatchObject({ code: "needs_reconnect" });
    expect(await refreshGrantCount(sandbox.url)).toBe(before);
    // Signing in again heals it.
    await signIn(OWNER_EMAIL);
    expect((await m.dbClient.db().zoomConnection.findUniqueOrThrow({ where: { id: owner.connectionId } })).status).toBe("active");
  });
});

describe("disconnect", () => {
  it("revokes at Zoom, deletes locally, and later calls fail cleanly", async () => {
    const member = await signIn(MEMBER_EMAIL);
    const token = await m.vault.tokenSource(member.connectionId).get();
    await expect(m.vault.revokeAndDelete(member.connectionId)).resolves.toEqual({ ok: true, revokedAtZoom: true });
    const afterRevoke = await fetch(`${sandbox.url}/v2/users/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(afterRevoke.status).toBe(401);
    await expect(m.vault.tokenSource(member.connectionId).get()).rejects.toMatchObject({ code: "needs_reconnect" });
    expect(await m.dbClient.db().zoomConnection.count({ where: { id: member.connectionId } })).toBe(0);
  });

  it("deletes nothing when Zoom cannot be reached to revoke", async () => {
    const member = await signIn(MEMBER_EMAIL);
    await control(sandbox.url, "POST", "/faults", { path: "/oauth/revoke", method: "POST", status: 503, count: 1 });
    const outcome = await m.vault.revokeAndDelete(member.connectionId);
    expect(outcome.ok).toBe(false);
    expect(await m.dbClient.db().zoomConnection.count({ where: { id: member.connectionId } })).toBe(1);
  });
});
