/**
 * Settings → Audit log: changes made in the UI (a meeting edited, a member's role changed) are
 * listed with the person who made them; the filters narrow the list; the CSV export parses and
 * holds the same rows; a member can open neither the page nor the API.
 */
import Papa from "papaparse";
import fs from "node:fs";
import { people, storageStates } from "./auth-flows";
import { expect, expectNoSeriousA11yViolations, runsAlone, test } from "./fixtures";
import { open, uniqueTopic, zoomApi } from "./meetings-support";

test.describe("as the owner", runsAlone, () => {
  test.use({ storageState: storageStates.owner, timezoneId: "Asia/Tokyo" });
  // The second test reads the entries the first one leaves.
  test.describe.configure({ mode: "serial" });

  let meetingId = "";
  let topic = "";

  test("lists each change made in the UI with the person who made it", async ({ page }, testInfo) => {
    // Something to change: a meeting of the owner's, made at Zoom.
    const owner = await zoomApi<{ id: string }>("GET", `/users/${people.owner.email}`);
    topic = uniqueTopic("Audit sync");
    const start = new Date(Date.now() + 3 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const created = await zoomApi<{ id: number }>("POST", `/users/${owner.body.id}/meetings`, { topic, type: 2, start_time: start, duration: 30, timezone: "UTC" });
    expect(created.status).toBe(201);
    meetingId = String(created.body.id);

    await open(page, `/meetings/${meetingId}`);
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("Topic").fill(`${topic} (renamed)`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${topic} (renamed)` })).toBeVisible();

    // The member is made an admin and back (other specs need them a member).
    await open(page, "/settings/members");
    const role = page.getByLabel(`Role of ${people.member.name}`);
    await role.selectOption("admin");
    await expect(page.getByText(`${people.member.name} is now admin.`)).toBeVisible();
    await role.selectOption("member");
    await expect(page.getByText(`${people.member.name} is now member.`)).toBeVisible();

    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit log" })).toBeVisible();
    // A fresh load, so the role-change toasts are gone before axe looks.
    await open(page, "/settings/audit");
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    const log = page.getByRole("table", { name: "Audit log" });
    const edited = log.getByRole("row").filter({ hasText: "Edited a meeting" }).filter({ hasText: `${topic} (renamed)` });
    await expect(edited).toHaveCount(1);
    await expect(edited).toContainText(people.owner.name);
    await expect(edited).toContainText(meetingId);
    await expect(edited).toContainText("OK");
    // Times read in the viewer's zone.
    await expect(edited).toContainText("GMT+9");
    const roleChanges = log.getByRole("row").filter({ hasText: "Changed a member's role" }).filter({ hasText: people.member.email });
    await expect(roleChanges).toHaveCount(2);
    // Newest first: back to member, from admin.
    const latest = roleChanges.first();
    await expect(latest).toContainText(people.owner.name);
    await latest.getByRole("button", { name: /^Details/ }).click();
    await expect(page.getByRole("region", { name: "Entry details" }).getByLabel("The change, as recorded")).toContainText(/"after": \{\s*"role": "member"\s*\},\s*"before": \{\s*"role": "admin"/);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("audit-log.png"), fullPage: true });
  });

  test("filters by action, target and person, and exports what the filters show", async ({ page }) => {
    await open(page, "/settings/audit");
    const log = page.getByRole("table", { name: "Audit log" });
    const filters = page.getByRole("search", { name: "Filter the audit log" });
    await filters.getByLabel("Action").selectOption({ label: "Changed a member's role" });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(log.getByRole("row").filter({ hasText: "Edited a meeting" })).toHaveCount(0);
    await expect(log.getByRole("row").filter({ hasText: "Changed a member's role" }).first()).toBeVisible();

    await filters.getByLabel("Action").selectOption({ label: "All actions" });
    await filters.getByLabel("Target").fill(meetingId);
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(log.getByRole("row").filter({ hasText: "Changed a member's role" })).toHaveCount(0);
    await expect(log.getByRole("row").filter({ hasText: "Edited a meeting" })).toHaveCount(1);

    // The export carries the filters: the one entry for this meeting.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloading;
    const csv = Papa.parse<Record<string, string>>(fs.readFileSync(await download.path(), "utf8"), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(1);
    expect(csv.data[0]).toMatchObject({ action: "meeting.update", target_id: meetingId, target: `${topic} (renamed)`, person: people.owner.name, email: people.owner.email, result: "ok" });

    // By person: the member's own sign-in is theirs; the owner's changes are not listed under them.
    await filters.getByLabel("Target").fill("");
    await filters.getByLabel("Person").selectOption({ label: `${people.member.name} (${people.member.email})` });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(log.getByRole("row").filter({ hasText: "Signed in" }).first()).toBeVisible();
    await expect(log.locator("tbody tr").filter({ hasNotText: people.member.name })).toHaveCount(0);
  });
});

test.describe("as a member", () => {
  test.use({ storageState: storageStates.member });

  test("cannot read the audit log: no menu entry, the page says so, the API answers 403", async ({ page }) => {
    await open(page, "/settings/audit");
    await expect(page.getByText("Only admins and owners can read the audit log")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    expect((await page.request.get("/api/audit")).status()).toBe(403);
    expect((await page.request.get("/api/audit/export.csv")).status()).toBe(403);
  });
});
