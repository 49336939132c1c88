/**
 * Real `next start` processes of the production build: sign-in works from whatever address the
 * browser used when APP_URL is unset, other hosts are redirected when it is set, and sessions end
 * on the server — sign-out, "sign out everywhere", and removal (restoring a member does not revive
 * their old cookie). The two processes share one database, as instances behind a load balancer do:
 * each keeps the hot path in memory, and a change made through one is honoured by the other within
 * a second.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProcessStack, type ProcessStack } from "./stack";
import { ensureProductionBuild, signInOverHttp, signOutOverHttp, startDashboard, type DashboardProcess } from "./dashboard-process";
import { ADMIN_EMAIL, MEMBER_EMAIL, OWNER_EMAIL } from "./sandbox-oauth";
import type { SandboxServer } from "@/lib/zoom-sandbox/node-server";

let sandbox: SandboxServer;
let stack: ProcessStack;
let open: DashboardProcess; // no APP_URL
let fixed: DashboardProcess; // APP_URL=http://localhost:<port>

const at127 = (url: string) => url.replace("//localhost:", "//127.0.0.1:");
const api = (base: string, cookie: string, path = "/api/sessions", init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { cookie, origin: base, ...(init.headers ?? {}) }, redirect: "manual" });

beforeAll(async () => {
  ensureProductionBuild();
  stack = await startProcessStack();
  ({ sandbox } = stack);
  [open, fixed] = await Promise.all([startDashboard(stack.env, { appUrl: false }), startDashboard(stack.env)]);
}, 600_000);

afterAll(async () => {
  await Promise.all([open?.stop(), fixed?.stop()]);
  await stack?.stop();
});

describe("addresses", () => {
  it("without APP_URL, signs in from 127.0.0.1 as well as localhost", async () => {
    for (const base of [at127(open.url), open.url]) {
      const { cookie, authorizeUrl } = await signInOverHttp(base, sandbox.url, OWNER_EMAIL);
      expect(authorizeUrl.searchParams.get("redirect_uri")).toBe(`${base}/api/auth/callback/zoom`);
      expect((await api(base, cookie)).status).toBe(200);
    }
  });

  it("with APP_URL, a page asked for under another host is redirected to APP_URL", async () => {
    const res = await fetch(`${at127(fixed.url)}/meetings?tab=live`, { redirect: "manual" });
    expect([307, 308]).toContain(res.status);
    expect(res.headers.get("location")).toBe(`${fixed.url}/meetings?tab=live`);
    expect((await fetch(`${fixed.url}/signin`, { redirect: "manual" })).status).toBe(200);
  });

  it("sends a Content-Security-Policy with a fresh nonce on every page", async () => {
    const [a, b] = await Promise.all([fetch(`${fixed.url}/signin`), fetch(`${fixed.url}/signin`)]);
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toBe(b.headers.get("content-security-policy"));
    expect(a.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(await a.text()).toContain(`nonce="${nonce}"`);
  });
});

describe("sessions end on the server", () => {
  it("after sign-out the old cookie no longer works, for the API and for pages", async () => {
    const { cookie } = await signInOverHttp(fixed.url, sandbox.url, OWNER_EMAIL);
    expect((await api(fixed.url, cookie)).status).toBe(200);
    await signOutOverHttp(fixed.url, cookie);
    expect((await api(fixed.url, cookie)).status).toBe(401);
    const page = await fetch(`${fixed.url}/meetings`, { headers: { cookie }, redirect: "manual" });
    expect([302, 303, 307]).toContain(page.status);
    expect(page.headers.get("location")).toContain("/signin");
  });

  it("sign out everywhere ends every browser's session, including the one that asked", async () => {
    const first = await signInOverHttp(fixed.url, sandbox.url, MEMBER_EMAIL);
    const second = await signInOverHttp(fixed.url, sandbox.url, MEMBER_EMAIL);
    const count = await (await api(fixed.url, second.cookie)).json();
    expect(count.live).toBeGreaterThanOrEqual(2);
    const ended = await api(fixed.url, second.cookie, "/api/sessions", { method: "DELETE" });
    expect(ended.status).toBe(200);
    expect((await ended.json()).ended).toBeGreaterThanOrEqual(2);
    expect((await api(fixed.url, first.cookie)).status).toBe(401);
    expect((await api(fixed.url, second.cookie)).status).toBe(401);
  });

  it("a removed member who is restored does not get their pre-removal cookie back; only owners sign others out", async () => {
    const owner = await signInOverHttp(fixed.url, sandbox.url, OWNER_EMAIL);
    const member = await signInOverHttp(fixed.url, sandbox.url, MEMBER_EMAIL);
    const { members: list } = (await (await api(fixed.url, owner.cookie, "/api/workspace/members")).json()) as { members: { userId: string; email: string }[] };
    const memberId = list.find((m) => m.email === MEMBER_EMAIL)!.userId;
    const ownerId = list.find((m) => m.email === OWNER_EMAIL)!.userId;

    expect((await api(fixed.url, member.cookie, `/api/workspace/members/${ownerId}/sessions`, { method: "DELETE" })).status).toBe(403);
    expect((await api(fixed.url, owner.cookie)).status).toBe(200);

    expect((await api(fixed.url, owner.cookie, `/api/workspace/members/${memberId}`, { method: "DELETE" })).status).toBe(204);
    expect((await api(fixed.url, member.cookie)).status).toBe(401);
    expect((await api(fixed.url, owner.cookie, `/api/workspace/members/${memberId}/restore`, { method: "POST" })).status).toBe(204);
    expect((await api(fixed.url, member.cookie)).status).toBe(401);

    const again = await signInOverHttp(fixed.url, sandbox.url, MEMBER_EMAIL);
    expect((await api(fixed.url, again.cookie)).status).toBe(200);
    // "Last sign-in" is the newest session's start: this sign-in, not the owner's activity since.
    const lastSignIn = async () =>
      ((await (await api(fixed.url, owner.cookie, "/api/workspace/members")).json()) as { members: { userId: string; lastSignInAt: string }[] }).members.find((m) => m.userId === memberId)!.lastSignInAt;
    const signedInAt = await lastSignIn();
    expect(Date.now() - Date.parse(signedInAt)).toBeLessThan(60_000);
    await api(fixed.url, again.cookie, "/api/connections/check");
    await api(fixed.url, owner.cookie, `/api/workspace/members/${memberId}`, { method: "PATCH", body: JSON.stringify({ role: "admin" }), headers: { "content-type": "application/json" } });
    expect(await lastSignIn()).toBe(signedInAt);
    const signedOut = await api(fixed.url, owner.cookie, `/api/workspace/members/${memberId}/sessions`, { method: "DELETE" });
    expect(signedOut.status).toBe(200);
    expect((await api(fixed.url, again.cookie)).status).toBe(401);
  });

  it("refuses broken input to next-auth's endpoints with a JSON 4xx, not a 500", async () => {
    const badJson = await fetch(`${fixed.url}/api/auth/signin/zoom`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.code).toBe("bad_request");
    const wrongType = await fetch(`${fixed.url}/api/auth/signout`, { method: "POST", headers: { "content-type": "text/xml" }, body: "<x/>" });
    expect(wrongType.status).toBe(415);
    const { cookie } = await signInOverHttp(fixed.url, sandbox.url, OWNER_EMAIL);
    for (const path of ["/api/connections/abc%00def", "/api/connections/device/abc%00def", "/api/workspace/members/abc%00def"]) {
      const nul = await api(fixed.url, cookie, path, { method: "DELETE" });
      expect(nul.status).toBe(400);
    }
    const nullOrigin = await fetch(`${fixed.url}/api/sessions`, { method: "DELETE", headers: { cookie, origin: "null" } });
    expect(nullOrigin.status).toBe(403);
    const crossSite = await fetch(`${fixed.url}/api/sessions`, { method: "DELETE", headers: { cookie, origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    // Signed out, the session routes answer 401; an id that is nobody in this workspace, 404.
    expect((await fetch(`${fixed.url}/api/sessions`, { method: "DELETE", headers: { origin: fixed.url } })).status).toBe(401);
    expect((await api(fixed.url, cookie, "/api/workspace/members/someone-elsewhere/sessions", { method: "DELETE" })).status).toBe(404);
    expect((await api(fixed.url, cookie)).status).toBe(200);
    expect(fixed.output()).not.toMatch(/^\s+at /m);
  });
});

/** How long until `check` holds, polling; Infinity when it never did within `limitMs`. */
async function msUntil(check: () => Promise<boolean>, limitMs = 5_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Infinity;
}

