/**
 * The scheduling forms as a demanding admin tries them (viewer in New York): alternative hosts are
 * checked (format, the account, Zoom's own refusal), times read the same way in the form and on
 * the detail page, and the time-zone picker is a searchable combobox.
 */
import { DateTime } from "luxon";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { fillSchedule, open, tomorrow, uniqueTopic } from "./meetings-support";

test.use({ storageState: storageStates.owner, timezoneId: "America/New_York" });

const schedule = (page: import("@playwright/test").Page) => page.getByRole("button", { name: "Schedule meeting" }).click();

test.describe("alternative hosts", () => {
  test("an admin: a typo and an outsider are caught in the form, Zoom's refusal lands on the field, the picker fills it", async ({ page }) => {
    test.slow(); // four submissions and a detail page on a shared machine
    const topic = uniqueTopic("Alt hosts");
    await open(page, "/meetings/new");
    await fillSchedule(page, { topic, date: tomorrow("America/New_York"), time: "10:00" });
    const alt = page.getByLabel("Alternative hosts");

    await alt.fill("not-an-email");
    await schedule(page);
    await expect(alt).toHaveAccessibleDescription(/“not-an-email” is not an email address\./);
    await expect(alt).toHaveAttribute("aria-invalid", "true");

    // Outside the account: caught before Zoom is asked.
    await alt.fill("nobody@elsewhere.com");
    await schedule(page);
    await expect(alt).toHaveAccessibleDescription(/nobody@elsewhere\.com is not a user of this Zoom account\./);
    await expect(page.getByRole("alert").filter({ hasText: "Zoom did not schedule" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // In the account but without a licence: only Zoom knows, and its words land on the field.
    await alt.fill("kenji.watanabe@brightwave.test");
    await schedule(page);
    await expect(alt).toHaveAccessibleDescription(/Zoom: The user kenji\.watanabe@brightwave\.test is not a licensed user/);
    await expect(page.getByRole("alert").filter({ hasText: "Zoom did not schedule" })).toContainText("1114");
    await expect(page.getByLabel("Topic")).toHaveValue(topic);

    await alt.fill("");
    await page.getByLabel("Add a user of this account").selectOption({ label: "Marcus Reyes (marcus.reyes@brightwave.test)" });
    await expect(alt).toHaveValue("marcus.reyes@brightwave.test");
    await schedule(page);
    await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
    await expect(page.getByRole("region", { name: "Settings" })).toContainText("marcus.reyes@brightwave.test");
  });

  test("the route refuses a malformed alternative host with 400 validation_failed naming it", async ({ page }) => {
    await open(page, "/meetings/new");
    const res = await page.request.post("/api/zoom/meetings", {
      data: {
        topic: "Direct",
        agenda: "",
        startDate: tomorrow("America/New_York"),
        startTime: "10:00",
        timezone: "America/New_York",
        duration: 30,
        passcode: "",
        recurrence: null,
        scheduleFor: "",
        templateId: "",
        settings: { waitingRoom: true, joinBeforeHost: false, jbhTime: 0, muteUponEntry: true, hostVideo: true, participantVideo: false, autoRecording: "none", approvalType: 2, registrationType: 1, alternativeHosts: ["not-an-email"] },
      },
    });
    expect(res.status()).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: { field: string; message: string }[] } };
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.fields).toContainEqual({ field: "settings.alternativeHosts.0", message: "“not-an-email” is not an email address." });
  });

  test.describe("a member", () => {
    test.use({ storageState: storageStates.member });

    test("gets the format check, no account picker, and Zoom's refusal of an outsider on the field", async ({ page }) => {
      await open(page, "/meetings/new");
      await fillSchedule(page, { topic: uniqueTopic("Member alt"), date: tomorrow("America/New_York"), time: "11:00" });
      await expect(page.getByLabel("Add a user of this account")).toHaveCount(0);
      const alt = page.getByLabel("Alternative hosts");
      await alt.fill("nobody@elsewhere.com");
      await schedule(page);
      await expect(alt).toHaveAccessibleDescription(/Zoom: The user nobody@elsewhere\.com is not a licensed user/);
      await expect(page).toHaveURL(/\/meetings\/new/);
    });
  });
});

