/**
 * The meeting, webinar and user lists as a demanding admin uses them: a search finds what is on
 * pages not loaded yet, a pasted meeting ID is looked up directly, and search, tab and filters live
 * in the URL — a reload keeps them and Back returns to the previous tab.
 */
import { expect, expectNoSeriousA11yViolations, runsAlone, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open, uniqueTopic, zoomApi } from "./meetings-support";

test.use({ storageState: storageStates.owner, timezoneId: "America/New_York" });
// Each test loads lists of 270+ items page by page and reloads or goes back; on the shared 2-core
// machines the suite runs on, that outlasts the default 45 s even when nothing is wrong.
test.slow();

const OWNER = "olivia.bennett@brightwave.test";
const DAY = 86_400_000;

/** A start `days` ahead of the sandbox's own clock, as Zoom's `yyyy-MM-ddTHH:mm:ssZ`. */
async function startInDays(sandbox: { control<T>(method: "GET", path: string): Promise<T> }, days: number) {
  const { now } = await sandbox.control<{ now: string }>("GET", "/clock");
  return new Date(Date.parse(now) + days * DAY).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Zoom prints meeting IDs as 3-4-4 (or 3-3-3/3-3-4) digit groups; people paste them that way. */
const spaced = (id: number) => String(id).replace(/^(\d{3})(\d{3,4})(\d{3,4})$/, "$1 $2 $3");

test.describe("meetings search", () => {
  test("finds a new meeting that sits beyond the loaded page, by topic", runsAlone, async ({ page, sandbox }) => {
    const topic = uniqueTopic("Board prep");
    // Five and a half months ahead: still Upcoming, but sorted far past the first page.
    const created = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/meetings`, { topic, type: 2, start_time: await startInDays(sandbox, 170), timezone: "America/New_York", duration: 30 });
    expect(created.status).toBe(201);

    // The table also lists live meetings (to mark them), fetched once the page is interactive.
    const liveListed = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/zoom/meetings" && new URL(response.url()).searchParams.get("type") === "live");
    await open(page, "/meetings");
    const footer = page.getByText(/^Showing [\d,]+ of [\d,]+ meetings$/);
    await expect(footer).toHaveText(/^Showing 100 of/);
    const total = Number((await footer.textContent())!.match(/of ([\d,]+)/)![1]!.replaceAll(",", ""));
    expect(total).toBeGreaterThan(100);
    await expect(page.getByRole("link", { name: topic })).toHaveCount(0);
    // Armed after that list is in: a slow answer meant for the search must not go to it instead.
    await liveListed;

    // Slow Zoom down for the next page so the search's progress can be seen.
    await sandbox.armFault({ method: "GET", path: "meetings", delayMs: 1500, count: 1 });
    await page.getByLabel("Search meetings").fill(topic);
    const status = page.getByRole("status").filter({ hasText: /Search/ });
    await expect(status).toHaveText(`Searching all ${total.toLocaleString("en-US")} meetings…`);
    await expect(page.getByRole("link", { name: topic })).toBeVisible();
    await expect(status).toHaveText(`Searched all ${total.toLocaleString("en-US")} meetings.`);
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Search meetings").fill(`${topic} nothing like it`);
    await expect(page.getByRole("table", { name: "Upcoming meetings" })).toContainText(`Nothing matches “${topic} nothing like it”.`);
  });

  test("a pasted meeting ID is looked up directly, and an unknown one says so", async ({ page, sandbox }) => {
    const topic = uniqueTopic("Investor call");
    const created = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/meetings`, { topic, type: 2, start_time: await startInDays(sandbox, 160), timezone: "America/New_York", duration: 45 });
    expect(created.status).toBe(201);

    await open(page, "/meetings");
    await page.getByLabel("Search meetings").fill(spaced(created.body.id));
    const table = page.getByRole("table", { name: "Upcoming meetings" });
    await expect(table.getByRole("link", { name: topic })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(2);

    const unknown = created.body.id === 99999999999 ? 99999999998 : 99999999999;
    await page.getByLabel("Search meetings").fill(spaced(unknown));
    await expect(table).toContainText(`No meeting with ID ${spaced(unknown)}.`);
  });

  test("the search survives a reload", async ({ page }) => {
    await open(page, "/meetings?tab=scheduled");
    await page.getByLabel("Search meetings").fill("Daily standup");
    await expect(page).toHaveURL(/[?&]q=Daily(\+|%20)standup/);
    await page.reload();
    await expect(page.getByLabel("Search meetings")).toHaveValue("Daily standup");
    await expect(page.getByRole("tab", { name: /All scheduled/ })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("table", { name: "All scheduled meetings" }).getByRole("link", { name: "Daily standup" }).first()).toBeVisible();
  });

  test("a result clicked straight after typing opens, and Back returns to the search", async ({ page }) => {
    await open(page, "/meetings?tab=scheduled");
    await page.getByLabel("Search meetings").fill("Daily standup");
    // No pause: the search has not been written to the URL yet when the row is clicked.
    await page.getByRole("link", { name: "Daily standup" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Daily standup" })).toBeVisible();
    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await page.goBack();
    await expect(page.getByLabel("Search meetings")).toHaveValue("Daily standup");
    await expect(page).toHaveURL(/[?&]q=Daily(\+|%20)standup/);
  });

  test("each tab is a history entry: Back returns to the previous tab, typing adds none", async ({ page }) => {
    await open(page, "/");
    await open(page, "/meetings");
    const tab = (name: RegExp) => page.getByRole("tab", { name });
    await tab(/Previous/).click();
    await expect(tab(/Previous/)).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/tab=previous_meetings/);
    await tab(/All scheduled/).click();
    await expect(tab(/All scheduled/)).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/tab=scheduled/);
    await page.getByLabel("Search meetings").fill("Daily");
    await expect(page).toHaveURL(/q=Daily/);

    await page.goBack();
    await expect(tab(/Previous/)).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/tab=previous_meetings/);
    await expect(page.getByLabel("Search meetings")).toHaveValue("");
    await page.goBack();
    await expect(tab(/Upcoming/)).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/\/meetings$/);
    await page.goBack();
    await expect(page).not.toHaveURL(/\/meetings/);
  });
});