describe("two instances, one database", () => {
  const listMeetings = (base: string, cookie: string) => api(base, cookie, "/api/zoom/meetings?type=scheduled&page_size=30", { signal: AbortSignal.timeout(10_000) });

  it("in the steady state a proxied list touches no table: it answers while every table is locked", async () => {
    const { cookie } = await signInOverHttp(fixed.url, sandbox.url, OWNER_EMAIL);
    for (const base of [fixed.url, open.url]) expect((await listMeetings(base, cookie)).status).toBe(200);
    const locker = new pg.Client({ connectionString: stack.database.url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      const { rows } = await locker.query<{ name: string }>("SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public'");
      await locker.query(`LOCK TABLE ${rows.map((row) => row.name).join(", ")} IN ACCESS EXCLUSIVE MODE`);
      // A request that read any table would wait for the lock, and this signal would end it.
      for (const base of [fixed.url, open.url]) {
        const answer = await listMeetings(base, cookie);
        expect(answer.status).toBe(200);
        expect((await answer.json()).meetings.length).toBeGreaterThan(0);
      }
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      await locker.end();
    }
  });

  it("a sign-out, a removal and a role change on one instance count on the other within a second", async () => {
    const owner = await signInOverHttp(fixed.url, sandbox.url, OWNER_EMAIL);
    const member = await signInOverHttp(fixed.url, sandbox.url, MEMBER_EMAIL);
    const other = open.url;
    // Both instances have the member's viewer, connection and token in memory.
    for (const base of [fixed.url, other]) expect((await listMeetings(base, member.cookie)).status).toBe(200);

    await signOutOverHttp(fixed.url, member.cookie);
    expect(await msUntil(async () => (await api(other, member.cookie)).status === 401)).toBeLessThan(1_000);

    const admin = await signInOverHttp(fixed.url, sandbox.url, ADMIN_EMAIL);
    const { members } = (await (await api(fixed.url, owner.cookie, "/api/workspace/members")).json()) as { members: { userId: string; email: string; role: string }[] };
    const adminRow = members.find((m) => m.email === ADMIN_EMAIL)!;
    const setRole = (role: string) =>
      api(fixed.url, owner.cookie, `/api/workspace/members/${adminRow.userId}`, { method: "PATCH", body: JSON.stringify({ role }), headers: { "content-type": "application/json" } });
    const usersOnOther = async () => (await api(other, admin.cookie, "/api/zoom/users?status=active")).status;
    if (adminRow.role !== "member") expect((await setRole("member")).status).toBeLessThan(300);
    expect(await msUntil(async () => (await usersOnOther()) === 403)).toBeLessThan(1_000);
    expect((await setRole("admin")).status).toBeLessThan(300);
    expect(await msUntil(async () => (await usersOnOther()) !== 403)).toBeLessThan(1_000);

    expect((await api(fixed.url, owner.cookie, `/api/workspace/members/${adminRow.userId}`, { method: "DELETE" })).status).toBe(204);
    expect(await msUntil(async () => (await api(other, admin.cookie)).status === 401)).toBeLessThan(1_000);
    expect((await api(fixed.url, owner.cookie, `/api/workspace/members/${adminRow.userId}/restore`, { method: "POST" })).status).toBe(204);
  });

  it("a disconnected Zoom connection stops serving on the other instance within a second", async () => {
    const member = await signInOverHttp(fixed.url, sandbox.url, MEMBER_EMAIL);
    const other = open.url;
    expect((await listMeetings(other, member.cookie)).status).toBe(200);
    const { own } = (await (await api(fixed.url, member.cookie, "/api/connections")).json()) as { own: { id: string } };
    expect((await api(fixed.url, member.cookie, `/api/connections/${own.id}`, { method: "DELETE" })).status).toBe(200);
    const refused = async () => {
      const answer = await listMeetings(other, member.cookie);
      return answer.status === 409 && (await answer.json()).error.code === "needs_reconnect";
    };
    expect(await msUntil(refused)).toBeLessThan(1_000);
  });
});
