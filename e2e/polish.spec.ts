/**
 * Small things a demanding admin notices: a deleted meeting's page, a webinar worded as a meeting,
 * a toast over the header's controls, and console errors while signing in.
 */
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { people, signInAs, storageStates } from "./auth-flows";
import { open, tomorrow, uniqueTopic, zoomApi } from "./meetings-support";

const OWNER = "olivia.bennett@brightwave.test";

// Several page loads and Zoom round trips per test: three times the usual budget on a loaded machine.
test.slow();

test.describe("signed in as the owner", () => {
  test.use({ storageState: storageStates.owner, timezoneId: "America/New_York" });

  test("a deleted meeting's page says so and leads back to the list, with no retry", async ({ page }) => {
    const topic = uniqueTopic("Deleted soon");
    const created = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/meetings`, { topic, type: 2, start_time: `${tomorrow()}T10:00:00`, timezone: "America/New_York", duration: 30 });
    expect(created.status).toBe(201);
    await open(page, `/meetings/${created.body.id}`);
    await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();

    // Deleted the way a person does it, from the page's own menu.
    await page.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: "Delete…" }).click();
    const deleted = page.waitForResponse((response) => response.request().method() === "DELETE" && response.url().includes(`/api/zoom/meetings/${created.body.id}`));
    await page.getByRole("dialog", { name: "Delete this meeting?" }).getByRole("button", { name: "Delete this meeting" }).click();
    expect((await deleted).status()).toBe(204);

    await open(page, `/meetings/${created.body.id}`);
    await expect(page.getByRole("heading", { name: "This meeting was deleted or does not exist" })).toBeVisible();
    await expect(page.getByText(/3001|tracking id|Meeting does not exist/)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Back to meetings" }).click();
    await expect(page).toHaveURL(/\/meetings$/);
  });

  test("a deleted webinar's page says so and leads back to the webinars", async ({ page }) => {
    const created = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/webinars`, { topic: uniqueTopic("Gone webinar"), type: 5, start_time: `${tomorrow()}T15:00:00`, timezone: "America/New_York", duration: 60 });
    expect(created.status).toBe(201);
    expect((await zoomApi("DELETE", `/webinars/${created.body.id}`)).status).toBe(204);

    await open(page, `/webinars/${created.body.id}`);
    await expect(page.getByRole("heading", { name: "This webinar was deleted or does not exist" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
    await page.getByRole("link", { name: "Back to webinars" }).click();
    await expect(page).toHaveURL(/\/webinars$/);
  });

  test("a webinar's page speaks of the webinar's time zone, not a meeting's", async ({ page }) => {
    const created = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/webinars`, { topic: uniqueTopic("Worded webinar"), type: 5, start_time: `${tomorrow()}T15:00:00`, timezone: "America/New_York", duration: 60 });
    expect(created.status).toBe(201);
    await open(page, `/webinars/${created.body.id}`);
    // In the viewer's own zone, so a wording like "the same as the …'s time zone" shows too.
    const when = page.getByRole("region", { name: "When" });
    await expect(when.getByText("Duration")).toBeVisible();
    await expect(when).toContainText("webinar's");
    await expect(when).not.toContainText("meeting's");
    await zoomApi("DELETE", `/webinars/${created.body.id}`);
  });

  for (const size of [
    { name: "desktop", width: 1280, height: 800 },
    { name: "phone", width: 390, height: 844 },
  ]) {
    test(`a success toast leaves the header's theme toggle and user menu uncovered (${size.name})`, async ({ page, context }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.setViewportSize({ width: size.width, height: size.height });
      await open(page, "/meetings");
      await expect(page.getByRole("status", { name: /^Loading/ })).toHaveCount(0);
      await page.getByLabel("Search meetings").fill("Leadership sync");
      // The search reads every page in the background and redraws the rows when it is done; a menu
      // opened on a row before that redraw goes with it.
      await expect(page.getByRole("status").filter({ hasText: /^Searched all/ })).toBeVisible();
      await page.getByRole("button", { name: "Actions for Leadership sync" }).first().click();
      // The keyboard path of the menu: focus starts on "Open"; "Copy join link" is the third item.
      await expect(page.getByRole("menuitem", { name: "Open" })).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await expect(page.getByRole("menuitem", { name: "Copy join link" })).toBeFocused();
      await page.keyboard.press("Enter");
      const toast = page.locator("[data-sonner-toast]").filter({ hasText: "Join link copied" });
      await expect(toast).toBeVisible();
      const banner = page.getByRole("banner");
      // The toast slides in from above; where it comes to rest is what a person sees.
      for (const control of [banner.getByRole("button", { name: /^Switch to (dark|light) theme$/ }), banner.getByRole("button", { name: /Olivia Bennett/ })]) {
        const name = (await control.getAttribute("aria-label")) ?? "the user menu";
        await expect.poll(async () => overlaps((await toast.boundingBox())!, (await control.boundingBox())!), { message: `the toast covers ${name}` }).toBe(false);
      }
    });
  }
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Console errors (a failed resource load is one) and HTTP errors, from every page of the context. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.context().on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.context().on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return errors;
}

test.describe("signing in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page and the whole sign-in log no error in the browser console", async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, "/signin");
    await expect(page.getByRole("button", { name: "Sign in with Zoom" })).toBeVisible();
    expect(errors, "while loading the sign-in page").toEqual([]);
    await signInAs(page, people.signInOut);
    expect(errors, "during the sign-in").toEqual([]);
  });
});

test.describe("times on a return visit", () => {
  test.use({ storageState: storageStates.owner, timezoneId: "Asia/Kolkata" });

  test("render on the server in the zone the browser gave, hydrate without an error, and follow the browser when it moved", async ({ page, browser }) => {
    const topic = uniqueTopic("Zone on the server");
    const created = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/meetings`, { topic, type: 2, start_time: "2030-01-15T10:00:00Z", timezone: "UTC", duration: 30 });
    expect(created.status).toBe(201);
    const path = `/meetings/${created.body.id}`;
    const errors = watchErrors(page);
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    const serverHtml = async (p: Page) => (await (await p.request.get(path)).text()).replaceAll("<!-- -->", "");

    // The first visit tells the dashboard the browser's zone; from then on the server renders in it.
    // 10:00 UTC is 3:30 PM in Kolkata (UTC+5:30).
    await open(page, path);
    await expect(page.getByText("3:30 PM your time")).toBeVisible();
    expect(await serverHtml(page)).toContain("3:30 PM your time");
    await page.reload();
    await expect(page.getByText("3:30 PM your time")).toBeVisible();
    expect(errors, "no hydration error on a page whose times the server rendered").toEqual([]);

    // The same person in Tokyo (UTC+9) with the cookie from Kolkata: the server still says 3:30 PM,
    // the browser corrects it to 7:00 PM as it hydrates, with no error, and remembers Tokyo.
    const travelled = await browser.newContext({ storageState: await page.context().storageState(), timezoneId: "Asia/Tokyo" });
    const there = await travelled.newPage();
    const thereErrors = watchErrors(there);
    there.on("pageerror", (error) => thereErrors.push(`page error: ${error.message}`));
    expect(await serverHtml(there)).toContain("3:30 PM your time");
    await open(there, path);
    await expect(there.getByText("7:00 PM your time")).toBeVisible();
    await expect(there.getByText("3:30 PM your time")).toHaveCount(0);
    expect(await serverHtml(there)).toContain("7:00 PM your time");
    expect(thereErrors, "no hydration error when the remembered zone is out of date").toEqual([]);
    await travelled.close();
  });
});
