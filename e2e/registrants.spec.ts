/**
 * A meeting's registrants tab, in the browser against the sandbox: adding someone through the
 * form built from the meeting's own questions, editing the questions, exporting what the table
 * shows, and who may open it. Each test schedules its own meeting through Zoom's API, so the seed
 * and other specs never change what it sees.
 */
import fs from "node:fs";
import Papa from "papaparse";
import { expect, expectNoSeriousA11yViolations, runsAlone, test } from "./fixtures";
import { people, storageStates } from "./auth-flows";
import { open, uniqueTopic, zoomApi } from "./meetings-support";

test.use({ storageState: storageStates.owner, timezoneId: "Europe/London" });

const questions = {
  questions: [{ field_name: "last_name", required: true }],
  custom_questions: [
    { title: "Team", type: "single", required: true, answers: ["Red", "Blue"] },
    { title: "Dietary needs", type: "short", required: false },
  ],
};

/** A meeting hosted by the owner, taking registrations, with `questions` and these registrants (through Zoom's API). */
async function meetingWithRegistration(label: string, registrants: { email: string; first_name: string; last_name: string; custom_questions?: { title: string; value: string }[] }[] = [], approval: 0 | 1 | 2 = 0) {
  const owner = await zoomApi<{ id: string }>("GET", `/users/${people.owner.email}`);
  const start = new Date(Date.now() + 3 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const topic = uniqueTopic(label);
  const created = await zoomApi<{ id: number }>("POST", `/users/${owner.body.id}/meetings`, { topic, type: 2, start_time: start, duration: 45, timezone: "UTC", settings: { approval_type: approval } });
  expect(created.status).toBe(201);
  const id = String(created.body.id);
  if (approval !== 2) {
    expect((await zoomApi("PATCH", `/meetings/${id}/registrants/questions`, questions)).status).toBe(204);
    for (const r of registrants) expect((await zoomApi("POST", `/meetings/${id}/registrants`, r)).status).toBe(201);
  }
  return { id, topic };
}

test("add a registrant with custom answers: required answers are checked first, then Zoom's join link is shown and the row has the answers", async ({ page }) => {
  test.slow(); // a create, two axe scans and a table refresh on a shared machine
  const { id, topic } = await meetingWithRegistration("Registrants add");
  await open(page, `/meetings/${id}/registrants`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(topic);
  await expect(page.getByRole("tab", { name: /Approved/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByText("No approved registrants.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Add registrant" }).click();
  const dialog = page.getByRole("dialog", { name: "Add registrant" });
  await dialog.getByLabel("Email").fill("not-an-email");
  await dialog.getByRole("button", { name: "Add registrant" }).click();
  await expect(dialog.getByText("Enter a valid email address.")).toBeVisible();
  await expect(dialog.getByText("Last name is required.")).toBeVisible();
  await expect(dialog.getByText("“Team” is required.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const email = `ana.${Date.now().toString(36)}@example.test`;
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("First name").fill("Ana");
  await dialog.getByLabel("Last name").fill("Lopez");
  await dialog.getByRole("group", { name: /Team/ }).getByLabel("Blue").check();
  await dialog.getByLabel("Dietary needs").fill("Vegan");
  // Escape only hides the form: reopened, everything typed is still there.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Add registrant" }).click();
  await expect(dialog.getByLabel("Email")).toHaveValue(email);
  await expect(dialog.getByLabel("Dietary needs")).toHaveValue("Vegan");
  await expect(dialog.getByRole("group", { name: /Team/ }).getByLabel("Blue")).toBeChecked();
  await dialog.getByRole("button", { name: "Add registrant" }).click();

  const added = page.getByRole("dialog", { name: "Registrant added" });
  await expect(added.getByLabel("Their join link")).toHaveValue(/^https?:\/\/.+\/j\/\d+\?tk=.+/);
  await expect(added.getByRole("button", { name: "Copy join link" })).toBeVisible();
  await added.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row", { name: /Ana Lopez/ });
  await expect(row).toContainText(email);
  await expect(row.getByRole("cell", { name: "Blue" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Vegan" })).toBeVisible();
  await expect(page.getByRole("tab", { name: /Approved/ })).toContainText("1");
});

test("the questions editor warns that people already registered, saves, and the add form asks the new question", async ({ page }) => {
  test.slow();
  const { id } = await meetingWithRegistration("Registrants questions", [{ email: "first@example.test", first_name: "First", last_name: "Person", custom_questions: [{ title: "Team", value: "Red" }] }]);
  await open(page, `/meetings/${id}/registrants`);
  await page.getByRole("button", { name: "Registration questions" }).click();
  const dialog = page.getByRole("dialog", { name: "Registration questions" });
  await expect(dialog.getByRole("textbox", { name: "Question 1", exact: true })).toHaveValue("Team");
  await dialog.getByRole("button", { name: "Add a question" }).click();
  await dialog.getByRole("textbox", { name: "Question 3", exact: true }).fill("T-shirt size");
  await dialog.getByLabel("Question 3 type").selectOption({ label: "Single choice" });
  await dialog.getByRole("button", { name: "Save questions" }).click();
  await expect(dialog.getByText("A choice question needs at least one answer.")).toBeVisible();
  await dialog.getByLabel("Question 3 answers").fill("S\nM\nL");
  await dialog.getByLabel("Question 3 required").check();
  await dialog.getByLabel("City").selectOption({ label: "Asked, optional" });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Save questions" }).click();
  await expect(dialog.getByRole("alert")).toContainText("1 person has registered; they will not be asked the new questions.");
  await dialog.getByRole("button", { name: "Save anyway" }).click();
  await expect(dialog).toBeHidden();

  const saved = await zoomApi<typeof questions>("GET", `/meetings/${id}/registrants/questions`);
  expect(saved.body.custom_questions.map((q) => q.title)).toEqual(["Team", "Dietary needs", "T-shirt size"]);
  expect(saved.body.questions.map((q) => q.field_name).sort()).toEqual(["city", "last_name"]);

  await page.getByRole("button", { name: "Add registrant" }).click();
  const add = page.getByRole("dialog", { name: "Add registrant" });
  const sizes = add.getByRole("group", { name: /T-shirt size/ });
  await expect(sizes.getByRole("radio")).toHaveCount(3);
  await expect(add.getByLabel("City")).toBeVisible();
  // The table has a column for the new question too.
  await add.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("columnheader", { name: "T-shirt size" })).toBeAttached();
});

test("Export CSV downloads the searched, sorted table with each custom answer in its own column", async ({ page }) => {
  const { id } = await meetingWithRegistration("Registrants export", [
    { email: "zed@example.test", first_name: "Zed", last_name: "Adams", custom_questions: [{ title: "Team", value: "Red" }] },
    { email: "amy@example.test", first_name: "Amy", last_name: "Stone", custom_questions: [{ title: "Team", value: "Blue" }, { title: "Dietary needs", value: "=1+1" }] },
    { email: "bob@other.test", first_name: "Bob", last_name: "Marsh", custom_questions: [{ title: "Team", value: "Red" }] },
  ]);
  await open(page, `/meetings/${id}/registrants?sort=name`);
  await page.getByLabel("Search registrants").fill("example.test");
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("2 of 3 match “example.test”");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`meeting-${id}-approved-registrants.csv`);
  const text = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r["Email"])).toEqual(["amy@example.test", "zed@example.test"]);
  expect(rows.map((r) => r["Team"])).toEqual(["Blue", "Red"]);
  // A formula-like answer is written so a spreadsheet shows it rather than runs it.
  expect(rows[0]!["Dietary needs"]).toBe("'=1+1");
  expect(rows[0]!["Join URL"]).toMatch(/\/j\/\d+\?tk=/);
});

test("registration off says how to turn it on", async ({ page }) => {
  const { id } = await meetingWithRegistration("Registrants off", [], 2);
  await open(page, `/meetings/${id}/registrants`);
  await expect(page.getByRole("heading", { name: "Registration is off for this meeting" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit the meeting" })).toHaveAttribute("href", `/meetings/${id}/edit`);
  await expect(page.getByRole("button", { name: "Add registrant" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("a member cannot open the registrants of a meeting they do not host", async ({ browser }) => {
  const { id } = await meetingWithRegistration("Registrants not yours", [{ email: "secret@example.test", first_name: "Secret", last_name: "Person", custom_questions: [{ title: "Team", value: "Red" }] }]);
  const context = await browser.newContext({ storageState: storageStates.member });
  const page = await context.newPage();
  // The member's own Zoom token cannot read another host's meeting, so Zoom answers 3001 before the
  // dashboard's own host check (403) is reached; either way nothing of the meeting is shown.
  const api = await page.request.get(`/api/zoom/meetings/${id}/registrants?status=approved`);
  expect([403, 404]).toContain(api.status());
  expect(await api.text()).not.toContain("secret@example.test");
  await open(page, `/meetings/${id}/registrants`);
  await expect(page.getByRole("heading", { name: "This meeting was deleted or does not exist" })).toBeVisible();
  await expect(page.getByText("Secret Person")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add registrant" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("approve a selection and deny one row: each asks first, then runs as a background job that changes them at Zoom", async ({ page, sandbox }) => {
  test.slow(); // two jobs on the shared queue
  const { id } = await meetingWithRegistration(
    "Registrants approve",
    [
      { email: "zed@example.test", first_name: "Zed", last_name: "Adams", custom_questions: [{ title: "Team", value: "Red" }] },
      { email: "amy@example.test", first_name: "Amy", last_name: "Stone", custom_questions: [{ title: "Team", value: "Blue" }] },
      { email: "bob@example.test", first_name: "Bob", last_name: "Marsh", custom_questions: [{ title: "Team", value: "Red" }] },
    ],
    1,
  );
  const emails = async (status: string) => (await zoomApi<{ registrants: { email: string }[] }>("GET", `/meetings/${id}/registrants?status=${status}`)).body.registrants.map((r) => r.email).sort();
  await open(page, `/meetings/${id}/registrants?status=pending`);
  await expect(page.getByRole("tab", { name: /Pending/ })).toHaveAttribute("aria-selected", "true");
  // By e-mail: Amy, Bob, Zed. Amy and Bob are approved; Zed, last, is denied from his row's menu.
  const table = page.getByRole("table", { name: "Pending registrants" });
  await table.getByRole("button", { name: /^Email/ }).click();
  await expect(table.getByRole("row").nth(3)).toContainText("zed@example.test");
  await page.getByRole("checkbox", { name: "Select Amy Stone" }).check();
  await page.getByRole("checkbox", { name: "Select Bob Marsh" }).check();
  const selection = page.getByRole("group", { name: "Selected registrants" });
  await expect(selection).toContainText("2 selected");
  await expect(selection.getByRole("button", { name: "Cancel registration" })).toHaveCount(0);
  await selection.getByRole("button", { name: "Approve" }).click();
  const confirm = page.getByRole("dialog", { name: "Approve 2 registrants?" });
  await expect(confirm).toContainText("Zoom may email each of them about it, according to this meeting’s email notification settings");
  await expectNoSeriousA11yViolations(page);
  // Zoom takes a moment over the approval, so the list changes under the menu opened meanwhile.
  await sandbox.armFault({ method: "PUT", path: `/meetings/${id}/registrants/status`, delayMs: 2000, count: 1 });
  await confirm.getByRole("button", { name: "Approve 2 registrants" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("region", { name: "Approve 2 registrants" })).toBeVisible();
  await expect(selection).toBeHidden();

  // Zed's menu, opened while the job runs, stays open and stays Zed's when Amy and Bob leave the
  // rows above his (rows are keyed by registrant, not by position).
  await table.getByRole("button", { name: "Actions for Zed Adams" }).click();
  const zedsMenu = page.getByRole("menu", { name: "Actions for Zed Adams" });
  await expect(zedsMenu).toBeVisible();
  await expect.poll(() => emails("approved"), { timeout: 20_000 }).toEqual(["amy@example.test", "bob@example.test"]);
  await expect(page.getByRole("tab", { name: /Pending/ })).toContainText("1");
  await expect(table.getByRole("row").filter({ hasText: "amy@example.test" })).toHaveCount(0);
  await expect(zedsMenu).toBeVisible();
  // Zed's is now the only row, and the whole menu still shows: the table's scroll box does not cut it off.
  await expect(zedsMenu).toBeInViewport({ ratio: 1 });
  await zedsMenu.getByRole("menuitem", { name: "Deny…" }).click();
  const deny = page.getByRole("dialog", { name: "Deny 1 registrant?" });
  await expect(deny).toContainText("Deny Zed Adams (zed@example.test).");
  await deny.getByRole("button", { name: "Deny 1 registrant" }).click();
  await expect.poll(() => emails("denied"), { timeout: 20_000 }).toEqual(["zed@example.test"]);

  await open(page, `/meetings/${id}/registrants?status=pending`);
  await expect(page.getByRole("tab", { name: /Approved/ })).toContainText("2");
  await expect(page.getByRole("tab", { name: /Denied/ })).toContainText("1");
  await expect(page.getByText("No pending registrants.")).toBeVisible();
});

test("a bulk approval where Zoom refuses one registrant: the result is shown per person, and retrying the failed one approves it", async ({ page, sandbox }) => {
  test.slow(); // two jobs on the shared queue
  const { id } = await meetingWithRegistration(
    "Registrants partial failure",
    [
      { email: "ann@example.test", first_name: "Ann", last_name: "Lee", custom_questions: [{ title: "Team", value: "Red" }] },
      { email: "ben@example.test", first_name: "Ben", last_name: "Cho", custom_questions: [{ title: "Team", value: "Blue" }] },
      { email: "cat@example.test", first_name: "Cat", last_name: "Diaz", custom_questions: [{ title: "Team", value: "Red" }] },
    ],
    1,
  );
  const emails = async (status: string) => (await zoomApi<{ registrants: { email: string }[] }>("GET", `/meetings/${id}/registrants?status=${status}`)).body.registrants.map((r) => r.email).sort();
  // Zoom refuses any status change naming Ben, twice: the batch of three, then Ben alone.
  await sandbox.armFault({
    method: "PUT",
    path: `/meetings/${id}/registrants/status`,
    bodyIncludes: "ben@example.test",
    status: 400,
    body: { code: 3000, message: "Ben cannot be approved right now." },
    count: 2,
  });
  await open(page, `/meetings/${id}/registrants?status=pending`);
  await page.getByRole("checkbox", { name: /Select all/ }).check();
  const selection = page.getByRole("group", { name: "Selected registrants" });
  await expect(selection).toContainText("3 selected");
  await selection.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("dialog", { name: "Approve 3 registrants?" }).getByRole("button", { name: "Approve 3 registrants" }).click();

  const results = page.getByRole("region", { name: "Result per registrant" });
  await expect(results.getByRole("row", { name: /ben@example\.test/ })).toContainText("Failed", { timeout: 20_000 });
  await expect(results.getByRole("row", { name: /ben@example\.test/ })).toContainText("Ben cannot be approved right now.");
  await expect(results.getByRole("row", { name: /ann@example\.test/ })).toContainText("Succeeded");
  await expect(results.getByRole("row", { name: /cat@example\.test/ })).toContainText("Succeeded");
  expect(await emails("approved")).toEqual(["ann@example.test", "cat@example.test"]);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Retry the failed ones (1)" }).click();
  await expect.poll(() => emails("approved"), { timeout: 20_000 }).toEqual(["ann@example.test", "ben@example.test", "cat@example.test"]);
  await expect(page.getByRole("region", { name: "Result per registrant" }).getByRole("row", { name: /ben@example\.test/ })).toContainText("Succeeded");
});

// Alone: 1,200 rows drawn and scanned by axe keep both cores busy; beside it, another test's page
// once waited more than 10 s for its data.
test("a webinar's 1,200 registrants are all listed: drawn in steps, searched and selected across every page Zoom has", runsAlone, async ({ page, sandbox }) => {
  test.slow();
  const owner = await zoomApi<{ id: string }>("GET", `/users/${people.owner.email}`);
  const start = new Date(Date.now() + 5 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const created = await zoomApi<{ id: number }>("POST", `/users/${owner.body.id}/webinars`, { topic: uniqueTopic("Registrants webinar"), type: 5, start_time: start, duration: 60, timezone: "UTC", settings: { approval_type: 0 } });
  expect(created.status).toBe(201);
  const id = String(created.body.id);
  await sandbox.control("POST", "/registrants", { kind: "webinar", parentId: id, count: 1200, emailPrefix: "guest" });

  await open(page, `/webinars/${id}/registrants`);
  await expect(page.getByRole("tab", { name: /Approved/ })).toContainText("1,200");
  await expect(page.getByText("Showing 100 of 1,200")).toBeVisible();
  // A full page of rows (checked at 100: axe over 600 rows takes minutes on a shared machine).
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Show 500 more" }).click();
  await expect(page.getByText("Showing 600 of 1,200")).toBeVisible();

  // The last one registered is on Zoom's last page.
  await page.getByLabel("Search registrants").fill("guest.1200@");
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("1 of 1,200 match “guest.1200@”");
  await expect(page.getByRole("row", { name: /guest\.1200@example\.org/ })).toBeVisible();
  await page.getByLabel("Search registrants").fill("");
  await page.getByLabel("Select all 1,200").check();
  await expect(page.getByRole("group", { name: "Selected registrants" })).toContainText("1,200 selected");
});
