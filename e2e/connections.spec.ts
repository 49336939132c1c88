/** Settings → Connections: own connection, scopes, S2S, device codes, disconnect and the reconnect banner. */
import type { Locator, Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, runsAlone, test } from "./fixtures";
import { consentAs, people, signInAs, storageStates } from "./auth-flows";

const ownCard = (page: Page) => page.getByRole("region", { name: "Your Zoom connection" });
const accountCard = (page: Page) => page.getByRole("region", { name: "Account connection (Server-to-Server OAuth)" });
const banner = (page: Page) => page.getByRole("region", { name: "Zoom connection problems" });

test.describe("your own connection", () => {
  test.use({ storageState: storageStates.owner });

  test("shows kind, Zoom user, status, expiry, refresh time and scopes, and checks it against Zoom", async ({ page }) => {
    await page.goto("/settings/connections");
    const card = ownCard(page);
    await expect(card.getByText("Zoom sign-in (OAuth app)")).toBeVisible();
    await expect(card.getByText(`${people.owner.name} · ${people.owner.email}`)).toBeVisible();
    await expect(card.getByText("Active", { exact: true })).toBeVisible();
    await expect(card.getByText(/^in \d+ minutes$/)).toBeVisible();
    await expect(card.getByText(/^\d+ scopes$/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await card.getByRole("button", { name: "Check connection" }).click();
    await expect(card.getByRole("status").filter({ hasText: "Zoom answered" })).toHaveText(new RegExp(`Zoom answered as ${people.owner.name} \\(${people.owner.email}\\)`));
  });
});

test.describe("scopes", runsAlone, () => {
  test("says which features a missing scope disables", async ({ page, sandbox }) => {
    const { scopes } = await sandbox.control<{ scopes: string[] }>("GET", "/scopes");
    const withoutWebinars = scopes.filter((scope) => !scope.startsWith("webinar:"));
    await sandbox.control("PUT", "/scopes", { scopes: withoutWebinars });
    try {
      await signInAs(page, people.fewScopes);
      await page.goto("/settings/connections");
      await expect(ownCard(page).getByText(/Webinars\s*is disabled: it needs one of “webinar:read”/)).toBeVisible();
      await expect(ownCard(page).getByText(/Meetings\s*is disabled/)).toHaveCount(0);
    } finally {
      await sandbox.control("PUT", "/scopes", { scopes });
    }
  });
});

test.describe("Server-to-Server OAuth", runsAlone, () => {
  test.describe.configure({ mode: "serial" });

  test("the owner connects it; a wrong secret is explained at the field and what was typed stays", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStates.owner });
    const page = await context.newPage();
    await page.goto("/settings/connections");
    const card = accountCard(page);
    await card.getByLabel("Enter them here (the secret is stored encrypted)").check();
    await expect(card.getByLabel("Account ID")).toHaveValue("sandbox_account");
    await card.getByLabel("Client ID").fill("sandbox_client_id");
    await card.getByLabel("Client Secret").fill("not-the-secret");
    await card.getByRole("button", { name: "Connect Server-to-Server app" }).click();
    await expect(card.getByText(/Zoom refused the Client ID or Client Secret/)).toBeVisible();
    await expect(card.getByLabel("Client Secret")).toHaveAttribute("aria-invalid", "true");
    await expect(card.getByLabel("Client ID")).toHaveValue("sandbox_client_id");
    await expect(card.getByLabel("Client Secret")).toHaveValue("not-the-secret");
    await expectNoSeriousA11yViolations(page);

    await card.getByLabel("Client Secret").fill("sandbox_client_secret");
    await card.getByRole("button", { name: "Connect Server-to-Server app" }).click();
    await expect(page.getByText(`Connected to Zoom account sandbox_account (owner: ${people.owner.name}).`)).toBeVisible();
    await expect(card.getByText("Server-to-Server OAuth", { exact: true })).toBeVisible();
    await expect(card.getByText(`Found through “Get a user”: ${people.owner.name} · ${people.owner.email} (account owner)`)).toBeVisible();
    await expect(card.getByText("Entered here (secret stored encrypted)")).toBeVisible();
    await card.getByRole("button", { name: "Check connection" }).click();
    await expect(card.getByRole("status").filter({ hasText: "Zoom answered" })).toContainText(people.owner.email);
    await context.close();
  });

  test("admins see it but cannot change it", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStates.admin });
    const page = await context.newPage();
    await page.goto("/settings/connections");
    await expect(accountCard(page).getByText("Only the workspace owner can reconnect or disconnect it.")).toBeVisible();
    await expect(accountCard(page).getByRole("button", { name: "Disconnect" })).toHaveCount(0);
    await context.close();
  });

  test("when Zoom refuses its credentials, a banner says so and the owner reconnects in one click", async ({ browser, sandbox }) => {
    test.slow(); // two browsers, a token Zoom expires and refuses to renew, and an axe scan of the 100-row meetings page
    const admin = await browser.newContext({ storageState: storageStates.admin });
    const adminPage = await admin.newPage();
    await adminPage.goto("/settings/connections");
    const users = await sandbox.control<{ id: string; email: string }[]>("GET", "/users");
    // The S2S token dies at Zoom, and Zoom refuses the app once when it asks for a new one.
    await sandbox.control("POST", "/tokens/expire", { userId: users.find((u) => u.email === people.owner.email)!.id });
    await sandbox.armFault({ method: "POST", path: "/oauth/token", status: 401, body: { reason: "Invalid client_id or client_secret", error: "invalid_client" }, count: 1 });
    await accountCard(adminPage).getByRole("button", { name: "Check connection" }).click();
    await expect(banner(adminPage)).toContainText("The workspace's Server-to-Server connection needs attention: ask the owner to reconnect it.");
    await expect(banner(adminPage).getByRole("link", { name: "See connections" })).toBeVisible();
    await admin.close();

    const owner = await browser.newContext({ storageState: storageStates.owner });
    const page = await owner.newPage();
    await page.goto("/meetings");
    await expect(banner(page)).toContainText("The workspace's Server-to-Server connection needs to be reconnected.");
    await expectNoSeriousA11yViolations(page);
    await banner(page).getByRole("button", { name: "Reconnect account connection" }).click();
    await expect(page.getByText("The Server-to-Server connection works again.")).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    await owner.close();
  });

  test("the owner disconnects it: revoked at Zoom, gone here", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStates.owner });
    const page = await context.newPage();
    await page.goto("/settings/connections");
    await accountCard(page).getByRole("button", { name: "Disconnect" }).click();
    await page.getByRole("dialog", { name: "Disconnect the Server-to-Server connection?" }).getByRole("button", { name: "Disconnect" }).click();
    await expect(page.getByText("Disconnected: the token was revoked at Zoom and deleted here.")).toBeVisible();
    await expect(accountCard(page).getByRole("button", { name: "Connect Server-to-Server app" })).toBeVisible();
    await context.close();
  });
});

