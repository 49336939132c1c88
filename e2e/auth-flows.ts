/**
 * Signing in the way a person does: the dashboard's "Sign in with Zoom" button, then the Zoom
 * sandbox's consent page (a radio per person, labelled "Name (email)", and Allow/Deny).
 * Who is who comes from the sandbox's fixed seed (lib/zoom-sandbox/seed/people.ts).
 */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export interface Person {
  name: string;
  email: string;
}

const person = (name: string, email: string): Person => ({ name, email });

/** The three signed-in states other specs use (e2e/.auth/*.json), and people reserved for auth specs. */
export const people = {
  /** Zoom account owner; first to sign in, so the workspace owner. */
  owner: person("Olivia Bennett", "olivia.bennett@brightwave.test"),
  /** Zoom admin; joins as a member and is promoted to workspace admin by the owner in auth.setup.ts. */
  admin: person("Marcus Reyes", "marcus.reyes@brightwave.test"),
  /** Zoom member; a workspace member. */
  member: person("Daniel Okafor", "daniel.okafor@brightwave.test"),
  // Used only by auth/connections/security specs, so they never disturb the three above.
  signInOut: person("Priya Nair", "priya.nair@brightwave.test"),
  removed: person("Sofia Rossi", "sofia.rossi@brightwave.test"),
  fewScopes: person("Ethan Walker", "ethan.walker@brightwave.test"),
  device: person("Mei Chen", "mei.chen@brightwave.test"),
  disconnect: person("Lucas Martin", "lucas.martin@brightwave.test"),
  staleToken: person("Aisha Khan", "aisha.khan@brightwave.test"),
};

/** On the sandbox's consent page: choose the person and allow. */
export async function consentAs(page: Page, who: Person) {
  await expect(page).toHaveURL(/\/oauth\/authorize/);
  await page.getByLabel(`${who.name} (${who.email})`, { exact: true }).check();
  await page.getByRole("button", { name: "Allow" }).click();
}

/** Signs in from the sign-in page and waits for the dashboard to greet the person. */
export async function signInAs(page: Page, who: Person) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Zoom" }).click();
  await consentAs(page, who);
  await expect(page).not.toHaveURL(/\/signin|\/oauth\//);
  await expect(page.getByRole("banner").getByText(who.name, { exact: true })).toBeVisible();
}

export const storageStates = {
  owner: "e2e/.auth/owner.json",
  admin: "e2e/.auth/admin.json",
  member: "e2e/.auth/member.json",
} as const;