test("webinars: a pasted webinar ID is looked up directly", async ({ page, sandbox }) => {
  const topic = uniqueTopic("Partner summit");
  const created = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/webinars`, { topic, type: 5, start_time: await startInDays(sandbox, 120), timezone: "America/New_York", duration: 60 });
  expect(created.status).toBe(201);
  await open(page, "/webinars");
  await page.getByLabel("Search webinars").fill(spaced(created.body.id));
  await expect(page.getByRole("table", { name: "Upcoming webinars" }).getByRole("link", { name: topic })).toBeVisible();
  await page.getByLabel("Search webinars").fill("999 9999 9999");
  await expect(page.getByRole("table", { name: "Upcoming webinars" })).toContainText("No webinar with ID 999 9999 9999.");
});

test.describe("users", () => {
  test.use({ storageState: storageStates.admin });

  test("the users search and status tab survive a reload, and Back returns to the previous status", async ({ page }) => {
    await open(page, "/users");
    await page.getByLabel("Search users").fill("kenji");
    const active = page.getByRole("table", { name: "Active users" });
    await expect(active.getByRole("row", { name: /Kenji Watanabe/ })).toBeVisible();
    await expect(active.getByRole("row", { name: /Olivia Bennett/ })).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]q=kenji/);

    await page.reload();
    await expect(page.getByLabel("Search users")).toHaveValue("kenji");
    await expect(active.getByRole("row", { name: /Kenji Watanabe/ })).toBeVisible();
    await expect(active.getByRole("row", { name: /Olivia Bennett/ })).toHaveCount(0);

    await page.getByLabel("Search users").fill("");
    await page.getByRole("tab", { name: /Pending/ }).click();
    await expect(page.getByRole("table", { name: "Pending users" }).getByRole("row", { name: /Zara Ahmed/ })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("tab", { name: /Active/ })).toHaveAttribute("aria-selected", "true");
    await expect(active.getByRole("row", { name: /Olivia Bennett/ })).toBeVisible();
  });
});

test.describe("server render of a list page", runsAlone, () => {
  test("asks Zoom once, for the list it shows; the Live list that marks live rows follows from the browser", async ({ page, sandbox }) => {
    const topic = uniqueTopic("Stand-up now");
    const created = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/meetings`, { topic, type: 2, start_time: await startInDays(sandbox, 2 / 24 / 60), timezone: "America/New_York", duration: 30 });
    expect(created.status).toBe(201);
    await sandbox.control("POST", `/meetings/${created.body.id}/live`, { action: "start" });
    try {
      for (const [path, operation] of [
        ["/meetings", "meetings"],
        ["/webinars", "webinars"],
      ] as const) {
        await sandbox.control("DELETE", "/counters");
        const response = await page.request.get(path);
        expect(response.status()).toBe(200);
        const { calls } = await sandbox.control<{ calls: Record<string, number> }>("GET", "/counters");
        expect(calls, `Zoom calls while rendering ${path}`).toEqual({ [operation]: 1 });
      }

      // Upcoming lists it as a scheduled item; only the Live list says it is running.
      await open(page, "/meetings");
      const row = page.getByRole("table", { name: "Upcoming meetings" }).getByRole("row").filter({ hasText: topic });
      await expect(row.getByText("Live", { exact: true })).toBeVisible();
    } finally {
      await sandbox.control("POST", `/meetings/${created.body.id}/live`, { action: "end" });
    }
  });
});