test.describe("time zones", () => {
  test("the zone picker is a searchable combobox with the viewer's and recent zones first", async ({ page }) => {
    test.slow(); // two form loads and an axe scan on a shared machine
    await open(page, "/meetings/new");
    const box = page.getByRole("combobox", { name: "Time zone" });
    await expect(box).toHaveValue(/^America\/New York \(UTC/);

    await box.fill("Berl");
    const list = page.getByRole("listbox", { name: "Time zone options" });
    await expect(list.getByRole("option").first()).toContainText("Europe/Berlin");
    await expectNoSeriousA11yViolations(page);
    await box.press("Enter");
    await expect(list).toBeHidden();
    await expect(box).toHaveValue(/^Europe\/Berlin \(UTC\+0[12]:00\)$/);

    // Arrow keys move the active option; Escape closes, a second Escape puts the choice back.
    await box.fill("Europe/L");
    const first = await box.getAttribute("aria-activedescendant");
    await box.press("ArrowDown");
    const second = await box.getAttribute("aria-activedescendant");
    expect(second).not.toBe(first);
    await expect(page.locator(`[id="${second}"]`)).toHaveRole("option");
    await box.press("Escape");
    await expect(list).toBeHidden();
    await box.press("Escape");
    await expect(box).toHaveValue(/^Europe\/Berlin/);

    // The choice is remembered: next time, the viewer's zone and then Berlin lead the list.
    await open(page, "/meetings/new");
    await page.getByRole("combobox", { name: "Time zone" }).click();
    const options = page.getByRole("listbox", { name: "Time zone options" }).getByRole("option");
    await expect(options.nth(0)).toContainText("America/New_York");
    await expect(options.nth(0)).toContainText("Your time zone");
    await expect(options.nth(1)).toContainText("Europe/Berlin");
    await expect(options.nth(1)).toContainText("Recently used");
  });

  test("the preview, the summary and the detail page read a series' times the same way", async ({ page }) => {
    test.slow(); // a form, a series created at Zoom and its detail page on a shared machine
    const topic = uniqueTopic("Berlin weekly");
    const start = DateTime.fromISO(tomorrow("Europe/Berlin"), { zone: "Europe/Berlin" }).set({ hour: 9 });
    const end = start.plus({ weeks: 3 });
    const viewer = start.setZone("America/New_York");
    const meetingLine = `${start.toFormat("ccc, LLL d, yyyy")} · 9:00 AM GMT+${start.offset / 60}`;
    const viewerLine = `${viewer.toFormat("h:mm a")} your time (${viewer.offsetNameShort})`;
    const until = `until ${end.toFormat("ccc, LLL d, yyyy")}`;

    await open(page, "/meetings/new");
    await fillSchedule(page, { topic, date: start.toFormat("yyyy-MM-dd"), time: "09:00", zone: "Europe/Berlin", duration: 30 });
    await page.getByLabel("Recurring meeting").check();
    await page.getByLabel("On", { exact: true }).check();
    await page.getByLabel("Last date").fill(end.toFormat("yyyy-MM-dd"));

    const preview = page.getByRole("region", { name: "Next occurrences" });
    await expect(preview.getByRole("listitem").first()).toContainText(meetingLine);
    await expect(preview.getByRole("listitem").first()).toContainText(viewerLine);
    const summary = page.getByRole("complementary").filter({ hasText: "Summary" });
    await expect(summary).toContainText(until);
    await expect(summary).not.toContainText(end.toFormat("yyyy-MM-dd"));
    await schedule(page);

    await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
    const occurrences = page.getByRole("list", { name: "Occurrences" });
    await expect(occurrences.getByRole("listitem").first()).toContainText(`${meetingLine} · 30 min`);
    await expect(occurrences.getByRole("listitem").first()).toContainText(viewerLine);
    const when = page.getByRole("region", { name: "When" });
    await expect(when).toContainText(meetingLine);
    await expect(when).toContainText(viewerLine);
    await expect(when).toContainText(until);
    await expectNoSeriousA11yViolations(page);
  });
});
