/**
 * The refresh race with two real dashboard processes (`next start` of the production build)
 * sharing one PostgreSQL, talking real HTTP to the Zoom sandbox: Zoom expires the token, 50
 * concurrent requests to a real dashboard route are split across both processes, and the
 * sandbox sees exactly one refresh request — and every request succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { TestDatabase } from "../../db";
import { startProcessStack, type ProcessStack } from "./stack";
import { ensureProductionBuild, signInOverHttp, startDashboard, type DashboardProcess } from "./dashboard-process";
import { control, countTokenRequests, OWNER_EMAIL, refreshGrantCount, sandboxUserId } from "./sandbox-oauth";
import { open } from "@/lib/crypto/aes-gcm";
import type { SandboxServer } from "@/lib/zoom-sandbox/node-server";

const REQUESTS = 50;
let sandbox: SandboxServer;
let database: TestDatabase;
let stack: ProcessStack;
let tokenKey: Buffer;
const dashboards: DashboardProcess[] = [];

beforeAll(async () => {
  ensureProductionBuild();
  stack = await startProcessStack();
  ({ sandbox, database, tokenKey } = stack);
  // Both instances share the session secret and the token keys, as in any multi-instance deployment.
  dashboards.push(...(await Promise.all([startDashboard(stack.env), startDashboard(stack.env)])));
}, 300_000);

afterAll(async () => {
  await Promise.all(dashboards.map((d) => d.stop()));
  await stack?.stop();
});

/** The plaintext tokens the dashboards hold, opened with the key this test gave them. */
async function storedTokens(): Promise<{ access: string; refresh: string | null }[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ accessTokenEnc: string; refreshTokenEnc: string | null }>(`SELECT "accessTokenEnc", "refreshTokenEnc" FROM "ZoomConnection"`);
    const keys = [{ id: "k1", key: tokenKey }];
    return rows.map((row) => ({
      access: open(row.accessTokenEnc, keys, "ZoomConnection.accessTokenEnc"),
      refresh: row.refreshTokenEnc ? open(row.refreshTokenEnc, keys, "ZoomConnection.refreshTokenEnc") : null,
    }));
  } finally {
    await client.end();
  }
}

describe("two dashboard processes, one database", () => {
  it("signs in with PKCE (S256), state and Zoom's empty scope, into an httpOnly SameSite=Lax session cookie", async () => {
    const [a] = dashboards as [DashboardProcess];
    const { authorizeUrl, sessionCookieLine } = await signInOverHttp(a.url, sandbox.url, OWNER_EMAIL);
    expect(authorizeUrl.origin + authorizeUrl.pathname).toBe(`${sandbox.url}/oauth/authorize`);
    expect(authorizeUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorizeUrl.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorizeUrl.searchParams.get("state")).toBeTruthy();
    expect(authorizeUrl.searchParams.get("scope")).toBe("");
    expect(sessionCookieLine).toMatch(/HttpOnly/i);
    expect(sessionCookieLine).toMatch(/SameSite=Lax/i);
    // Plain http here; behind https (APP_URL=https://…) the cookie is `__Secure-…; Secure`.
    expect(sessionCookieLine).not.toMatch(/;\s*Secure/i);
  });

  it(`${REQUESTS} concurrent requests after Zoom expired the token → one refresh, all succeed`, async () => {
    const [a, b] = dashboards as [DashboardProcess, DashboardProcess];
    const { cookie } = await signInOverHttp(a.url, sandbox.url, OWNER_EMAIL);
    const warm = await fetch(`${b.url}/api/connections/check`, { headers: { cookie } });
    expect(warm.status, await warm.clone().text()).toBe(200);

    await control(sandbox.url, "POST", "/tokens/expire", { userId: await sandboxUserId(sandbox.url, OWNER_EMAIL) });
    const grantsBefore = await refreshGrantCount(sandbox.url);
    const tokenRequests = await countTokenRequests(sandbox.url, { delayMs: 300 });
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) => fetch(`${(i % 2 ? b : a).url}/api/connections/check`, { headers: { cookie } })),
    );
    const elapsedMs = Date.now() - started;
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ email?: string; error?: { code: string } }>));
    const refreshRequests = await tokenRequests();
    const refreshGrants = (await refreshGrantCount(sandbox.url)) - grantsBefore;
    await control(sandbox.url, "DELETE", "/faults");

    // The figures for the note: requests, instances, refresh requests and grants Zoom saw.
    console.log(`[refresh race] requests=${REQUESTS} instances=${dashboards.length} refreshRequests=${refreshRequests} refreshGrants=${refreshGrants} elapsedMs=${elapsedMs}`);
    expect(responses.map((r) => r.status)).toEqual(Array(REQUESTS).fill(200));
    expect(bodies.every((body) => body.email === OWNER_EMAIL)).toBe(true);
    expect(refreshRequests).toBe(1);
    expect(refreshGrants).toBe(1);

    const overview = (await (await fetch(`${a.url}/api/connections`, { headers: { cookie } })).json()) as { own: { status: string; lastError: string | null } };
    expect(overview.own).toMatchObject({ status: "active", lastError: null });
  });

  it("a reused refresh token marks the connection 'needs reconnect' on both processes, without crashing", async () => {
    const [a, b] = dashboards as [DashboardProcess, DashboardProcess];
    const { cookie } = await signInOverHttp(b.url, sandbox.url, OWNER_EMAIL);
    // Someone spends the stored refresh token behind the dashboard's back (Zoom refresh tokens are single-use).
    const [stored] = await storedTokens();
    const spent = await fetch(`${sandbox.url}/oauth/token`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from("sandbox_client_id:sandbox_client_secret").toString("base64")}` },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: stored!.refresh! }),
    });
    expect(spent.status).toBe(200);
    await control(sandbox.url, "POST", "/tokens/expire", { token: stored!.access });

    const first = await fetch(`${a.url}/api/connections/check`, { headers: { cookie } });
    expect(first.status).toBe(409);
    const body = (await first.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("needs_reconnect");
    const second = await fetch(`${b.url}/api/connections/check`, { headers: { cookie } });
    expect(second.status).toBe(409);
    const alerts = (await (await fetch(`${b.url}/api/connections/alerts`, { headers: { cookie } })).json()) as { alerts: { level: string }[] };
    expect(alerts.alerts).toEqual([expect.objectContaining({ level: "user" })]);

    // Both processes are still healthy, and neither logged or answered with a token.
    for (const dashboard of dashboards) expect((await fetch(`${dashboard.url}/api/health`)).ok).toBe(true);
    for (const secret of [stored!.access, stored!.refresh!]) {
      expect(a.output() + b.output()).not.toContain(secret);
      expect(body.error.message).not.toContain(secret);
    }
  });
});
