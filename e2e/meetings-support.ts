/**
 * Shared steps for the meetings, webinars, templates, users and home specs: talking to the Zoom
 * sandbox's REST API directly (to change things "elsewhere", as another app would) and filling the
 * schedule form the way a person does.
 */
import { DateTime } from "luxon";
import type { Page } from "@playwright/test";
import { expect, sandbox } from "./fixtures";

/** A topic no other test uses, so lists can be searched for it. */
export const uniqueTopic = (label: string) => `${label} ${Date.now().toString(36)}`;

let token: string | null = null;

/** Calls the sandbox's Zoom REST API with an account-level (Server-to-Server) token. */
export async function zoomApi<T = unknown>(method: string, path: string, body?: unknown, retried = false): Promise<{ status: number; body: T }> {
  if (!token) {
    const basic = Buffer.from("sandbox_client_id:sandbox_client_secret").toString("base64");
    const res = await fetch(`${sandbox.url}/oauth/token?grant_type=account_credentials&account_id=sandbox_account`, { method: "POST", headers: { authorization: `Basic ${basic}` } });
    token = ((await res.json()) as { access_token: string }).access_token;
  }
  const res = await fetch(`${sandbox.url}/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // The cached token may have been revoked by a spec that revokes the app's account tokens
  // (connections: "disconnects … revoked at Zoom"): get a new one once, as any client would.
  if (res.status === 401 && !retried) {
    token = null;
    return zoomApi<T>(method, path, body, true);
  }
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Tomorrow (in `zone`) as the form's yyyy-MM-dd. */
export const tomorrow = (zone = "Europe/London", days = 1) => DateTime.now().setZone(zone).plus({ days }).toFormat("yyyy-MM-dd");

export interface ScheduleInput {
  topic: string;
  date?: string;
  time?: string;
  zone?: string;
  duration?: number;
}

/** Fills the "When" and "Basics" parts of the meeting/webinar form. */
export async function fillSchedule(page: Page, input: ScheduleInput) {
  await page.getByLabel("Topic").fill(input.topic);
  await page.getByLabel("Date").fill(input.date ?? tomorrow(input.zone));
  await page.getByLabel("Start time").fill(input.time ?? "10:00");
  if (input.zone) await chooseTimeZone(page, input.zone);
  if (input.duration) await page.getByLabel("Duration (minutes)").fill(String(input.duration));
}

/** Picks a zone in the time-zone combobox by typing its id (an exact id is the first option) and Enter. */
export async function chooseTimeZone(page: Page, zone: string) {
  const box = page.getByRole("combobox", { name: "Time zone" });
  await box.fill(zone);
  await box.press("Enter");
  await expect(box).toHaveValue(new RegExp(`^${zone.replaceAll("_", " ")} \\(UTC`));
}

/**
 * Opens a page and waits until the browser is quiet: in the production build the list pages can
 * re-create their client part just after hydration, and a click on the server-rendered copy before
 * that would be lost.
 */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}
