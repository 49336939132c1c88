/**
 * A real standalone sandbox over HTTP, plus ZoomContexts built from plain sandbox tokens (no vault):
 * enough to exercise lib/zoom/* and the route handlers the way production calls Zoom.
 */
import { startSandboxServer, type SandboxServer } from "@/lib/zoom-sandbox/node-server";
import { accountToken, control, userToken, userIdByEmail, ADMIN, MEMBER, OWNER } from "@/lib/zoom-sandbox/testing";
import type { ZoomContext } from "@/lib/zoom/context";

export { ADMIN, MEMBER, OWNER };

export interface Harness {
  server: SandboxServer;
  url: string;
  account: ZoomContext;
  user(email: string): Promise<ZoomContext>;
  userId(email: string): Promise<string>;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Calls per Zoom operationId since the last `resetCounters()`. */
  calls(): Promise<Record<string, number>>;
  resetCounters(): Promise<void>;
  close(): Promise<void>;
}

function context(url: string, token: string, kind: ZoomContext["kind"], zoomUserId: string | null, renew: () => Promise<string>): ZoomContext {
  let current = token;
  return {
    apiBaseUrl: `${url}/v2`,
    connectionId: `test-${kind}-${zoomUserId ?? "account"}`,
    kind,
    zoomUserId,
    scopes: [],
    tokens: {
      get: async () => current,
      renew: async () => (current = await renew()),
    },
  };
}

export async function startHarness(): Promise<Harness> {
  const server = await startSandboxServer({ port: 0 });
  const url = server.url;
  const account = context(url, (await accountToken(url)).access_token, "s2s", null, async () => (await accountToken(url)).access_token);
  const users = new Map<string, ZoomContext>();
  const harness: Harness = {
    server,
    url,
    account,
    async user(email) {
      if (!users.has(email)) {
        const id = await userIdByEmail(url, email);
        users.set(email, context(url, (await userToken(url, email)).access_token, "oauth", id, async () => (await userToken(url, email)).access_token));
      }
      return users.get(email)!;
    },
    userId: (email) => userIdByEmail(url, email),
    async control<T>(method: string, path: string, body?: unknown) {
      const res = await control(url, method, path, body);
      if (!res.ok) throw new Error(`control ${method} ${path}: ${res.status} ${await res.text()}`);
      const text = await res.text();
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async calls() {
      const counters = await harness.control<{ calls: Record<string, number> }>("GET", "/counters");
      return counters.calls;
    },
    async resetCounters() {
      await harness.control("DELETE", "/counters");
    },
    close: () => server.close(),
  };
  return harness;
}
