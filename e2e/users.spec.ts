/** Users (admins): the account's users, and a non-login (custCreate) user who then gets a meeting. */
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open, tomorrow, uniqueTopic } from "./meetings-support";

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin, timezoneId: "Europe/London" });

  test("lists users by status with their type", async ({ page }) => {
    await open(page, "/users");
    const table = page.getByRole("table", { name: "Active users" });
    await expect(table.getByRole("row", { name: /Olivia Bennett/ })).toContainText("Licensed");
    await expect(table.getByRole("row", { name: /Kenji Watanabe/ })).toContainText("Basic");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("tab", { name: /Pending/ }).click();
    await expect(page.getByRole("table", { name: "Pending users" }).getByRole("row", { name: /Zara Ahmed/ })).toContainText("Pending");
    await page.getByRole("tab", { name: /Deactivated/ }).click();
    await expect(page.getByRole("table", { name: "Deactivated users" }).getByRole("row", { name: /Ruby Thompson/ })).toBeVisible();
  });

  test("creates a non-login user, shows Zoom's validation inline, then schedules a meeting for them", async ({ page }) => {
    await open(page, "/users");
    await page.getByRole("button", { name: "Create non-login user" }).click();
    const dialog = page.getByRole("dialog", { name: "Create a non-login user" });
    await expect(dialog).toContainText("no password and cannot sign in");
    await expect(dialog).toContainText("valid for 90 days");
    await expectNoSeriousA11yViolations(page);

    await dialog.getByLabel("Email").fill("not-an-email");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText("Enter a valid email address.")).toBeVisible();
    await expect(dialog.getByText("Enter a first name.")).toBeVisible();

    // An email already in the account: Zoom answers 409/1005.
    await dialog.getByLabel("Email").fill("olivia.bennett@brightwave.test");
    await dialog.getByLabel("First name").fill("Olivia");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog.getByRole("alert")).toContainText("Zoom code 1005");
    await expect(dialog.getByLabel("First name")).toHaveValue("Olivia");

    const email = `exam-room-${Date.now().toString(36)}@brightwave.test`;
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByLabel("First name").fill("Exam");
    await dialog.getByLabel("Last name").fill("Room 4");
    await dialog.getByRole("button", { name: "Create user" }).click();
    const done = page.getByRole("dialog", { name: "User created" });
    await expect(done).toContainText(email);
    await done.getByRole("link", { name: "Schedule a meeting for this user" }).click();

    await expect(page).toHaveURL(/\/meetings\/new\?host=/);
    await expect(page.getByLabel("Schedule for").locator("option:checked")).toContainText(/Exam Room 4|[A-Za-z0-9_-]{6,}/);
    const topic = uniqueTopic("Telehealth visit");
    await page.getByLabel("Topic").fill(topic);
    await page.getByLabel("Date").fill(tomorrow());
    await page.getByLabel("Start time").fill("11:00");
    await page.getByRole("button", { name: "Schedule meeting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
    await expect(page.getByText(/Hosted by Exam Room 4/)).toBeVisible();
  });
});

test.describe("as a member", () => {
  test.use({ storageState: storageStates.member });

  test("the users page is for admins only", async ({ page }) => {
    await open(page, "/users");
    await expect(page.getByText("Only workspace admins can see the account's users")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
