/**
 * Zoom Mail in the browser against the sandbox: compose with Cc and an attachment, auto-save,
 * reopen identical, edit, send (the recipient's sandbox mailbox has it), auto-save racing a slow
 * Zoom, delete, search and paging, Settings → Mail, and a connection without Mail scopes.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, runsAlone, test } from "./fixtures";
import { people, signInAs, storageStates } from "./auth-flows";

test.use({ storageState: storageStates.member });

const run = Date.now().toString(36);
const compose = (page: Page) => page.getByRole("form", { name: /New draft|Edit draft/ });
const drafts = (page: Page) => page.getByRole("table", { name: "Drafts" });
const savedStatus = (page: Page) => compose(page).getByRole("status").filter({ hasText: /^Saved at/ });

async function searchFor(page: Page, q: string) {
  await page.getByRole("searchbox", { name: "Search drafts" }).fill(q);
  await page.getByRole("searchbox", { name: "Search drafts" }).press("Enter");
}

async function addRecipient(page: Page, field: "To" | "Cc" | "Bcc", address: string) {
  await compose(page).getByLabel(field, { exact: true }).fill(address);
  await compose(page).getByLabel(field, { exact: true }).press("Enter");
  await expect(compose(page).getByRole("list", { name: `${field} recipients` }).getByText(address, { exact: true })).toBeVisible();
}

/** The plain text Zoom holds for the one draft with this subject (or how many drafts matched, while that is not one). */
async function savedText(page: Page, subject: string): Promise<string> {
  const list = await (await page.request.get(`/api/zoom/mail/drafts?q=${encodeURIComponent(`subject:"${subject}"`)}`)).json();
  if (list.drafts.length !== 1) return `drafts: ${list.drafts.length}`;
  return (await (await page.request.get(`/api/zoom/mail/drafts/${list.drafts[0].id}`)).json()).content.text;
}

type Delivered = { subject: string; to: string; cc: string; bcc: string; text: string; html: string; attachments: { filename: string; size: number; sha256: string }[] };

test.describe.configure({ mode: "serial" });

