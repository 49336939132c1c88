import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSandboxServer } from "./node-server";
import { OWNER, accountToken, api, control, postForm, userToken } from "./testing";

const dir = mkdtempSync(path.join(tmpdir(), "zoom-sandbox-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("demo-mode persistence", () => {
  it("keeps meetings, tokens and configuration across a restart", async () => {
    const file = path.join(dir, "sandbox-state.json");
    const first = await startSandboxServer({ port: 0, persistPath: file });
    const user = await userToken(first.url, OWNER);
    const created = (await (await api(first.url, user.access_token)("POST", "/users/me/meetings", { topic: "Survives restarts" })).json()) as { id: number };
    await control(first.url, "PUT", "/rate-limits", { plan: "pro", registrantDailyAdds: 7, registrantCaps: { webinar: 500 } });
    await first.close();
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // It holds plaintext tokens.
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = await startSandboxServer({ port: 0, persistPath: file });
    const call = api(second.url, user.access_token);
    const again = await call("GET", `/meetings/${created.id}`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { topic: string }).topic).toBe("Survives restarts");
    const refreshed = await postForm(`${second.url}/oauth/token`, { grant_type: "refresh_token", refresh_token: user.refresh_token! });
    expect(refreshed.status).toBe(200);
    const limits = (await (await control(second.url, "GET", "/rate-limits")).json()) as Record<string, unknown>;
    expect(limits).toMatchObject({ plan: "pro", registrantDailyAdds: 7, registrantCaps: { meeting: 4999, webinar: 500 } });
    // New ids never collide with saved ones.
    const next = (await (await call("POST", "/users/me/meetings", { topic: "After restart" })).json()) as { id: number };
    expect(next.id).not.toBe(created.id);
    await second.close();
  });

  it("gives a file saved before the registrant limits existed their defaults", async () => {
    const file = path.join(dir, "old-state.json");
    const first = await startSandboxServer({ port: 0, persistPath: file });
    await first.close();
    const saved = JSON.parse(readFileSync(file, "utf8"));
    delete saved.config.registrantCaps;
    delete saved.config.rateLimits.registrantDailyAdds;
    delete saved.config.rateLimits.registrantDailyStatusUpdates;
    writeFileSync(file, JSON.stringify(saved));
    const second = await startSandboxServer({ port: 0, persistPath: file });
    const limits = (await (await control(second.url, "GET", "/rate-limits")).json()) as Record<string, unknown>;
    expect(limits).toMatchObject({ registrantDailyAdds: 3, registrantDailyStatusUpdates: 10, registrantCaps: { meeting: 4999, webinar: 10000 } });
    await second.close();
  });

  it("without persistPath, reset() returns to the same seed", async () => {
    const server = await startSandboxServer({ port: 0, now: () => new Date("2027-02-01T12:00:00Z") });
    const before = JSON.stringify(server.sandbox.state.users);
    const meetingsBefore = server.sandbox.state.meetings.length;
    const call = api(server.url, (await accountToken(server.url)).access_token);
    await call("POST", "/users/me/meetings", { topic: "Temporary" });
    expect(server.sandbox.state.meetings.length).toBe(meetingsBefore + 1);
    server.sandbox.reset();
    expect(server.sandbox.state.meetings.length).toBe(meetingsBefore);
    expect(JSON.stringify(server.sandbox.state.users)).toBe(before);
    await server.close();
  });

  it("builds the same account from the same seed", async () => {
    const now = () => new Date("2027-02-01T12:00:00Z");
    const a = await startSandboxServer({ port: 0, now, seed: 7 });
    const b = await startSandboxServer({ port: 0, now, seed: 7 });
    expect(JSON.stringify(a.sandbox.state.meetings)).toBe(JSON.stringify(b.sandbox.state.meetings));
    await Promise.all([a.close(), b.close()]);
  });
});
