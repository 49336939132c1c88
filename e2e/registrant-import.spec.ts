/**
 * CSV import of a meeting's registrants, in the browser against the sandbox: a generated file of
 * a few hundred rows with some bad ones, matched and previewed with each row's reasons, the valid
 * rows imported as a background job followed to the end, Zoom's refusals listed, downloaded as
 * CSV and retried, and the people then in the registrants table.
 */
import fs from "node:fs";
import Papa from "papaparse";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open, zoomApi } from "./meetings-support";
import { chooseFile, guests, meetingWithRegistration, questions, refuseRegistrations, writeCsv } from "./registrant-import-support";

test.use({ storageState: storageStates.owner, timezoneId: "Europe/London" });

test("imports the valid rows of a 300-row file, lists Zoom's refusals with their rows, downloads and retries them", async ({ page, sandbox: _ }, testInfo) => {
  test.slow(); // 300 registrations paced to Zoom's limits, a retry and four axe scans
  const { id } = await meetingWithRegistration("Registrant import");
  const rows = guests(300);
  // Four bad rows: a malformed email (line 4), no first name (line 6), a choice the question lacks (line 8), line 2's email again (line 10).
  rows[2] = { ...rows[2], email: "not-an-email" };
  rows[4] = { ...rows[4], first: "" };
  rows[6] = { ...rows[6], team: "Green" };
  rows[8] = { ...rows[8], email: rows[0].email.toUpperCase() };
  const file = writeCsv("guests.csv", rows);

  await open(page, `/meetings/${id}/registrants`);
  await page.getByRole("button", { name: "Import CSV" }).click();
  await expect(page.getByRole("dialog", { name: "Import registrants from a CSV file" })).toContainText("Drop a CSV file here");
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");

  const dialog = await chooseFile(page, file);
  // Guessed from the header names; the unknown column is left out.
  await expect(dialog.getByLabel("Import column “E-mail” as")).toHaveValue("email");
  await expect(dialog.getByLabel("Import column “First Name” as")).toHaveValue("first_name");
  await expect(dialog.getByLabel("Import column “Team” as")).toHaveValue("question:Team");
  await expect(dialog.getByLabel("Import column “Source” as")).toHaveValue("ignore");
  await expectNoSeriousA11yViolations(page);

  // Without an email column there is nothing to preview.
  await dialog.getByLabel("Import column “E-mail” as").selectOption("ignore");
  await expect(dialog.getByRole("alert")).toContainText("Choose the column that holds the email address.");
  await expect(dialog.getByRole("button", { name: "Preview 300 rows" })).toBeDisabled();
  await dialog.getByLabel("Import column “E-mail” as").selectOption("email");
  await dialog.getByRole("button", { name: "Preview 300 rows" }).click();

  const checked = dialog.getByRole("group", { name: "Rows checked" });
  await expect(checked).toContainText(/Ready to import\s*296/);
  await expect(checked).toContainText(/With errors\s*4/);
  const table = dialog.getByRole("table", { name: "Rows of the file, checked" });
  await expect(table.getByRole("row", { name: /not-an-email/ })).toContainText("Enter a valid email address.");
  await expect(table.getByRole("row").filter({ hasText: "Enter a first name." }).getByRole("cell").first()).toHaveText("6");
  await expect(table.getByRole("row").filter({ hasText: "“Green” is not one of this question’s answers." })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "Same email as row 2" }).getByRole("cell").first()).toHaveText("10");
  await dialog.getByLabel("Only rows with errors").check();
  await expect(table.locator("tbody tr")).toHaveCount(4);
  const importButton = dialog.getByRole("button", { name: "Import 296 registrants" });
  await expect(importButton).toBeDisabled();
  await dialog.getByLabel("Import only the 296 valid rows").check();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath("import-preview.png"), fullPage: true });

  // Lines 12 and 22 of the file: the 6th and 16th rows sent, since four rows above them stay behind.
  await refuseRegistrations(id, [rows[10].email, rows[20].email]);
  await importButton.click();
  const progress = dialog.getByRole("progressbar", { name: /Progress of Import 296 registrants from guests\.csv/ });
  await expect(progress).toHaveAttribute("aria-valuemax", "296");
  await expect(dialog.getByRole("status")).toContainText("294 of 296 succeeded and 2 failed", { timeout: 90_000 });
  await expect(progress).toHaveAttribute("aria-valuenow", "296");
  const refused = dialog.getByRole("table", { name: /Rows Zoom refused/ });
  await expect(refused.locator("tbody tr")).toHaveCount(2);
  await expect(refused.getByRole("row", { name: new RegExp(rows[10].last) }).getByRole("cell").first()).toHaveText("12");
  await expect(refused.getByRole("row", { name: new RegExp(rows[20].last) }).getByRole("cell").first()).toHaveText("22");
  await expect(refused).toContainText("Registration is closed for this address.");
  await expect(refused).toContainText("Zoom code 300");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath("import-progress.png"), fullPage: true });

  const download = page.waitForEvent("download");
  await dialog.getByRole("link", { name: "Download failures (CSV)" }).click();
  const csv = Papa.parse<Record<string, string>>(fs.readFileSync(await (await download).path(), "utf8"), { header: true, skipEmptyLines: true });
  expect(csv.data).toHaveLength(2);
  const lines = csv.data.map((row) => Object.values(row).join(" "));
  expect(lines).toEqual(expect.arrayContaining([expect.stringContaining(rows[10].email), expect.stringContaining(rows[20].email)]));
  expect(lines.every((line) => line.includes("Registration is closed for this address."))).toBe(true);

  await dialog.getByRole("button", { name: "Retry the failed ones (2)" }).click();
  await expect(dialog.getByRole("status")).toContainText("2 of 2 succeeded.", { timeout: 30_000 });
  await dialog.getByRole("button", { name: "Close" }).click();

  // Everyone valid is registered once, at Zoom and in the table.
  const atZoom = await zoomApi<{ total_records: number }>("GET", `/meetings/${id}/registrants?status=approved&page_size=300`);
  expect(atZoom.body.total_records).toBe(296);
  await page.getByLabel("Search registrants").fill(rows[299].last);
  await expect(page.getByRole("row", { name: new RegExp(`Guest ${rows[299].last}`) })).toBeVisible();
});

