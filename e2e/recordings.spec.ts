/**
 * Cloud recordings as people use them: a range longer than a month finds an older recording; its
 * video plays and seeks from the dashboard's own content route; the transcript seeks the player;
 * the chat marks a direct message; a download is the sandbox's file byte for byte; trash, recover,
 * delete for good (one and a selection); and a member sees and opens only their own.
 */
import { recordingPathId } from "@/lib/schemas/recording";
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, sandbox, test } from "./fixtures";
import { people, storageStates } from "./auth-flows";
import { open, zoomApi } from "./meetings-support";

const OWNER = "olivia.bennett@brightwave.test";
const DAY = 86_400_000;
const MP4_FIXTURE = "lib/zoom-sandbox/recordings/media/sandbox-recording.mp4";

interface ZoomRec {
  uuid: string;
  id: number;
  topic: string;
  start_time: string;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const href = (uuid: string) => `/recordings/${encodeURIComponent(recordingPathId(uuid))}`;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The owner's recordings Zoom has between `fromDays` and `toDays` ago (one month window at most). */
async function ownerRecordings(fromDays: number, toDays: number): Promise<ZoomRec[]> {
  const { now } = await sandbox.control<{ now: string }>("GET", "/clock");
  const at = Date.parse(now);
  const res = await zoomApi<{ meetings: ZoomRec[] }>("GET", `/users/${OWNER}/recordings?from=${isoDay(at - fromDays * DAY)}&to=${isoDay(at - toDays * DAY)}&page_size=300`);
  expect(res.status).toBe(200);
  return res.body.meetings;
}

/** A fresh recording of the owner that no other test touches (a small simulated MP4, ending now). */
async function freshRecording(): Promise<{ uuid: string; meetingId: number; topic: string }> {
  const bytes = 64 + Math.floor(Math.random() * 900_000);
  const made = await sandbox.control<{ uuid: string; meetingId: number }>("POST", "/recordings/large", { bytes, hostEmail: OWNER });
  return { uuid: made.uuid, meetingId: made.meetingId, topic: `Large recording (${bytes} bytes)` };
}


const video = (page: Page) => page.locator("video");
const mediaTime = (page: Page) => video(page).evaluate((v: HTMLVideoElement) => v.currentTime);

test.describe("as the owner", () => {
  test.use({ storageState: storageStates.owner, timezoneId: "America/New_York" });
  test.slow();

  test("a 90-day range finds an older recording that plays, seeks, follows its transcript and chat, and downloads intact", async ({ page }) => {
    const older = (await ownerRecordings(75, 45))[0]!;
    expect(older, "the seed has owner recordings 45–75 days back").toBeTruthy();

    await open(page, "/recordings");
    const table = page.getByRole("table", { name: "Cloud recordings" });
    await expect(table.getByRole("link").first()).toBeVisible();
    await expect(page.locator(`a[href="${href(older.uuid)}"]`)).toHaveCount(0);
    await page.getByLabel("Date range").selectOption("90d");
    await expect(page).toHaveURL(/range=90d/);
    await expect(page.locator(`a[href="${href(older.uuid)}"]`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "/tmp/rec-ui-list.png" });

    await page.locator(`a[href="${href(older.uuid)}"]`).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(older.topic);
    const src = await video(page).getAttribute("src");
    expect(src).toMatch(/^\/api\/zoom\/recordings\/[^/]+\/files\/[^/]+\/content$/);

    // Plays (muted: Chromium lets a page start muted media without a click).
    await video(page).evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.3);
    // Seeks: the content route answers the Range request the browser makes.
    await video(page).evaluate((v: HTMLVideoElement) => v.pause());
    const seeked = await video(page).evaluate(
      (v: HTMLVideoElement) =>
        new Promise<number>((resolve) => {
          v.addEventListener("seeked", () => resolve(v.currentTime), { once: true });
          v.currentTime = 4;
        }),
    );
    expect(seeked).toBeCloseTo(4, 1);

    // A transcript line plays from its own time.
    const transcript = page.getByRole("list", { name: "Transcript" });
    const third = transcript.getByRole("button", { name: /^Play from 0:03/ });
    await expect(transcript.getByRole("button")).toHaveCount(4);
    const landed = video(page).evaluate(
      (v: HTMLVideoElement) => new Promise<number>((resolve) => v.addEventListener("seeked", () => resolve(v.currentTime), { once: true })),
    );
    await third.click();
    // The player lands on the line (cue 3 runs 3.0–4.5 s); it is playing, so a little past 3.0.
    const at = await landed;
    expect(at).toBeGreaterThanOrEqual(2.95);
    expect(at).toBeLessThan(4.5);
    await expect(third).toHaveAttribute("aria-current", "true");
    const firstWord = ((await third.textContent()) ?? "").trim().split(/\s+/).at(-1)!.replace(/\W/g, "");
    await page.getByLabel("Search the transcript").fill(firstWord);
    await expect(transcript.locator("mark").first()).toHaveText(new RegExp(firstWord, "i"));
    await page.getByLabel("Search the transcript").fill("");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "/tmp/rec-ui-player.png", fullPage: true });

    // The chat: four messages, the one to the host marked as direct.
    await page.getByRole("tab", { name: "Chat" }).click();
    const chat = page.getByRole("list", { name: "Chat messages" });
    await expect(chat.getByRole("listitem")).toHaveCount(4);
    const direct = chat.getByRole("listitem").filter({ hasText: "Could you send me the notes afterwards?" });
    await expect(direct).toContainText("to Olivia Bennett");
    await expect(direct).toContainText("Direct message");
    await expect(chat.getByRole("listitem").filter({ hasText: "Direct message" })).toHaveCount(1);
    await page.getByLabel("Search the chat").fill("notes afterwards");
    await expect(chat.getByRole("listitem")).toHaveCount(1);
    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const chatRows = fs.readFileSync(await (await csv).path(), "utf8").trim().split(/\r?\n/);
    expect(chatRows).toHaveLength(2);
    expect(chatRows[1]).toContain("Could you send me the notes afterwards?");
    await page.getByLabel("Search the chat").fill("");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "/tmp/rec-ui-chat.png", fullPage: true });

    // The download is the sandbox's MP4, byte for byte.
    const files = page.getByRole("table", { name: "Recording files" });
    const download = page.waitForEvent("download");
    await files.getByRole("link", { name: /^Download Video/ }).click();
    const saved = fs.readFileSync(await (await download).path());
    expect(sha256(saved)).toBe(sha256(fs.readFileSync(MP4_FIXTURE)));
  });

  test("trash, recover, and delete for good", async ({ page }) => {
    const rec = await freshRecording();
    await open(page, href(rec.uuid));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(rec.topic);

    await page.getByRole("button", { name: "Move to trash" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Move to trash" }).click();
    await expect(page).toHaveURL(/\/recordings\?tab=trash/);
    const trash = page.getByRole("table", { name: "Recordings in the trash" });
    const row = trash.getByRole("row").filter({ hasText: rec.topic });
    await expect(row).toContainText(/(30|29) days/);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "/tmp/rec-ui-trash.png" });

    await row.getByRole("button", { name: `Recover ${rec.topic}` }).click();
    await expect(row).toHaveCount(0);

    // From the Trash tab, "Delete for good" works too (Zoom will not read a trashed recording).
    const other = await freshRecording();
    await open(page, href(other.uuid));
    await page.getByRole("button", { name: "Move to trash" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Move to trash" }).click();
    await expect(page).toHaveURL(/\/recordings\?tab=trash/);
    const otherRow = trash.getByRole("row").filter({ hasText: other.topic });
    await otherRow.getByRole("button", { name: `Delete ${other.topic} for good` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete for good" }).click();
    await expect(otherRow).toHaveCount(0);
    const stillTrashed = await zoomApi<{ meetings?: ZoomRec[] }>("GET", `/users/${OWNER}/recordings?trash=true&page_size=300`);
    expect((stillTrashed.body.meetings ?? []).map((m) => m.uuid)).not.toContain(other.uuid);

    await page.getByRole("tab", { name: "Recordings" }).click();
    await expect(page.locator(`a[href="${href(rec.uuid)}"]`)).toBeVisible();

    await page.locator(`a[href="${href(rec.uuid)}"]`).click();
    await page.getByRole("button", { name: "Delete for good" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("cannot be recovered");
    await dialog.getByRole("button", { name: "Delete for good" }).click();
    await expect(page).toHaveURL(/\/recordings$/);
    await expect(page.getByRole("table", { name: "Cloud recordings" })).toBeVisible();
    await expect(page.locator(`a[href="${href(rec.uuid)}"]`)).toHaveCount(0);
    expect((await ownerRecordings(2, -1)).map((m) => m.uuid)).not.toContain(rec.uuid);
    const trashed = await zoomApi<{ meetings?: ZoomRec[] }>("GET", `/users/${OWNER}/recordings?trash=true&page_size=300`);
    expect((trashed.body.meetings ?? []).map((m) => m.uuid)).not.toContain(rec.uuid);
  });

  test("a selection goes to the trash as a background job, and the list follows", async ({ page }) => {
    const a = await freshRecording();
    const b = await freshRecording();
    await open(page, "/recordings");
    await page.getByLabel("Search recordings").fill("Large recording (");
    for (const rec of [a, b]) await page.getByRole("checkbox", { name: new RegExp(`^Select ${rec.topic.replace(/[()]/g, "\\$&")}`) }).check();
    await expect(page.getByText("2 recordings selected")).toBeVisible();
    await page.getByRole("button", { name: "Move to trash" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Move to trash" }).click();
    // Straight to the Trash tab while the job runs: its progress stays on screen, and the trash
    // fills in when it ends.
    await page.getByRole("tab", { name: "Trash" }).click();
    await expect(page.getByRole("region", { name: "Move 2 recordings to the trash" })).toBeVisible();
    const trash = page.getByRole("table", { name: "Recordings in the trash" });
    for (const rec of [a, b]) await expect(trash.getByRole("row").filter({ hasText: rec.topic })).toBeVisible({ timeout: 30_000 });
    await page.getByRole("tab", { name: "Recordings" }).click();
    for (const rec of [a, b]) await expect(page.locator(`a[href="${href(rec.uuid)}"]`)).toHaveCount(0);
  });
});

test.describe("a meeting's Recordings page", () => {
  test.use({ storageState: storageStates.owner, timezoneId: "America/New_York" });
  test.slow();

  test("shows the meeting's latest recording, or says it has none", async ({ page }) => {
    const recorded = (await ownerRecordings(20, 0))[0]!;
    await open(page, `/meetings/${recorded.id}/recordings`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(recorded.topic);
    await expect(page.getByRole("link", { name: "Meeting", exact: true })).toHaveAttribute("href", `/meetings/${recorded.id}`);
    await expect(page.getByRole("table", { name: "Recording files" })).toBeVisible();

    const fresh = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/meetings`, { topic: `Never recorded ${Date.now().toString(36)}`, type: 2, start_time: "2030-01-03T15:00:00Z", duration: 30 });
    expect(fresh.status).toBe(201);
    await open(page, `/meetings/${fresh.body.id}/recordings`);
    await expect(page.getByRole("heading", { name: "No cloud recording for this meeting" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("as a member", () => {
  test.use({ storageState: storageStates.member, timezoneId: "America/New_York" });
  test.slow();

  test("trashes a file of their own recording and takes it back with Undo", async ({ page }) => {
    const bytes = 64 + Math.floor(Math.random() * 900_000);
    const made = await sandbox.control<{ uuid: string }>("POST", "/recordings/large", { bytes, hostEmail: people.member.email });
    const trashedFiles = async () =>
      ((await zoomApi<{ meetings?: ZoomRec[] }>("GET", `/users/${people.member.email}/recordings?trash=true&trash_type=recording_file&page_size=300`)).body.meetings ?? []).map((m) => m.uuid);
    await open(page, href(made.uuid));
    await page.getByRole("button", { name: "Move Video file to the trash" }).click();
    await expect(page.getByText("Video moved to the trash")).toBeVisible();
    await expect.poll(trashedFiles).toContain(made.uuid);
    // Zoom lists a file trashed on its own apart from whole recordings: the member's Undo is still theirs.
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(trashedFiles).not.toContain(made.uuid);
    await expect(page.getByText("Could not recover the file")).toHaveCount(0);
  });

  test("sees only their own recordings and cannot open the owner's", async ({ page, request }) => {
    const owners = [...(await ownerRecordings(30, 0)), ...(await ownerRecordings(60, 30))];
    const target = owners[0]!;
    expect(target).toBeTruthy();

    await open(page, "/recordings?range=12m");
    const table = page.getByRole("table", { name: "Cloud recordings" });
    await expect(table.getByRole("link").first()).toBeVisible();
    await expect(page.getByLabel("Host")).toHaveCount(0);
    const links = await table.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const rec of owners) expect(links).not.toContain(href(rec.uuid));
    await expect(table).not.toContainText("Olivia Bennett");

    const api = await request.get(`/api/zoom/recordings/${recordingPathId(target.uuid)}`);
    // Refused either way: the dashboard's 403, or Zoom's 404 for the member's own token (which does not reveal that it exists).
    expect([403, 404]).toContain(api.status());
    await open(page, href(target.uuid));
    await expect(page.getByRole("heading", { name: /^(You cannot open this recording|This recording was deleted or does not exist)$/ })).toBeVisible();
    await expect(page.locator("video, audio")).toHaveCount(0);
  });
});
