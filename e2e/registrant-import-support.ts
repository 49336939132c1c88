/**
 * Shared steps for the CSV import and jobs specs: a meeting of the owner's that takes
 * registrations (made through Zoom's API, so no other spec sees it), a generated CSV written to a
 * temp file, and the wizard walked the way a person does.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, sandbox } from "./fixtures";
import { people } from "./auth-flows";
import { uniqueTopic, zoomApi } from "./meetings-support";

export const questions = {
  questions: [{ field_name: "last_name", required: true }],
  custom_questions: [
    { title: "Team", type: "single", required: true, answers: ["Red", "Blue"] },
    { title: "Dietary needs", type: "short", required: false },
  ],
};

/** A meeting hosted by the owner, taking registrations (approval 0 automatic, 1 manual) with `questions`. */
export async function meetingWithRegistration(label: string, approval: 0 | 1 = 0) {
  const owner = await zoomApi<{ id: string }>("GET", `/users/${people.owner.email}`);
  const start = new Date(Date.now() + 3 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const topic = uniqueTopic(label);
  const created = await zoomApi<{ id: number }>("POST", `/users/${owner.body.id}/meetings`, { topic, type: 2, start_time: start, duration: 45, timezone: "UTC", settings: { approval_type: approval } });
  expect(created.status).toBe(201);
  const id = String(created.body.id);
  expect((await zoomApi("PATCH", `/meetings/${id}/registrants/questions`, questions)).status).toBe(204);
  return { id, topic };
}

export interface GuestRow {
  email: string;
  first: string;
  last: string;
  team: string;
}

/** `count` well-formed guests with addresses no other run uses. */
export function guests(count: number, tag = Date.now().toString(36)): GuestRow[] {
  return Array.from({ length: count }, (_, i) => ({ email: `guest.${i + 1}.${tag}@example.test`, first: "Guest", last: `Number ${i + 1} ${tag}`, team: i % 2 ? "Red" : "Blue" }));
}

/** Writes the rows as a CSV the way a spreadsheet exports it (header names a person would type, an extra column). */
export function writeCsv(name: string, rows: GuestRow[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = ["E-mail,First Name,Last Name,Team,Dietary needs,Source", ...rows.map((r) => [r.email, r.first, r.last, r.team, "", "newsletter"].map(quote).join(","))];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "registrant-import-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  return file;
}

export const importDialog = (page: Page) => page.getByRole("dialog", { name: "Import registrants from a CSV file" });

/** Opens the wizard and chooses the file; answers the dialog on its column step. */
export async function chooseFile(page: Page, file: string): Promise<Locator> {
  await page.getByRole("button", { name: "Import CSV" }).click();
  const dialog = importDialog(page);
  await dialog.getByLabel("Choose a CSV file").setInputFiles(file);
  await expect(dialog.getByRole("list", { name: "Import steps" }).locator('[aria-current="step"]')).toContainText("Match columns");
  return dialog;
}

/** Slows every registration of this meeting at Zoom, so an import is still running when the test acts on it. */
export const slowRegistrations = (meetingId: string, delayMs: number, count: number) =>
  sandbox.armFault({ method: "POST", path: `/meetings/${meetingId}/registrants`, delayMs, count });

/** Zoom refuses the registration of each of these addresses once, with a 400 and its own code. */
export async function refuseRegistrations(meetingId: string, emails: string[]) {
  for (const email of emails) {
    await sandbox.armFault({
      method: "POST",
      path: `/meetings/${meetingId}/registrants`,
      bodyIncludes: email,
      status: 400,
      body: { code: 300, message: "Registration is closed for this address." },
      count: 1,
    });
  }
}
