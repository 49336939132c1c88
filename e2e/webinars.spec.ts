/** Webinars: schedule with webinar settings, find in the list, edit, delete. */
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { fillSchedule, open, tomorrow, uniqueTopic } from "./meetings-support";

test.use({ storageState: storageStates.owner, timezoneId: "Europe/London" });

test("webinar: schedule → list → edit → delete", async ({ page }) => {
  const topic = uniqueTopic("Launch webinar");
  await open(page, "/webinars/new");
  await expectNoSeriousA11yViolations(page);
  await fillSchedule(page, { topic, date: tomorrow("Europe/London", 3), time: "17:00", duration: 90 });
  await page.getByLabel("Registration", { exact: true }).selectOption({ label: "Required, approved by the host" });
  await page.getByLabel("Registration limit").fill("250");
  await page.getByLabel("Practice session").check();
  await page.getByRole("button", { name: "Schedule webinar" }).click();

  await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
  const settings = page.getByRole("region", { name: "Webinar settings" });
  await expect(settings).toContainText("Required, approved by the host");
  await expect(settings).toContainText("250");
  await expect(settings.getByText("Practice session").locator("..")).toContainText("On");
  await expect(page.getByRole("region", { name: "Join" }).getByText("Registration link")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await open(page, "/webinars?tab=scheduled");
  await page.getByLabel("Search webinars").fill(topic);
  await expect(page.getByRole("link", { name: topic })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: `Actions for ${topic}` }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page.getByLabel("Topic")).toHaveValue(topic);
  await page.getByLabel("Topic").fill(`${topic} (final)`);
  await page.getByLabel("Q&A").uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${topic} (final)` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Webinar settings" }).getByText("Q&A").locator("..")).toContainText("Off");

  // The "Webinar updated" toast sits over the page's action buttons; a pointer resting on it keeps it
  // open (as for a person), so wait for it to go, as a person would before reaching for the menu.
  await expect(page.getByText("Webinar updated")).toBeHidden({ timeout: 15_000 });
  await page.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Delete…" }).click();
  await page.getByRole("dialog", { name: "Delete this webinar?" }).getByRole("button", { name: "Delete this webinar" }).click();
  await expect(page).toHaveURL(/\/webinars$/);
  await open(page, "/webinars?tab=scheduled");
  await page.getByLabel("Search webinars").fill(topic);
  await expect(page.getByRole("table", { name: "All scheduled webinars" })).toContainText(`Nothing matches “${topic}”.`);
});
