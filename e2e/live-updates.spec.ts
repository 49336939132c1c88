/**
 * Live updates from Zoom's webhooks: the sandbox is subscribed to the dashboard's endpoint, so a
 * change made in one browser (or in the sandbox itself) reaches another open browser of the
 * workspace through server push, without a reload. Settings → Webhooks lists the deliveries.
 */
import { accountToken, api, OWNER } from "../lib/zoom-sandbox/testing";
import { expect, expectNoSeriousA11yViolations, sandbox, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open } from "./meetings-support";
import { E2E_WEBHOOK_SECRET, e2eStack } from "./stack";

const { appUrl } = e2eStack();

test.describe("live updates", () => {
  test.use({ storageState: storageStates.owner });

  let meetingId = "";

  test.beforeAll(async () => {
    await sandbox.control("PUT", "/webhooks/subscriptions", { url: `${appUrl}/api/zoom/webhooks`, secretToken: E2E_WEBHOOK_SECRET });
    const call = api(sandbox.url, (await accountToken(sandbox.url)).access_token);
    const created = await call("POST", `/users/${OWNER}/meetings`, { topic: "Live updates check-in", type: 2, start_time: "2031-03-04T15:00:00Z", duration: 30 });
    meetingId = String(((await created.json()) as { id: number }).id);
  });

  test.afterAll(async () => {
    await sandbox.control("POST", `/meetings/${meetingId}/live`, { action: "end" }).catch(() => undefined);
  });

  test("a change in one browser and a meeting going live in Zoom show in another without reload", async ({ browser }) => {
    const [editor, watcher] = [await browser.newContext({ storageState: storageStates.owner }), await browser.newContext({ storageState: storageStates.owner })];
    const [a, b] = [await editor.newPage(), await watcher.newPage()];
    await open(b, `/meetings/${meetingId}`);
    await expect(b.getByRole("heading", { level: 1, name: "Live updates check-in" })).toBeVisible();
    await open(a, `/meetings/${meetingId}`);

    const patched = await a.request.patch(`/api/zoom/meetings/${meetingId}`, { data: { topic: "Live updates check-in (moved)" }, headers: { origin: appUrl } });
    expect(patched.status()).toBe(204);
    await expect(b.getByRole("heading", { level: 1, name: "Live updates check-in (moved)" })).toBeVisible({ timeout: 3_000 });
    await expect(b.getByRole("status").filter({ hasText: "Updated just now" })).toBeVisible();

    await sandbox.control("POST", `/meetings/${meetingId}/live`, { action: "start" });
    await expect(b.getByText("Live", { exact: true }).first()).toBeVisible({ timeout: 3_000 });
    await editor.close();
    await watcher.close();
  });

  test("Settings → Webhooks shows the endpoint and the latest deliveries", async ({ page }) => {
    await sandbox.control("POST", "/webhooks/send", { event: "meeting.updated", payload: { account_id: "sandbox_account", object: { id: 1 } }, signature: "bad" });
    await open(page, "/settings/webhooks");
    await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();
    await expect(page.getByText(`${appUrl}/api/zoom/webhooks`)).toBeVisible();
    const deliveries = page.getByRole("region", { name: "Last deliveries" }).getByRole("table");
    await expect(deliveries.getByRole("row").filter({ hasText: "meeting.started" }).first()).toContainText("Accepted");
    await expect(deliveries.getByRole("row").filter({ hasText: "Bad signature" }).first()).toContainText("Not verified");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: test.info().outputPath("webhooks-settings.png"), fullPage: true });
  });
});

test.describe("live updates for a member", () => {
  test.use({ storageState: storageStates.member });

  test("has no webhook settings", async ({ page }) => {
    await open(page, "/settings/webhooks");
    await expect(page.getByRole("heading", { name: "Only the workspace owner can see the webhook settings" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" })).toHaveCount(0);
  });
});