test("compose with Cc and an attachment auto-saves once, reopens identical, edits and sends to the recipient's mailbox", async ({ page, sandbox }) => {
  const subject = `Quarterly plan — Grüße 🚀 ${run}`;
  const file = randomBytes(40_000);
  await page.goto("/mail");
  await expect(drafts(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/work/shots/mail-drafts.png", fullPage: true });

  await page.getByRole("button", { name: "New draft" }).click();
  await addRecipient(page, "To", people.owner.email);
  await addRecipient(page, "Cc", "finance@example.org");
  await compose(page).getByLabel("To", { exact: true }).fill("not-an-address");
  await compose(page).getByLabel("To", { exact: true }).press("Enter");
  await expect(compose(page).getByText("“not-an-address” is not a valid email address.")).toBeVisible();
  await expect(compose(page).getByLabel("To", { exact: true })).toHaveValue("not-an-address");
  await compose(page).getByLabel("To", { exact: true }).fill("");
  await compose(page).getByLabel("Subject").fill(subject);
  const editor = compose(page).getByRole("textbox", { name: "Message" });
  await editor.click();
  await page.keyboard.type("Hello ");
  await compose(page).getByRole("button", { name: "Bold" }).click();
  await page.keyboard.type("team");
  await compose(page).getByRole("button", { name: "Bold" }).click();
  await page.keyboard.type(", here is the plan.");
  await compose(page).getByLabel("Attach files").setInputFiles({ name: "Plan Q3 — final.bin", mimeType: "application/octet-stream", buffer: file });
  await expect(compose(page).getByRole("list", { name: "Attachments" })).toContainText("Plan Q3 — final.bin");
  await expect(compose(page).getByText(/Up to 10 MB in total/)).toBeVisible();
  // Auto-save: nobody presses Save.
  await expect(savedStatus(page)).toBeVisible({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "/work/shots/mail-compose.png", fullPage: true });
  await compose(page).getByRole("button", { name: "Close" }).click();

  await searchFor(page, `subject:"${run}"`);
  await expect(drafts(page).getByRole("row")).toHaveCount(2);
  const row = drafts(page).getByRole("row").nth(1);
  await expect(row).toContainText(people.owner.email);
  await expect(row).toContainText("finance@example.org");
  await expect(row.getByText("Has attachments")).toBeAttached();

  await row.getByRole("button", { name: subject }).click();
  await expect(compose(page).getByLabel("Subject")).toHaveValue(subject);
  await expect(compose(page).getByRole("list", { name: "To recipients" })).toHaveText(new RegExp(people.owner.email));
  await expect(compose(page).getByRole("list", { name: "Cc recipients" })).toHaveText(/finance@example.org/);
  await expect(editor.locator("strong, b")).toHaveText("team");
  await expect(editor).toHaveText("Hello team, here is the plan.");
  await expect(compose(page).getByLabel("Plain-text version")).toHaveValue("Hello team, here is the plan.");
  await expect(compose(page).getByRole("list", { name: "Attachments" })).toContainText("39 KB");

  await compose(page).getByLabel("Subject").fill(`${subject} v2`);
  await expect(savedStatus(page)).toBeVisible({ timeout: 15_000 });
  await compose(page).getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Sent", { exact: true })).toBeVisible();
  await expect(compose(page)).toHaveCount(0);
  await expect(drafts(page).getByRole("row")).toHaveCount(2); // header + the "No drafts match" row
  await expect(drafts(page)).toContainText("No drafts match");

  const inbox = await sandbox.control<{ messages: Delivered[] }>("GET", `/mailboxes/${encodeURIComponent(people.owner.email)}/messages?label=INBOX`);
  const got = inbox.messages.find((m) => m.subject === `${subject} v2`);
  expect(got).toBeDefined();
  expect(got!.to).toBe(people.owner.email);
  expect(got!.cc).toBe("finance@example.org");
  expect(got!.text).toBe("Hello team, here is the plan.");
  expect(got!.html).toMatch(/Hello <(b|strong)>team<\/(b|strong)>, here is the plan\./);
  expect(got!.attachments).toEqual([{ filename: "Plan Q3 — final.bin", contentType: "application/octet-stream", size: file.length, sha256: createHash("sha256").update(file).digest("hex") }]);
});

test("keystrokes typed while a slow save is in flight are saved into the same draft", async ({ page, sandbox }) => {
  await page.goto("/mail");
  await page.getByRole("button", { name: "New draft" }).click();
  await sandbox.armFault({ method: "POST", path: "create_draft_email", delayMs: 3000, count: 1 });
  try {
    await compose(page).getByLabel("Subject").fill(`Slow save ${run}`);
    await expect(compose(page).getByRole("status")).toHaveText("Saving…", { timeout: 10_000 });
    await compose(page).getByRole("textbox", { name: "Message" }).click();
    await page.keyboard.type("typed while Zoom was slow");
    await expect(savedStatus(page)).toBeVisible({ timeout: 20_000 });
    await expect(compose(page).getByRole("textbox", { name: "Message" })).toHaveText("typed while Zoom was slow");
    await expect.poll(() => savedText(page, `Slow save ${run}`), { timeout: 15_000 }).toBe("typed while Zoom was slow");
  } finally {
    await sandbox.disarmFaults();
  }

  await compose(page).getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this draft?" });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Delete draft" }).click();
  await expect(page.getByText("Draft deleted")).toBeVisible();
  await searchFor(page, `subject:"Slow save ${run}"`);
  await expect(drafts(page)).toContainText("No drafts match");
});

test("text pasted with invisible zero-width characters still saves: the body drops them", async ({ page }) => {
  await page.goto("/mail");
  await page.getByRole("button", { name: "New draft" }).click();
  await compose(page).getByLabel("Subject").fill(`Pasted ${run}`);
  await compose(page).getByRole("textbox", { name: "Message" }).click();
  // What a copy from a web page or a chat app brings along: a zero-width space and a byte-order mark.
  await page.keyboard.insertText("Agenda\u200B for \uFEFFMonday");
  await expect(savedStatus(page)).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => savedText(page, `Pasted ${run}`), { timeout: 15_000 }).toBe("Agenda for Monday");
  await compose(page).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog", { name: "Delete this draft?" }).getByRole("button", { name: "Delete draft" }).click();
  await expect(page.getByText("Draft deleted")).toBeVisible();
});