test.describe("device OAuth", () => {
  // Zoom asks for a poll every 5 s, which made each approval below wait 5 to 10 s of real time; the
  // sandbox asks for 1 s here. The interval rules themselves (slow_down, never sooner than asked)
  // are covered by lib/zoom-sandbox/oauth/oauth.test.ts and the device vault's tests.
  test.beforeEach(async ({ sandbox }) => {
    await sandbox.control("PUT", "/device-flow", { intervalSeconds: 1 });
  });
  test.afterEach(async ({ sandbox }) => {
    await sandbox.control("PUT", "/device-flow", { intervalSeconds: null });
  });

  /** Asks for a code once the panel is live, and returns the code it shows. */
  async function newDeviceCode(page: Page, card: Locator) {
    // The token expiry reads the browser's clock, so it shows only once the panel has hydrated; a
    // click before that would land on inert server HTML and be lost.
    await expect(ownCard(page).getByText(/^in \d+ minutes$/)).toBeVisible();
    await card.getByRole("button", { name: "Connect with a device code" }).click();
    const code = card.getByRole("status", { name: "Your device code" });
    await expect(code).toHaveText(/^[A-Z0-9]{8}$/);
    return (await code.textContent())!;
  }

  test("connects with a code approved on Zoom's verification page, and reports a denial", async ({ page }) => {
    // No clock to wait for any more, but more steps than its neighbours (a sign-in, two Zoom pages,
    // a reload and an axe scan): up to 45 s on a machine loaded 15 times over.
    test.setTimeout(90_000);
    await signInAs(page, people.device);
    await page.goto("/settings/connections");
    const card = page.getByRole("region", { name: "Connect with a device code" });
    const code = await newDeviceCode(page, card);
    // The app polls at the interval Zoom's answer asked for.
    await expect(card.getByText(/Waiting for approval — checking every second\./)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const [zoom] = await Promise.all([page.waitForEvent("popup"), card.getByRole("link", { name: "Zoom's verification page" }).click()]);
    await expect(zoom.getByLabel("Code")).toHaveValue(code);
    await zoom.getByLabel(`${people.device.name} (${people.device.email})`, { exact: true }).check();
    await zoom.getByRole("button", { name: "Approve" }).click();
    await expect(zoom.getByRole("heading", { name: "Device connected" })).toBeVisible();
    await zoom.close();

    await expect(card.getByText("Approved: your Zoom connection now uses the device code.")).toBeVisible();
    await expect(ownCard(page).getByText("Device code (Device OAuth)")).toBeVisible();

    await page.reload();
    const second = await newDeviceCode(page, card);
    const [deny] = await Promise.all([page.waitForEvent("popup"), card.getByRole("link", { name: "Zoom's verification page" }).click()]);
    await expect(deny.getByLabel("Code")).toHaveValue(second);
    await deny.getByRole("button", { name: "Deny" }).click();
    await expect(deny.getByRole("heading", { name: "Request denied" })).toBeVisible();
    await deny.close();
    await expect(card.getByRole("alert")).toHaveText(/Denied\. The request was denied on Zoom/);
    await expect(card.getByRole("button", { name: "Start again" })).toBeVisible();
  });
});

test.describe("disconnect and reconnect", runsAlone, () => {
  test("disconnecting revokes the token; the banner offers a one-click reconnect", async ({ page, sandbox }) => {
    await signInAs(page, people.disconnect);
    await page.goto("/settings/connections");
    await ownCard(page).getByRole("button", { name: "Disconnect" }).click();
    const dialog = page.getByRole("dialog", { name: "Disconnect your Zoom connection?" });
    await expect(dialog).toContainText("revokes the token at Zoom");
    // Escape cancels; a click on the backdrop beside the question does not.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await ownCard(page).getByRole("button", { name: "Disconnect" }).click();
    await page.mouse.click(5, 5);
    await expect(dialog).toBeVisible();
    // While Zoom is revoking (held 3 s here), Escape cannot take the dialog away.
    await sandbox.armFault({ method: "POST", path: "/oauth/revoke", delayMs: 3000 });
    await dialog.getByRole("button", { name: "Disconnect" }).click();
    await expect(dialog.getByRole("button", { name: "Working…" })).toBeDisabled();
    await page.keyboard.press("Escape");
    await expect(dialog.getByRole("button", { name: "Working…" })).toBeVisible();
    await expect(page.getByText("Disconnected: the token was revoked at Zoom and deleted here.")).toBeVisible();
    await expect(ownCard(page).getByText("Your Zoom account is not connected")).toBeVisible();
    const check = await page.request.get("/api/connections/check");
    expect(check.status()).toBe(409);
    expect((await check.json()).error.code).toBe("needs_reconnect");

    await page.goto("/meetings");
    await expect(banner(page)).toContainText("Your Zoom account is not connected");
    await banner(page).getByRole("button", { name: "Reconnect Zoom" }).click();
    await consentAs(page, people.disconnect);
    await expect(page).toHaveURL(/\/meetings$/);
    await expect(banner(page)).toHaveCount(0);
  });

  test("a refresh token Zoom no longer accepts shows the banner; reconnecting fixes it", async ({ page, sandbox }) => {
    await signInAs(page, people.staleToken);
    await page.goto("/settings/connections");
    const users = await sandbox.control<{ id: string; email: string }[]>("GET", "/users");
    await sandbox.control("POST", "/tokens/expire", { userId: users.find((u) => u.email === people.staleToken.email)!.id });
    await sandbox.armFault({ method: "POST", path: "/oauth/token", status: 400, body: { reason: "Invalid Token!", error: "invalid_grant" }, count: 1 });
    await ownCard(page).getByRole("button", { name: "Check connection" }).click();
    await expect(banner(page)).toContainText("Your Zoom connection needs to be reconnected");
    await expect(ownCard(page).getByText("Needs reconnect")).toBeVisible();
    await expect(ownCard(page).getByText(/Last error: Zoom no longer accepts this connection's refresh token \(Invalid Token!\)/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await banner(page).getByRole("button", { name: "Reconnect Zoom" }).click();
    await consentAs(page, people.staleToken);
    await expect(page).toHaveURL(/\/settings\/connections$/);
    await expect(banner(page)).toHaveCount(0);
    await expect(ownCard(page).getByText("Active", { exact: true })).toBeVisible();
  });
});
