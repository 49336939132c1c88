/**
 * Background jobs: an import keeps running after its dialog is closed, Settings → Background jobs
 * lists it with who started it, its progress is there to open, and it can be cancelled from
 * there. Members get the admins-only panel.
 */
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open, zoomApi } from "./meetings-support";
import { chooseFile, guests, meetingWithRegistration, slowRegistrations, writeCsv } from "./registrant-import-support";

test.describe("as the owner", () => {
  test.use({ storageState: storageStates.owner, timezoneId: "Europe/London" });

  test("a running import is listed with who started it, followed from the jobs page, and cancelled there", async ({ page }, testInfo) => {
    test.slow(); // a paced import slowed on purpose, two axe scans
    const { id } = await meetingWithRegistration("Jobs cancel");
    // Every registration of this meeting takes a second at Zoom, so the import is still running when it is cancelled.
    await slowRegistrations(id, 1000, 200);
    await open(page, `/meetings/${id}/registrants`);
    const dialog = await chooseFile(page, writeCsv("slow.csv", guests(200)));
    await dialog.getByRole("button", { name: "Preview 200 rows" }).click();
    await dialog.getByRole("button", { name: "Import 200 registrants" }).click();
    await expect(dialog.getByRole("progressbar", { name: /Import 200 registrants from slow\.csv/ })).toBeVisible();
    await expect(dialog.getByText(/per (second|minute)/)).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: testInfo.outputPath("progress-running.png"), fullPage: true });
    await dialog.getByRole("button", { name: "Close" }).click();

    await open(page, "/settings/jobs");
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Background jobs" })).toHaveAttribute("aria-current", "page");
    const row = page.getByRole("table", { name: "Background jobs" }).getByRole("row").filter({ hasText: "Import 200 registrants from slow.csv" });
    await expect(row).toContainText("Olivia Bennett");
    await expect(row).toContainText("olivia.bennett@brightwave.test");
    await expect(row).toContainText("Running");
    await expect(row.getByRole("link", { name: /Meeting/ })).toHaveAttribute("href", `/meetings/${id}/registrants`);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("jobs-page.png"), fullPage: true });

    await row.getByRole("button", { name: /Details/ }).click();
    const progress = page.getByRole("region", { name: "Import 200 registrants from slow.csv" });
    await expect(progress.getByRole("progressbar")).toHaveAttribute("aria-valuemax", "200");
    await progress.getByRole("button", { name: "Cancel…" }).click();
    const confirm = page.getByRole("dialog", { name: "Cancel this job?" });
    await expect(confirm).toContainText("What is already done at Zoom stays done");
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole("button", { name: "Cancel the job" }).click();
    await expect(progress.getByRole("status")).toContainText(/Cancelled: \d+ of 200 succeeded.*; \d+ were not started\./, { timeout: 20_000 });
    await expect(row).toContainText("Cancelled");

    // Nobody past the cancel was registered: Zoom holds fewer than the file's 200.
    const atZoom = await zoomApi<{ total_records: number }>("GET", `/meetings/${id}/registrants?status=approved&page_size=300`);
    expect(atZoom.body.total_records).toBeLessThan(200);
  });
});

test.describe("as a member", () => {
  test.use({ storageState: storageStates.member });

  test("the jobs page is for admins only and is not in the settings menu", async ({ page }) => {
    await open(page, "/settings/jobs");
    await expect(page.getByText("Only admins and owners can see the workspace's background jobs")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Background jobs" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