test("a meeting with manual approval can approve the imported people at once; a start the route refuses keeps the preview and says which line", async ({ page }) => {
  const { id } = await meetingWithRegistration("Registrant import approval", 1);
  const rows = guests(5);
  await open(page, `/meetings/${id}/registrants`);
  const dialog = await chooseFile(page, writeCsv("approved.csv", rows));
  await dialog.getByRole("button", { name: "Preview 5 rows" }).click();
  await dialog.getByLabel("Approve them at once").check();

  // The host makes "Dietary needs" required between the preview and the start: the route checks the rows again and refuses, naming the file's line; the choices stay.
  const stricter = { ...questions, custom_questions: questions.custom_questions.map((q) => (q.title === "Dietary needs" ? { ...q, required: true } : q)) };
  expect((await zoomApi("PATCH", `/meetings/${id}/registrants/questions`, stricter)).status).toBe(204);
  await dialog.getByRole("button", { name: "Import 5 registrants" }).click();
  await expect(dialog.getByRole("alert")).toContainText("The import did not start.");
  await expect(dialog.getByRole("alert")).toContainText("Row 2 (Dietary needs): “Dietary needs” is required.");
  await expect(dialog.getByLabel("Approve them at once")).toBeChecked();

  expect((await zoomApi("PATCH", `/meetings/${id}/registrants/questions`, questions)).status).toBe(204);
  await dialog.getByRole("button", { name: "Import 5 registrants" }).click();
  await expect(dialog.getByRole("status")).toContainText("5 of 5 succeeded.", { timeout: 30_000 });
  const approved = await zoomApi<{ total_records: number }>("GET", `/meetings/${id}/registrants?status=approved`);
  expect(approved.body.total_records).toBe(5);
});
