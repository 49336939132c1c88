/**
 * Shared Playwright fixtures: the sandbox's control API and an accessibility check.
 * Specs import `test` and `expect` from here instead of @playwright/test.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import type { z } from "zod";
import type { faultInput } from "../lib/zoom-sandbox/faults";
import { e2eStack } from "./stack";

const { sandboxUrl } = e2eStack();

export interface SandboxControl {
  url: string;
  /** Calls `/_sandbox{path}` (reset, clock, faults, counters, live meetings…) and returns its JSON. */
  control<T = unknown>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: unknown): Promise<T>;
  /**
   * Arms a fault (`POST /faults`) that is disarmed, by its id, when the test ends. Two workers run
   * specs side by side, so a test never disarms every fault: that would take another test's.
   */
  armFault(input: z.input<typeof faultInput>): Promise<{ id: number }>;
  /** Disarms the faults this test armed (also done after every test). */
  disarmFaults(): Promise<void>;
}

/** The faults armed by the test running in this worker (a worker runs one test at a time). */
const armedFaults: number[] = [];

export const sandbox: SandboxControl = {
  url: sandboxUrl,
  async control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${sandboxUrl}/_sandbox${path}`, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox control ${method} ${path} answered ${response.status}: ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  },
  async armFault(input) {
    const fault = await this.control<{ id: number }>("POST", "/faults", input);
    armedFaults.push(fault.id);
    return fault;
  },
  async disarmFaults() {
    for (const id of armedFaults.splice(0)) {
      const response = await fetch(`${sandboxUrl}/_sandbox/faults/${id}`, { method: "DELETE" });
      // 404: it has already fired as many times as it was armed for.
      if (response.status !== 204 && response.status !== 404) throw new Error(`sandbox control DELETE /faults/${id} answered ${response.status}`);
    }
  },
};

/**
 * Every `page.goto` waits until the page is quiet. A click or a select on server-rendered HTML
 * before React has hydrated it does nothing, which a person would not notice on a fast machine but
 * a test on a loaded one does. Patched once per worker on the Page prototype, so pages opened with
 * `browser.newContext()` get it too.
 */
function settleAfterNavigation(page: Page) {
  const proto = Object.getPrototypeOf(page) as Page & { __settles?: boolean };
  if (proto.__settles) return;
  proto.__settles = true;
  const goto = proto.goto;
  proto.goto = async function (this: Page, url: string, options?: Parameters<Page["goto"]>[1]) {
    const response = await goto.call(this, url, options);
    // Not lower: polling pages still go quiet (500 ms without a request) between polls, so the cap
    // is reached only by a page still loading, where returning early lets a click land on
    // unhydrated HTML. On a loaded machine, /settings/connections took 3.5–3.8 s to go quiet.
    await this.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    return response;
  };
}

export const test = base.extend<{ sandbox: SandboxControl; faultsDisarmed: void }, { settledNavigation: void }>({
  sandbox: async ({ browserName: _ }, provide) => provide(sandbox),
  faultsDisarmed: [
    async ({ browserName: _ }, provide) => {
      await provide();
      await sandbox.disarmFaults();
    },
    { auto: true },
  ],
  settledNavigation: [
    async ({ browser }, provide) => {
      const context = await browser.newContext();
      settleAfterNavigation(await context.newPage());
      await context.close();
      await provide();
    },
    { scope: "worker", auto: true },
  ],
});

export { expect };

/**
 * For a test that changes what the whole sandbox or workspace does while it runs: scopes granted
 * at consent, the hosts' daily write limit, the call counters, a fault matched by operation rather
 * than by its own meeting, a member's role, or a list total it counts to the last row — or that
 * loads the machine so hard that the test beside it would starve (1,200 rows). Two workers
 * run the other specs side by side; these run afterwards, one at a time, in the "alone" project
 * (playwright.config.ts). A fault on the test's own meeting or registrant does not need it.
 */
export const runsAlone = { tag: "@alone" } as const;

/** Fails with the list of serious and critical axe violations on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // A button caught half-way through its colour transition (disabled → enabled) reads as low
  // contrast: check the page as it settles. Only transitions end; spinners' animations never do.
  // A toast that has just been added starts its fade-in a frame or two later (sonner marks it
  // mounted in an effect), so look again after two frames until nothing is moving.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let round = 0; round < 5; round++) {
      await frame();
      await frame();
      const moving = document.getAnimations().filter((a) => a instanceof CSSTransition && a.playState !== "finished");
      // A sonner toast fades in once it is marked mounted; until then it sits there transparent.
      const entering = document.querySelectorAll('[data-sonner-toast]:not([data-mounted="true"])').length;
      if (moving.length === 0 && entering === 0) return;
      await Promise.all(moving.map((a) => a.finished.catch(() => undefined)));
    }
  });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join("; ")}`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
