/**
 * What a sandbox reachable from the network gives away: with `control: false` the whole
 * `/_sandbox` API is absent (even to a cross-origin text/plain POST, which needs no preflight), and
 * with `accountCredentials: "loopback"` the published credentials mint no account token for a
 * remote caller.
 */
import { describe, expect, it } from "vitest";
import { createSandbox } from "./index";
import { BASIC } from "./testing";

const base = "http://demo.test/sandbox";
const sandbox = (control: boolean) =>
  createSandbox({ baseUrl: base, basePath: "/sandbox", control, accountCredentials: "loopback", now: () => new Date("2027-02-01T12:00:00Z") });

const resetAsCrossOriginForm = () =>
  new Request(`${base}/_sandbox/reset`, { method: "POST", headers: { "content-type": "text/plain", origin: "http://evil.test" }, body: "{}" });

const accountGrant = () =>
  new Request(`${base}/oauth/token?grant_type=account_credentials&account_id=sandbox_account`, { method: "POST", headers: { authorization: BASIC } });

describe("control API switch", () => {
  it("answers 404 for every /_sandbox route when off, and leaves the data alone", async () => {
    const sb = sandbox(false);
    sb.state.meetings.splice(0, 1);
    const before = sb.state.meetings.length;
    const res = await sb.fetch(resetAsCrossOriginForm());
    expect(res.status).toBe(404);
    expect(sb.state.meetings).toHaveLength(before);
    for (const [method, path] of [["POST", "/faults"], ["GET", "/state/summary"], ["POST", "/clock"], ["POST", "/tokens/expire"], ["GET", "/users"]]) {
      const body = method === "GET" ? undefined : JSON.stringify({ path: "/users/{userId}", status: 500, advanceSeconds: 1, all: true });
      expect((await sb.fetch(new Request(`${base}/_sandbox${path}`, { method, body }))).status, `${method} ${path}`).toBe(404);
    }
  });

  it("works when on (the standalone test server's default)", async () => {
    const sb = sandbox(true);
    sb.state.meetings.splice(0, 1);
    const before = sb.state.meetings.length;
    expect((await sb.fetch(resetAsCrossOriginForm())).status).toBe(200);
    expect(sb.state.meetings).toHaveLength(before + 1);
  });
});

describe("account_credentials from loopback only", () => {
  it("refuses a remote or unknown caller with unauthorized_client", async () => {
    const sb = sandbox(false);
    for (const remoteAddress of ["203.0.113.9", "10.0.0.5", "::ffff:192.168.1.4", undefined]) {
      const res = await sb.fetch(accountGrant(), { remoteAddress });
      expect(res.status, String(remoteAddress)).toBe(400);
      expect(await res.json()).toMatchObject({ error: "unauthorized_client" });
    }
    expect(sb.counters.grants.account_credentials ?? 0).toBe(0);
  });

  it("issues the token to the server itself", async () => {
    const sb = sandbox(false);
    for (const remoteAddress of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      const res = await sb.fetch(accountGrant(), { remoteAddress });
      expect(res.status, remoteAddress).toBe(200);
      expect(((await res.json()) as { access_token: string }).access_token).toBeTruthy();
    }
  });
});
