/** Home: live now, today, the next seven days and the four-week chart; admins can see the whole account. */
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open } from "./meetings-support";

test.describe("home", () => {
  test.use({ storageState: storageStates.admin, timezoneId: "Europe/London" });

  test("shows what is live and what is coming, for me or the whole account", async ({ page }) => {
    await open(page, "/");
    await expect(page.getByRole("heading", { level: 1, name: /Good (morning|afternoon|evening), Marcus/ })).toBeVisible();
    const live = page.getByRole("region", { name: "Live now" });
    await expect(live.getByRole("link", { name: "IT change advisory board", exact: true })).toBeVisible();
    const chart = page.getByRole("region", { name: "Meetings per day" });
    await expect(chart.getByRole("figure")).toContainText(/\d+ meetings? in the next four weeks/);
    await expect(chart.getByRole("table", { name: "Meetings per day, next four weeks" }).getByRole("row")).toHaveCount(29);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Whole account" }).click();
    await expect(page).toHaveURL(/scope=account/);
    await expect(live.getByRole("link", { name: "Live: Quarterly business review", exact: true })).toBeVisible();
    await expect(live).toContainText("Olivia Bennett");
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("home for a member", () => {
  test.use({ storageState: storageStates.member });

  test("has no whole-account switch", async ({ page }) => {
    await open(page, "/");
    await expect(page.getByRole("region", { name: "Today" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Whole account" })).toHaveCount(0);
  });
});
