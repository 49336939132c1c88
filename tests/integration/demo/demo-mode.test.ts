/**
 * Demo mode's exposure, through the real route handlers: the sandbox mounted at /sandbox hides its
 * control API unless ZOOM_SANDBOX_CONTROL=on and mints account tokens only for the server itself,
 * and the owner (only) resets the demo data from the dashboard instead.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { Viewer } from "@/lib/auth/viewer-type";

const state: { viewer: Viewer | null } = { viewer: null };
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer, viewerForCookie: async () => state.viewer }));

const dataDirs: string[] = [];
const BASIC = `Basic ${Buffer.from("sandbox_client_id:sandbox_client_secret").toString("base64")}`;
const APP = "http://localhost:3000";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A fresh dashboard module graph on `env` (lib/env.ts reads process.env once, at import). */
async function dashboard(env: Record<string, string>) {
  vi.resetModules();
  vi.unstubAllEnvs();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zoom-dash-demo-"));
  dataDirs.push(dataDir);
  for (const [key, value] of Object.entries({ DATA_DIR: dataDir, PORT: "3000", APP_URL: "", ZOOM_CLIENT_ID: "", ZOOM_CLIENT_SECRET: "", LOG_LEVEL: "error", ...env })) {
    vi.stubEnv(key, value);
  }
  (globalThis as { mountedSandbox?: unknown }).mountedSandbox = undefined;
  const mount = (await import("@/app/sandbox/[[...path]]/route")) as unknown as Record<string, Handler>;
  const demoReset = (await import("@/app/api/workspace/demo-reset/route")) as unknown as { POST: Handler };
  const { mountedSandbox } = await import("@/lib/server/sandbox-mount");
  const sandboxCall = (method: string, pathname: string, init: { headers?: Record<string, string>; body?: string } = {}) =>
    mount[method](new NextRequest(`${APP}/sandbox${pathname}`, { method, ...init }), { params: Promise.resolve({}) });
  const resetDemo = async () => {
    const res = await demoReset.POST(new NextRequest(`${APP}/api/workspace/demo-reset`, { method: "POST" }), { params: Promise.resolve({}) });
    return { status: res.status, body: (await res.json()) as { message?: string; error?: { code: string; message: string } } };
  };
  return { sandbox: () => mountedSandbox()!, sandboxCall, resetDemo };
}

const accountGrant = (xff?: string) => ({
  headers: { authorization: BASIC, ...(xff ? { "x-forwarded-for": xff } : {}) },
});
const grantPath = "/oauth/token?grant_type=account_credentials&account_id=sandbox_account";

const viewer = (role: Viewer["role"]): Viewer => ({
  userId: `u-${role}`,
  zoomUserId: "z",
  name: role,
  email: `${role}@example.test`,
  image: null,
  workspaceId: "w1",
  workspaceName: "Demo",
  role,
});

afterEach(() => {
  (globalThis as { mountedSandbox?: unknown }).mountedSandbox = undefined;
});
afterAll(() => {
  vi.unstubAllEnvs();
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the mounted sandbox", () => {
  it("has no control API by default: a cross-origin text/plain reset is a 404 and changes nothing", async () => {
    const demo = await dashboard({});
    demo.sandbox().state.meetings.splice(0, 1);
    const before = demo.sandbox().state.meetings.length;
    const res = await demo.sandboxCall("POST", "/_sandbox/reset", { headers: { "content-type": "text/plain", origin: "http://evil.test" }, body: "{}" });
    expect(res.status).toBe(404);
    const fault = await demo.sandboxCall("POST", "/_sandbox/faults", { headers: { "content-type": "application/json" }, body: JSON.stringify({ path: "/oauth/token", status: 500 }) });
    expect(fault.status).toBe(404);
    expect(demo.sandbox().state.meetings).toHaveLength(before);
  });

  it("has it when ZOOM_SANDBOX_CONTROL=on", async () => {
    const demo = await dashboard({ ZOOM_SANDBOX_CONTROL: "on" });
    demo.sandbox().state.meetings.splice(0, 1);
    const before = demo.sandbox().state.meetings.length;
    expect((await demo.sandboxCall("POST", "/_sandbox/reset", { body: "{}" })).status).toBe(200);
    expect(demo.sandbox().state.meetings).toHaveLength(before + 1);
  });

  it("mints account tokens with the published credentials only for the server itself", async () => {
    const demo = await dashboard({});
    for (const xff of [undefined, "198.51.100.7", "127.0.0.1, 198.51.100.7"]) {
      const res = await demo.sandboxCall("POST", grantPath, accountGrant(xff));
      expect(res.status, String(xff)).toBe(400);
      expect(await res.json()).toMatchObject({ error: "unauthorized_client" });
    }
    // What Next reports for the dashboard's own call over 127.0.0.1.
    expect((await demo.sandboxCall("POST", grantPath, accountGrant("127.0.0.1"))).status).toBe(200);
  });
});

describe("POST /api/workspace/demo-reset", () => {
  it("lets the owner reset the demo data and keeps their sign-in working", async () => {
    const demo = await dashboard({});
    const token = ((await (await demo.sandboxCall("POST", grantPath, accountGrant("127.0.0.1"))).json()) as { access_token: string }).access_token;
    const bearer = { authorization: `Bearer ${token}`, "x-forwarded-for": "127.0.0.1" };
    const created = await demo.sandboxCall("POST", "/v2/users/me/meetings", {
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({ topic: "Made in the demo", type: 2, start_time: "2030-01-02T15:00:00Z", duration: 30 }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };

    for (const role of ["admin", "member"] as const) {
      state.viewer = viewer(role);
      const refused = await demo.resetDemo();
      expect(refused.status, role).toBe(403);
      expect(refused.body.error?.code).toBe("forbidden");
    }
    expect((await demo.sandboxCall("GET", `/v2/meetings/${id}`, { headers: bearer })).status).toBe(200);

    state.viewer = viewer("owner");
    const done = await demo.resetDemo();
    expect(done.status).toBe(200);
    expect(done.body.message).toContain("starting point");
    expect((await demo.sandboxCall("GET", `/v2/meetings/${id}`, { headers: bearer })).status).toBe(404);
    expect((await demo.sandboxCall("GET", "/v2/users/me", { headers: bearer })).status).toBe(200);
  });

  it("is refused when the dashboard talks to Zoom", async () => {
    const real = await dashboard({ ZOOM_CLIENT_ID: "real_client", ZOOM_CLIENT_SECRET: "real_secret" });
    state.viewer = viewer("owner");
    const res = await real.resetDemo();
    expect(res.status).toBe(404);
    expect(res.body.error?.message).toContain("talks to Zoom");
  });
});
