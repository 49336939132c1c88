import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { TIME_ZONE_COOKIE } from "../lib/time-zone-cookie";

test.describe("platform", () => {
  test("health reports the database and which Zoom the dashboard talks to", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "ok", zoom: { mode: "zoom" } });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("an unknown page shows a helpful 404 with a way back", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the dashboard" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("signed-out visitors are sent to sign in", async ({ page }) => {
    await page.goto("/meetings");
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole("button", { name: /sign in with zoom/i })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("application shell", () => {
  test.use({ storageState: "e2e/.auth/owner.json" });

  const pages = [
    { link: "Home", path: "/" },
    { link: "Meetings", path: "/meetings" },
    { link: "Webinars", path: "/webinars" },
    { link: "Recordings", path: "/recordings" },
    { link: "Users", path: "/users" },
    { link: "Mail", path: "/mail" },
    { link: "Settings", path: "/settings" },
  ];

  for (const { link, path } of pages) {
    test(`${link} is reachable from the navigation and accessible`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path === "/" ? "/$" : path}`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }

  test("the header shows the workspace and the signed-in user, and the theme toggles", async ({ page }) => {
    await page.goto("/");
    const header = page.getByRole("banner");
    await expect(header.getByText(/workspace/i).first()).toBeVisible();
    const toggle = page.getByRole("button", { name: /switch to (dark|light) theme/i });
    const before = await page.evaluate(() => document.documentElement.classList.contains("dark"));
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(!before);
    await expectNoSeriousA11yViolations(page);
  });

  test("a chosen theme and the viewer's time zone are applied by the page's head, before any script bundle runs", async ({ page }) => {
    await page.goto("/");
    const toggle = page.getByRole("button", { name: /switch to (dark|light) theme/i });
    const dark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
    await toggle.click();
    await page.context().clearCookies({ name: TIME_ZONE_COOKIE });
    // Without the bundles React never runs: only the inline head scripts can set these.
    await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
    await page.reload({ waitUntil: "domcontentloaded" });
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark")), "the saved theme, before paint").toBe(!dark);
    expect((await page.context().cookies()).find((cookie) => cookie.name === TIME_ZONE_COOKIE)?.value).toBe(encodeURIComponent(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)));
  });

  test("on a phone-sized screen the navigation is a drawer", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    await page.getByRole("button", { name: "Open navigation" }).click();
    await expect(nav).toBeVisible();
    await nav.getByRole("link", { name: "Meetings", exact: true }).click();
    await expect(page).toHaveURL(/\/meetings/);
    await expect(nav).toBeHidden();
  });
});
