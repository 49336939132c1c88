/**
 * The live panel as a host uses it: a meeting made live in the sandbox is reachable from the Live
 * tab, home's "Live now" and its own page; recording start/stop and an invitation reach Zoom; three
 * caption lines arrive in order with seq 1–3 and a reload continues at 4; the caption URL stays out
 * of the page until revealed; when the meeting ends the controls turn off with the reason; a member
 * cannot control a meeting they do not host; axe finds nothing serious.
 */
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, sandbox, test } from "./fixtures";
import { storageStates } from "./auth-flows";
import { open, tomorrow, uniqueTopic, zoomApi } from "./meetings-support";

const OWNER = "olivia.bennett@brightwave.test";

async function liveMeeting(topic: string): Promise<string> {
  const made = await zoomApi<{ id: number }>("POST", `/users/${OWNER}/meetings`, { topic, type: 2, start_time: `${tomorrow()}T10:00:00`, timezone: "Europe/London", duration: 60 });
  expect(made.status).toBe(201);
  const id = String(made.body.id);
  await sandbox.control("POST", `/meetings/${id}/live`, { action: "start" });
  return id;
}

const events = async (id: string) => (await sandbox.control<{ events: { method: string; params: Record<string, unknown> }[] }>("GET", `/live-events?meetingId=${id}`)).events;
const captions = async (id: string) => (await sandbox.control<{ captions: { seq: number; text: string; lang: string }[] }>("GET", `/captions?meetingId=${id}`)).captions;

async function sendCaption(page: Page, text: string) {
  const box = page.getByLabel("Caption text");
  await box.fill(text);
  await box.press("Enter");
  await expect(page.getByRole("list", { name: "Caption lines" }).getByRole("listitem").filter({ hasText: text }).filter({ hasText: "Delivered" })).toBeVisible();
}

test.describe("as the host", () => {
  test.use({ storageState: storageStates.owner });
  // One story from going live to ending, with several polls of Zoom's status in between.
  test.slow();

  test("controls a live meeting, captions it in order across a reload, and loses the controls when it ends", async ({ page }) => {
    const topic = uniqueTopic("Live all hands");
    const id = await liveMeeting(topic);

    await open(page, "/meetings?tab=live");
    await page.getByRole("link", { name: `Open the live panel of ${topic}` }).click();
    await expect(page).toHaveURL(new RegExp(`/meetings/${id}/live$`));
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(topic) })).toBeVisible();
    await expect(page.getByText("Live now")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const recording = page.getByRole("region", { name: "Cloud recording" });
    await recording.getByRole("button", { name: "Start recording" }).click();
    await expect(recording.getByRole("status")).toContainText("Zoom accepted: Start recording");
    await recording.getByRole("button", { name: "Stop recording" }).click();
    await expect(recording.getByRole("status")).toContainText("Zoom accepted: Stop recording");
    await recording.getByRole("button", { name: "Stop recording" }).click();
    await expect(recording.getByRole("status")).toContainText(/Stop recording failed[\s\S]*Zoom code 300/);

    const invite = page.getByRole("region", { name: "Invite participants" });
    await invite.getByLabel("Email addresses or Zoom user IDs").fill("guest@example.org");
    await invite.getByRole("button", { name: "Invite" }).click();
    await expect(invite.getByRole("status")).toContainText("Zoom accepted: Invite 1 person");
    expect((await events(id)).map((e) => e.method)).toEqual(["recording.start", "recording.stop", "participant.invite"]);
    expect((await events(id))[2]!.params).toEqual({ contacts: [{ email: "guest@example.org" }] });

    for (const line of ["Good morning, everyone.", "Let's look at the quarter.", "Revenue is up."]) await sendCaption(page, line);
    expect((await captions(id)).map((c) => [c.seq, c.text, c.lang])).toEqual([
      [1, "Good morning, everyone.", "en-US"],
      [2, "Let's look at the quarter.", "en-US"],
      [3, "Revenue is up.", "en-US"],
    ]);

    await page.reload();
    await expect(page.getByText("next seq 4")).toBeVisible();
    expect(await page.content(), "the caption URL is not in the page until revealed").not.toContain("closedcaption");
    await sendCaption(page, "Questions next.");
    expect((await captions(id)).map((c) => c.seq)).toEqual([1, 2, 3, 4]);

    const url = page.getByRole("region", { name: "Caption URL for a captioner" });
    await url.getByRole("button", { name: "Reveal caption URL" }).click();
    await expect(url.getByLabel("Caption URL")).toHaveValue(/\/closedcaption\?id=\d+&ns=/);
    await expect(url.getByText(/Stops working at/)).toBeVisible();

    await sandbox.control("POST", `/meetings/${id}/live`, { action: "end" });
    await expect(page.getByText("Not live", { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(recording.getByRole("button", { name: "Start recording" })).toBeDisabled();
    await expect(recording.getByText("The meeting is not running. Controls work while it is live.")).toBeVisible();
    await expect(page.getByLabel("Caption text")).toBeDisabled();
    await expectNoSeriousA11yViolations(page);
  });

  test("home's Live now and a live meeting's page lead to the panel", async ({ page }) => {
    const topic = uniqueTopic("Live standup");
    const id = await liveMeeting(topic);
    await open(page, "/");
    await page.getByRole("link", { name: `Open the live panel of ${topic}` }).click();
    await expect(page).toHaveURL(new RegExp(`/meetings/${id}/live$`));
    await open(page, `/meetings/${id}`);
    await page.getByRole("link", { name: "Open live panel" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(topic) })).toBeVisible();
    await sandbox.control("POST", `/meetings/${id}/live`, { action: "end" });
  });
});

test.describe("as a member", () => {
  test.use({ storageState: storageStates.member });

  test("cannot control a meeting they do not host", async ({ page }) => {
    const id = await liveMeeting(uniqueTopic("Board call"));
    await open(page, `/meetings/${id}/live`);
    await expect(page.getByRole("heading", { name: /This meeting was not found|You cannot control this meeting/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Start recording" })).toHaveCount(0);
    await expect(page.getByLabel("Caption text")).toHaveCount(0);
    const refused = await page.request.post(`/api/zoom/meetings/${id}/live/events`, { data: { method: "recording.start" }, headers: { origin: new URL(page.url()).origin } });
    expect([403, 404]).toContain(refused.status());
    expect(await events(id)).toEqual([]);
    await sandbox.control("POST", `/meetings/${id}/live`, { action: "end" });
  });
});
