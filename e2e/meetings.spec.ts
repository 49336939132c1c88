/** Meetings: the list, scheduling, editing (meeting, series, one occurrence), deleting, and what Zoom's errors look like. */
import { DateTime } from "luxon";
import { expect, expectNoSeriousA11yViolations, runsAlone, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { fillSchedule, open, tomorrow, uniqueTopic, zoomApi } from "./meetings-support";

test.use({ storageState: storageStates.owner, timezoneId: "Europe/London" });

test.describe("meetings", () => {
  test("schedule → appears in the list → edit → delete", async ({ page }) => {
    // Five pages, four axe scans and three Zoom writes: three times the usual budget on a loaded machine.
    test.slow();
    const topic = uniqueTopic("Budget review");
    await open(page, "/meetings/new");
    await expectNoSeriousA11yViolations(page);
    await fillSchedule(page, { topic, date: tomorrow(), time: "14:30", duration: 45 });
    await page.getByLabel("Passcode").fill("budget1");
    await page.getByLabel("Record automatically").selectOption("cloud");
    await page.getByRole("button", { name: "Schedule meeting" }).click();

    await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
    const when = page.getByRole("region", { name: "When" });
    await expect(when.getByText("2:30 PM", { exact: false }).first()).toBeVisible();
    await expect(when.getByText("45 min")).toBeVisible();
    await expect(page.getByRole("region", { name: "Settings" }).getByText("In the Zoom cloud")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await open(page, "/meetings");
    await page.getByLabel("Search meetings").fill(topic);
    await expect(page.getByRole("link", { name: topic })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: topic }).click();

    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByLabel("Topic")).toHaveValue(topic);
    await expect(page.getByLabel("Start time")).toHaveValue("14:30");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Topic").fill(`${topic} (moved)`);
    await page.getByLabel("Start time").fill("16:00");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${topic} (moved)` })).toBeVisible();
    await expect(page.getByRole("region", { name: "When" }).getByText(/4:00 PM/).first()).toBeVisible();

    // The "Meeting updated" toast sits over the page's action buttons; a pointer resting on it keeps it
    // open (as for a person), so wait for it to go, as a person would before reaching for the menu.
    await expect(page.getByText("Meeting updated")).toBeHidden({ timeout: 15_000 });
    await page.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: "Delete…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this meeting?" });
    await expect(dialog.getByLabel("Email registrants")).toBeChecked();
    await dialog.getByRole("button", { name: "Delete this meeting" }).click();
    await expect(page).toHaveURL(/\/meetings$/);
    await page.getByLabel("Search meetings").fill(topic);
    await expect(page.getByRole("link", { name: new RegExp(topic) })).toHaveCount(0);
  });

  test("a recurring series: preview, then edit and delete single occurrences", async ({ page }) => {
    const topic = uniqueTopic("Standup");
    await open(page, "/meetings/new");
    await fillSchedule(page, { topic, date: tomorrow(), time: "09:00", zone: "Europe/London", duration: 15 });
    await page.getByLabel("Recurring meeting").check();
    await page.getByLabel("Repeats").selectOption("daily");
    await page.getByLabel("Number of occurrences").fill("4");
    const preview = page.getByRole("region", { name: "Next occurrences" });
    await expect(preview.getByRole("listitem")).toHaveCount(4);
    await expect(page.getByText("Daily, 4 times")).toBeVisible();
    await page.getByRole("button", { name: "Schedule meeting" }).click();

    await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
    const occurrences = page.getByRole("list", { name: "Occurrences" });
    await expect(occurrences.getByRole("listitem")).toHaveCount(4);
    const second = DateTime.fromISO(tomorrow()).plus({ days: 1 });
    const third = second.plus({ days: 1 });
    const label = (d: DateTime) => d.toFormat("ccc, LLL d");

    await occurrences.getByRole("link", { name: `Edit the occurrence on ${label(second)}` }).click();
    await expect(page.getByRole("heading", { name: "Edit one occurrence" })).toBeVisible();
    await expect(page.getByLabel("Topic")).toHaveCount(0);
    await page.getByLabel("Start time").fill("11:30");
    await page.getByLabel("Duration (minutes)").fill("40");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Save occurrence" }).click();

    await expect(occurrences.getByRole("listitem").filter({ hasText: label(second) })).toContainText(/11:30 AM GMT(\+1)? · 40 min/);
    await expect(occurrences.getByRole("listitem").filter({ hasText: label(DateTime.fromISO(tomorrow())) })).toContainText(/9:00 AM GMT(\+1)? · 15 min/);

    await occurrences.getByRole("button", { name: `Delete the occurrence on ${label(third)}` }).click();
    await page.getByRole("dialog", { name: "Delete this occurrence?" }).getByRole("button", { name: "Delete this occurrence" }).click();
    await expect(occurrences.getByRole("listitem").filter({ hasText: label(third) })).toContainText("Deleted");
    await expect(occurrences.getByRole("listitem").filter({ hasText: label(second) })).toContainText(/11:30 AM GMT(\+1)? · 40 min/);

    // Editing the series asks first whether one occurrence or all of them.
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const scope = page.getByRole("dialog", { name: "Edit a recurring meeting" });
    await scope.getByLabel("The whole series").check();
    await scope.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Topic").fill(`${topic} renamed`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${topic} renamed` })).toBeVisible();
    // A topic-only change keeps the single-occurrence edits.
    await expect(occurrences.getByRole("listitem").filter({ hasText: label(second) })).toContainText(/11:30 AM GMT(\+1)? · 40 min/);
  });

  test("the recurrence preview warns when daylight saving time moves the meeting", async ({ page }) => {
    // A New York series across the US change (second Sunday of March), seen from London, whose
    // clocks change two or three weeks later.
    const march = DateTime.now().setZone("America/New_York").plus({ years: 1 }).set({ month: 3, day: 1 });
    const firstMonday = march.plus({ days: (8 - march.weekday) % 7 });
    await open(page, "/meetings/new");
    await fillSchedule(page, { topic: "Cross-Atlantic sync", date: firstMonday.toFormat("yyyy-MM-dd"), time: "09:00", zone: "America/New_York" });
    await page.getByLabel("Recurring meeting").check();
    await page.getByLabel("Number of occurrences").fill("6");
    const note = page.getByRole("note", { name: "Daylight saving time" });
    await expect(note).toContainText("because the clocks change in America/New York");
    await expect(note).toContainText("because the clocks change in Europe/London");
    await expect(note).toContainText("instead of 2:00 PM in your time zone (Europe/London)");
    await expect(page.getByRole("region", { name: "Next occurrences" }).getByText("Time shifts").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("lists more than 300 meetings by loading page after page", runsAlone, async ({ page }) => {
    await open(page, "/meetings?tab=scheduled");
    const footer = page.getByText(/^Showing [\d,]+ of [\d,]+ meetings$/);
    await expect(footer).toHaveText(/^Showing 100 of/);
    const total = Number((await footer.textContent())!.match(/of ([\d,]+)/)![1]!.replace(",", ""));
    expect(total).toBeGreaterThan(300);
    // One click per page, each waited for by the count it adds: "Loading…" may not have shown yet
    // when a click returns, so the button's label alone cannot say the page is in.
    const loaded = async () => Number((await footer.textContent())!.match(/^Showing ([\d,]+)/)![1]!.replaceAll(",", ""));
    for (let shown = await loaded(); shown < total; shown = await loaded()) {
      await page.getByRole("button", { name: "Load more meetings" }).click();
      await expect.poll(loaded).toBeGreaterThan(shown);
    }
    await expect(footer).toHaveText(`Showing ${total.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} meetings`);
    await expect(page.getByText("That’s everything.")).toBeVisible();
    // One header row plus one row per meeting.
    await expect(page.getByRole("table", { name: "All scheduled meetings" }).getByRole("row")).toHaveCount(total + 1);
  });

  test("a meeting deleted elsewhere (Zoom 3001) is reported clearly and the edits are kept", async ({ page }) => {
    const topic = uniqueTopic("Soon gone");
    const owner = await zoomApi<{ id: number }>("POST", "/users/olivia.bennett@brightwave.test/meetings", { topic, type: 2, start_time: `${tomorrow()}T10:00:00`, timezone: "Europe/London", duration: 30 });
    expect(owner.status).toBe(201);
    await open(page, `/meetings/${owner.body.id}/edit`);
    await page.getByLabel("Topic").fill(`${topic} — renamed`);
    await page.getByLabel("Agenda").fill("Notes I do not want to lose");
    expect((await zoomApi("DELETE", `/meetings/${owner.body.id}`)).status).toBe(204);

    await page.getByRole("button", { name: "Save changes" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Zoom did not save the changes" });
    await expect(alert).toContainText(`Meeting does not exist: ${owner.body.id}`);
    await expect(alert).toContainText("Zoom code 3001");
    await expect(alert).toContainText(/tracking id \S+/);
    await expect(page.getByLabel("Topic")).toHaveValue(`${topic} — renamed`);
    await expect(page.getByLabel("Agenda")).toHaveValue("Notes I do not want to lose");
    // The toast says it too (it loads with the first toast, a moment after the form's own alert).
    await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Zoom did not save the changes" })).toContainText("Zoom code 3001");
    await expectNoSeriousA11yViolations(page);
  });

  test("a 429 from Zoom and the per-host daily limit are explained, and nothing typed is lost", runsAlone, async ({ page, sandbox }) => {
    const topic = uniqueTopic("Rate limited");
    await open(page, "/meetings/new");
    await fillSchedule(page, { topic, duration: 25 });
    await page.getByLabel("Agenda").fill("Keep me");

    await sandbox.armFault({
      method: "POST",
      path: "meetingCreate",
      status: 429,
      body: { code: 429, message: "You have reached the maximum per-second rate limit for this API. Try again later." },
      count: 1,
    });
    await page.getByRole("button", { name: "Schedule meeting" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "rate limit" });
    await expect(alert).toContainText("Zoom's rate limit was reached");
    await expect(alert).toContainText("per-second rate limit");
    await expect(alert).toContainText("Zoom code 429");
    await expect(page.getByLabel("Topic")).toHaveValue(topic);
    await expect(page.getByLabel("Agenda")).toHaveValue("Keep me");

    await sandbox.control("PUT", "/rate-limits", { hostDailyWrites: 0 });
    try {
      await page.getByRole("button", { name: "Schedule meeting" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "daily limit" })).toContainText(/This host has reached Zoom's daily limit of 100 meeting and webinar creates\/updates/);
      await expect(page.getByRole("alert").filter({ hasText: "daily limit" })).toContainText(/You can try again in \d+ (hours?|minutes?), at .+ your time/);
      await expect(page.getByRole("status").filter({ hasText: "today's meeting changes" })).toBeVisible();
    } finally {
      await sandbox.control("PUT", "/rate-limits", { hostDailyWrites: 100, resetCounters: true });
    }
    await page.getByRole("button", { name: "Schedule meeting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
  });

  test("the start link is fetched when Start is clicked, and the invitation can be copied", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page, "/meetings?tab=scheduled");
    await page.getByLabel("Search meetings").fill("Daily standup");
    // The rows are redrawn when the background search (or a live update) lands: click once they settle.
    await expect(page.getByRole("status").filter({ hasText: /Searched all/ })).toBeVisible();
    await page.getByRole("link", { name: "Daily standup" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Daily standup" })).toBeVisible();
    const startLinkCall = page.waitForRequest((req) => /\/api\/zoom\/meetings\/\d+\/start-link$/.test(req.url()));
    const popup = page.waitForEvent("popup");
    await page.getByRole("button", { name: "Start meeting" }).click();
    await startLinkCall;
    await expect.poll(async () => (await popup).url()).toMatch(/\/s\/\d+\?zak=/);
    await page.getByRole("button", { name: "Copy invitation" }).click();
    await expect(page.getByRole("button", { name: "Invitation copied" })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain("Topic: Daily standup");
    expect(text).toMatch(/Meeting ID: \d{3} \d{4} \d{4}/);
  });
});

test.describe("host picker", () => {
  test("admins pick any user of the account and see their meetings", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStates.admin, timezoneId: "Europe/London" });
    const page = await context.newPage();
    await open(page, "/meetings?tab=scheduled");
    const picker = page.getByLabel("Host", { exact: true });
    await expect(picker).toBeVisible();
    await picker.selectOption({ label: "Daniel Okafor (daniel.okafor@brightwave.test)" });
    await expect(page).toHaveURL(/host=/);
    const table = page.getByRole("table", { name: "All scheduled meetings" });
    await expect(table.getByRole("row").nth(1)).toContainText("Daniel Okafor");
    await expect(table.getByText("Marcus Reyes (you)")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });

  test("members have no host picker and only their own meetings", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStates.member, timezoneId: "Europe/London" });
    const page = await context.newPage();
    await open(page, "/meetings?tab=scheduled");
    await expect(page.getByRole("table", { name: "All scheduled meetings" })).toBeVisible();
    await expect(page.getByLabel("Host", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("table", { name: "All scheduled meetings" }).getByRole("row").nth(1)).toContainText("Daniel Okafor (you)");
    // Asking for someone else's meetings through the URL changes nothing for a member.
    await open(page, "/meetings?tab=scheduled&host=olivia.bennett@brightwave.test");
    await expect(page.getByRole("table", { name: "All scheduled meetings" }).getByRole("row").nth(1)).toContainText("Daniel Okafor (you)");
    await context.close();
  });
});
