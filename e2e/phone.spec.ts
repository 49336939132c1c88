/**
 * Phones (the "phone" project: 390×844, touch, mobile layout viewport): every page fits the
 * screen. Nothing scrolls sideways and nothing sticks out past the right edge, whether tables
 * (cards below md), tabs, a meeting's detail or the forms.
 */
import type { Page, TestInfo } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open } from "./meetings-support";

test.use({ storageState: storageStates.owner, timezoneId: "America/New_York" });
// Each test walks several pages, each loaded until quiet: three times the usual budget.
test.slow();

/** Waits for loading placeholders to go, then checks the page is no wider than the phone. */
async function expectFits(page: Page, what: string) {
  await expect(page.getByRole("status", { name: /^Loading/ })).toHaveCount(0);
  // Skeleton blocks (divs); the live badge's pulsing dot is a span and stays.
  await expect(page.locator("div.animate-pulse")).toHaveCount(0);
  const width = page.viewportSize()!.width;
  const layout = await page.evaluate(() => {
    const viewport = window.innerWidth;
    // An element past the right edge that no ancestor clips or scrolls (those are reachable).
    const clipped = (el: Element) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible" && parent.getBoundingClientRect().right <= viewport + 1) return true;
      }
      return false;
    };
    const sticking = [...document.body.querySelectorAll("*")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > viewport + 1 && !clipped(el);
      })
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ends at ${Math.round(el.getBoundingClientRect().right)} px`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: viewport, sticking };
  });
  expect(layout.scrollWidth, `${what}: the page is ${layout.scrollWidth} px wide on a ${width} px phone`).toBeLessThanOrEqual(width);
  expect(layout.innerWidth, `${what}: the layout viewport grew past the phone's width`).toBe(width);
  expect(layout.sticking, `${what}: elements past the right edge`).toEqual([]);
}

async function visit(page: Page, path: string, what: string) {
  await open(page, path);
  await expect(page.getByRole("main")).toBeVisible();
  await expectFits(page, what);
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(`phone-${name}`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

/** The first item of a list page, by the link in its first row (a card on a phone). */
async function openFirstItem(page: Page, listPath: string, caption: string) {
  await open(page, listPath);
  const table = page.getByRole("table", { name: caption });
  const href = await table.getByRole("row").nth(1).getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/(meetings|webinars)\/\d+$/);
  await open(page, href!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return href!;
}

test("the meetings list and each of its tabs fit a phone", async ({ page }, testInfo) => {
  await visit(page, "/meetings", "meetings list");
  const tabs = page.getByRole("tablist", { name: "Meeting lists" });
  for (const name of ["Live", "Previous", "All scheduled", "Upcoming"]) {
    await tabs.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
    await expect(tabs.getByRole("tab", { name: new RegExp(`^${name}`) })).toHaveAttribute("aria-selected", "true");
    await expectFits(page, `meetings list, ${name} tab`);
  }
  // Every tab is fully on screen, none cut off at the edge.
  for (const tab of await tabs.getByRole("tab").all()) {
    const box = (await tab.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  // No axe run here: a hundred cards take axe minutes; the desktop specs check the list's markup.
  await attachScreenshot(page, testInfo, "list");
});

test("a meeting, its edit form and sub-pages fit a phone", async ({ page }, testInfo) => {
  const meeting = await openFirstItem(page, "/meetings", "Upcoming meetings");
  await expectFits(page, "meeting detail");
  // The header's actions: Start on its own line, the rest side by side on the next.
  const start = (await page.getByRole("button", { name: "Start meeting" }).boundingBox())!;
  const copy = (await page.getByRole("button", { name: "Copy invitation" }).boundingBox())!;
  const more = (await page.getByRole("button", { name: "More actions" }).boundingBox())!;
  expect(copy.y).toBeGreaterThan(start.y + start.height - 1);
  expect(Math.abs(copy.y - more.y)).toBeLessThan(copy.height);
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, testInfo, "detail");

  await visit(page, `${meeting}/edit`, "meeting edit");
  await expect(page.getByLabel("Topic")).toBeVisible();
  await visit(page, `${meeting}/registrants`, "meeting registrants");
  await visit(page, `${meeting}/recordings`, "meeting recordings");
});

test("meeting templates and the schedule form fit a phone", async ({ page }, testInfo) => {
  await visit(page, "/meetings/templates", "templates");
  await visit(page, "/meetings/new", "schedule a meeting");
  await expect(page.getByLabel("Topic")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await attachScreenshot(page, testInfo, "form");
});

test("webinars: the list, a webinar, its sub-pages and the forms fit a phone", async ({ page }) => {
  await visit(page, "/webinars", "webinars list");
  const tabs = page.getByRole("tablist", { name: "Webinar lists" });
  await tabs.getByRole("tab", { name: /^All scheduled/ }).click();
  await expectFits(page, "webinars list, All scheduled tab");

  const webinar = await openFirstItem(page, "/webinars", "Upcoming webinars");
  await expectFits(page, "webinar detail");
  await visit(page, `${webinar}/edit`, "webinar edit");
  await visit(page, `${webinar}/registrants`, "webinar registrants");
  await visit(page, `${webinar}/recordings`, "webinar recordings");
  await visit(page, "/webinars/new", "schedule a webinar");
});

test("home and users fit a phone", async ({ page }) => {
  await visit(page, "/", "home");
  await visit(page, "/users", "users");
  await expect(page.getByRole("table", { name: "Active users" })).toBeVisible();
});

test("settings, recordings and mail fit a phone", async ({ page }) => {
  await visit(page, "/settings", "settings: profile");
  await visit(page, "/settings/connections", "settings: connections");
  await visit(page, "/settings/members", "settings: members");
  await visit(page, "/recordings", "recordings");
  await visit(page, "/mail", "mail");
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page fits a phone", async ({ page }) => {
    await open(page, "/signin");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectFits(page, "sign in");
  });
});