test("search narrows the drafts and paging reaches every page", async ({ page }) => {
  for (let i = 1; i <= 11; i++) {
    const res = await page.request.post("/api/zoom/mail/drafts", { data: { to: [people.admin.email], subject: `Pager ${run} #${String(i).padStart(2, "0")}`, text: `Body ${i}` } });
    expect(res.status()).toBe(200);
  }
  await page.goto("/mail");
  await page.getByLabel("Per page").selectOption("10");
  await searchFor(page, `subject:"Pager ${run}"`);
  const rows = drafts(page).getByRole("row");
  await expect(rows).toHaveCount(11);
  await expect(page.getByText("Page 1 · about 11 drafts")).toBeVisible();
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByText("Page 2 · about 11 drafts")).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
  const lastSubject = await rows.nth(1).getByRole("button").textContent();
  await page.getByRole("button", { name: "Previous page" }).click();
  await expect(rows).toHaveCount(11);
  await expect(drafts(page)).not.toContainText(lastSubject!);
  await page.getByLabel("Include spam and trash").check();
  await expect(page.getByText("Page 1 · about 11 drafts")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe("Settings → Mail", () => {
  // The person's zone differs from the server's (UTC): wall times must be read in the browser's zone.
  test.use({ timezoneId: "Europe/Berlin" });

  test("Settings → Mail turns the vacation responder on with dates and off, and changes the language", async ({ page }) => {
    await page.goto("/settings");
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Mail" }).click();
    await expect(page).toHaveURL(/\/settings\/mail$/);
    const vacation = page.getByRole("region", { name: "Vacation responder" });
    await vacation.getByLabel("Send automatic replies").check();
    await vacation.getByLabel("Starts").fill("2026-12-24T09:00");
    await vacation.getByLabel("Ends").fill("2026-12-23T09:00");
    await vacation.getByLabel("Reply subject").fill("Out of office");
    await vacation.getByLabel("Reply message").fill("Back after the holidays — Grüße!");
    await vacation.getByRole("button", { name: "Save vacation responder" }).click();
    await expect(vacation.getByText("The end must be after the start.")).toBeVisible();
    await vacation.getByLabel("Ends").fill("2027-01-04T17:30");
    await vacation.getByLabel("Only people in my organization's domain").check();
    await vacation.getByRole("button", { name: "Save vacation responder" }).click();
    await expect(vacation.getByText(/Saved at Zoom: On from .*Dec 24, 2026, 9:00 AM until .*Jan 4, 2027, 5:30 PM · “Out of office”/)).toBeVisible();
    await expect(vacation.getByText("Optional. Your time zone: Europe/Berlin.")).toBeVisible();
    const stored = await (await page.request.get("/api/zoom/mail/settings/vacation")).json();
    expect(stored).toMatchObject({ startTime: "2026-12-24T08:00:00.000Z", endTime: "2027-01-04T16:30:00.000Z" });
    await expectNoSeriousA11yViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "/work/shots/mail-settings.png", fullPage: true });

    await page.reload();
    await expect(vacation.getByLabel("Send automatic replies")).toBeChecked();
    await expect(vacation.getByLabel("Starts")).toHaveValue("2026-12-24T09:00");
    await expect(vacation.getByLabel("Ends")).toHaveValue("2027-01-04T17:30");
    await expect(vacation.getByLabel("Reply message")).toHaveValue("Back after the holidays — Grüße!");
    await expect(vacation.getByLabel("Only people in my organization's domain")).toBeChecked();
    await vacation.getByLabel("Send automatic replies").uncheck();
    await vacation.getByRole("button", { name: "Save vacation responder" }).click();
    await expect(vacation.getByText("Saved at Zoom: Off")).toBeVisible();

    const language = page.getByRole("region", { name: "Mailbox language" });
    await language.getByLabel("Language").selectOption("de-DE");
    await language.getByRole("button", { name: "Save language" }).click();
    await expect(language.getByText("Saved at Zoom: Deutsch (de-DE)")).toBeVisible();
    await page.reload();
    await expect(language.getByLabel("Language")).toHaveValue("de-DE");
    await expect(vacation.getByText("Saved at Zoom: Off")).toBeVisible();
    await language.getByLabel("Language").selectOption("en-US");
    await language.getByRole("button", { name: "Save language" }).click();
    await expect(language.getByText("Saved at Zoom: English (en-US)")).toBeVisible();
  });
});

test.describe("without Mail scopes", runsAlone, () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the mail page and Settings → Mail explain what to do instead of failing", async ({ page, sandbox }) => {
    const { scopes } = await sandbox.control<{ scopes: string[] }>("GET", "/scopes");
    await sandbox.control("PUT", "/scopes", { scopes: scopes.filter((s) => !s.startsWith("mail:") && !s.startsWith("email:")) });
    try {
      await signInAs(page, { name: "Hannah Schmidt", email: "hannah.schmidt@brightwave.test" });
    } finally {
      await sandbox.control("PUT", "/scopes", { scopes });
    }
    await page.goto("/mail");
    const why = page.getByRole("region", { name: "Your Zoom connection has no Mail access" });
    await expect(why).toContainText("does not include the Mail scopes “mail:read” and “mail:write”");
    await expect(why).toContainText("Reconnect with Zoom");
    await expect(page.getByRole("table", { name: "Drafts" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "/work/shots/mail-no-scopes.png", fullPage: true });
    await why.getByRole("link", { name: "Open Settings → Connections" }).click();
    await expect(page).toHaveURL(/\/settings\/connections$/);
    await page.goto("/settings/mail");
    await expect(page.getByRole("region", { name: "Your Zoom connection has no Mail access" })).toBeVisible();
  });
});
