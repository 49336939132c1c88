/** Templates: schedule from one, save a meeting as one, and what Zoom's API does not allow. */
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open, tomorrow, uniqueTopic } from "./meetings-support";

test.use({ storageState: storageStates.owner, timezoneId: "Europe/London" });

test("schedule from a template keeps the topic and the settings, says what Zoom's API cannot show, and marks overrides", async ({ page }) => {
  test.slow(); // two pages, two axe scans and a create on a shared machine
  await open(page, "/meetings/templates");
  await expect(page.getByRole("note").first()).toContainText("cannot show what a template contains, or edit or delete one");
  await expectNoSeriousA11yViolations(page);
  const row = page.getByRole("row", { name: /Company all-hands/ });
  await row.getByRole("link", { name: /Schedule from template/ }).click();

  await expect(page.getByLabel("Topic")).toHaveValue("Company all-hands");
  await expect(page.getByLabel("Template", { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel("Template", { exact: true }).locator("option:checked")).toHaveText("Company all-hands");
  const notice = page.getByRole("note", { name: "What Zoom applies" });
  await expect(notice).toContainText("Zoom applies the settings of “Company all-hands” when the meeting is created; Zoom's API does not show them.");
  await expect(notice).toContainText("settings you change here override the template");
  await expect(notice).toContainText("You have not changed any setting");
  // The settings stay visible and editable; what the admin changes is listed as an override.
  await expect(page.getByLabel("Waiting room")).toBeVisible();
  await page.getByLabel("Waiting room").uncheck();
  await page.getByLabel("Record automatically").selectOption("cloud");
  await expect(notice).toContainText("Overriding the template: Waiting room, Automatic recording.");
  await page.getByLabel("Waiting room").check();
  await expect(notice).toContainText("Overriding the template: Automatic recording.");
  await expectNoSeriousA11yViolations(page);

  const topic = uniqueTopic("From template");
  await page.getByLabel("Topic").fill(topic);
  await page.getByLabel("Date").fill(tomorrow());
  await page.getByLabel("Start time").fill("08:30");
  await page.getByRole("button", { name: "Schedule meeting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
});

test("choosing a template in the form names an untitled meeting after it, and keeps a typed topic", async ({ page }) => {
  await open(page, "/meetings/new");
  const template = page.getByLabel("Template", { exact: true });
  await template.selectOption({ label: "Company all-hands" });
  await expect(page.getByLabel("Topic")).toHaveValue("Company all-hands");
  await expect(page.getByRole("note", { name: "What Zoom applies" })).toBeVisible();
  await page.getByLabel("Topic").fill("Planning with Ana");
  await template.selectOption({ index: 0 });
  await template.selectOption({ label: "Company all-hands" });
  await expect(page.getByLabel("Topic")).toHaveValue("Planning with Ana");
});

test("save a meeting as a template; it shows up in the list", async ({ page }) => {
  await open(page, "/meetings?tab=scheduled");
  await page.getByLabel("Search meetings").fill("Board meeting rehearsal");
  await page.getByRole("link", { name: "Board meeting rehearsal" }).first().click();
  await page.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Save as template…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save as template" });
  await expect(dialog).toContainText("cannot be edited or deleted through Zoom's API");
  const name = uniqueTopic("Rehearsal template").slice(0, 60);
  await dialog.getByLabel("Template name").fill(name);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Save template" }).click();
  await expect(dialog).toBeHidden();
  await open(page, "/meetings/templates");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toBeVisible();

  // The same name again: Zoom refuses (3000), and says so at the field.
  await open(page, "/meetings?tab=scheduled");
  await page.getByLabel("Search meetings").fill("Board meeting rehearsal");
  await page.getByRole("link", { name: "Board meeting rehearsal" }).first().click();
  await page.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Save as template…" }).click();
  await page.getByRole("dialog", { name: "Save as template" }).getByLabel("Template name").fill(name);
  await page.getByRole("dialog", { name: "Save as template" }).getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("dialog", { name: "Save as template" }).getByRole("alert")).toContainText("template name already exists");
  await expect(page.getByRole("dialog", { name: "Save as template" }).getByRole("alert")).toContainText("Zoom code 3000");
});
