/**
 * What every /api/zoom route test file sets up: the sandbox harness, the app database (the write
 * budget lives there), no real sleeping between retries, and a clean slate before each test — no
 * faults, fresh rate limits, an unspent write budget. Call at the top level of a test file.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-type";
import { clientSettings } from "@/lib/zoom/client";
import { useAppDatabase as openAppDatabase, type AppDatabase } from "../../app-database";
import { startHarness, type Harness } from "./harness";
import { routeState, viewerFor } from "./route-calls";

export interface RouteStack {
  h: Harness;
  appDb: AppDatabase;
  /** The signed-in viewer (and their connections) for the route handlers: `role` in the workspace, `email` at Zoom. */
  actAs(role: Viewer["role"], email: string): Promise<void>;
}

export function routeStack(): RouteStack {
  const stack = {
    async actAs(role: Viewer["role"], email: string) {
      routeState.viewer = viewerFor(role, await stack.h.userId(email), email);
      routeState.user = await stack.h.user(email);
      routeState.account = stack.h.account;
    },
  } as RouteStack;
  beforeAll(async () => {
    stack.h = await startHarness();
    stack.appDb = await openAppDatabase();
    clientSettings.sleep = async () => {};
  });
  afterAll(async () => {
    await stack.h?.close();
    await stack.appDb?.release();
  });
  beforeEach(async () => {
    await stack.h.control("DELETE", "/faults");
    await stack.h.control("PUT", "/rate-limits", { hostDailyWrites: 100, resetCounters: true });
    await stack.appDb.client.hostWriteBudget.deleteMany();
  });
  return stack;
}
