/** Signing in and out, sign-in errors, removed members, and what a member can and cannot reach. */
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { consentAs, people, signInAs, storageStates } from "./auth-flows";

test.describe("sign-in", () => {
  test("signs in through Zoom's consent page, with a secure session cookie, and signs out", async ({ page }) => {
    await page.goto("/meetings");
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
    await expect(page.getByText(/You sign in with Zoom at 127\.0\.0\.1/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await signInAs(page, people.signInOut);
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    // The browser learns that a session exists, never a Zoom token or the person's details.
    const sessionJson = await (await page.request.get("/api/auth/session")).json();
    expect(Object.keys(sessionJson)).toEqual(["expires"]);

    await page.getByRole("banner").getByRole("button", { name: new RegExp(people.signInOut.name) }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("sign out everywhere ends the other browsers' sessions too; an owner can do it for a member", async ({ page, browser }) => {
    test.slow(); // three sign-ins through Zoom's consent page and an owner's second browser
    await signInAs(page, people.signInOut);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signInAs(otherPage, people.signInOut);
    // A copy of the cookie, as a thief or a forgotten laptop would keep it.
    const stolen = (await other.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"))!;

    await page.goto("/settings");
    await expect(page.getByText(/You are signed in on \d+ browsers or devices\./)).toBeVisible();
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    const dialog = page.getByRole("dialog", { name: "Sign out everywhere?" });
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await otherPage.goto("/meetings");
    await expect(otherPage).toHaveURL(/\/signin/);
    const replay = await browser.newContext();
    await replay.addCookies([stolen]);
    expect((await replay.request.get("/api/sessions")).status()).toBe(401);
    await replay.close();

    await signInAs(otherPage, people.signInOut);
    const owner = await browser.newContext({ storageState: storageStates.owner });
    const ownerPage = await owner.newPage();
    await ownerPage.goto("/settings/members");
    await ownerPage.getByRole("button", { name: `Sign out everywhere ${people.signInOut.name}` }).click();
    await ownerPage.getByRole("dialog", { name: `Sign ${people.signInOut.name} out everywhere?` }).getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(ownerPage.getByText(new RegExp(`${people.signInOut.name} was signed out of \\d+ browsers?\\.`))).toBeVisible();
    await owner.close();
    await otherPage.goto("/settings");
    await expect(otherPage).toHaveURL(/\/signin/);
    await other.close();
  });

  test("choosing Deny on Zoom's page is explained on the sign-in page", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in with Zoom" }).click();
    await expect(page).toHaveURL(/\/oauth\/authorize/);
    await page.getByRole("button", { name: "Deny" }).click();
    await expect(page).toHaveURL(/\/signin\?error=ZoomDenied/);
    await expect(page.getByRole("alert").filter({ hasText: "Deny" })).toHaveText(/You chose “Deny” on Zoom's page/);
    await expectNoSeriousA11yViolations(page);
  });

  test("an unknown sign-in error still says something a person understands", async ({ page }) => {
    await page.goto("/signin?error=OAuthCallback");
    await expect(page.getByRole("alert").filter({ hasText: "Zoom" })).toHaveText(/Zoom did not complete the sign-in/);
  });
});

test.describe("removing and restoring a member", () => {
  test("a removed member is out at once, stays out on sign-in, and is back after a restore", async ({ page, browser }) => {
    await signInAs(page, people.removed);

    const owner = await browser.newContext({ storageState: storageStates.owner });
    const ownerPage = await owner.newPage();
    await ownerPage.goto("/settings/members");
    await expectNoSeriousA11yViolations(ownerPage);
    await ownerPage.getByRole("button", { name: `Remove ${people.removed.name}` }).click();
    const dialog = ownerPage.getByRole("dialog", { name: `Remove ${people.removed.name}?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect(ownerPage.getByText(`${people.removed.name} was removed.`)).toBeVisible();
    await expect(ownerPage.getByRole("row", { name: new RegExp(people.removed.name) }).getByText("Removed")).toBeVisible();

    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
    await page.getByRole("button", { name: "Sign in with Zoom" }).click();
    await consentAs(page, people.removed);
    await expect(page.getByRole("alert").filter({ hasText: "removed" })).toHaveText(/A workspace admin removed your access/);

    await ownerPage.getByRole("button", { name: `Restore ${people.removed.name}` }).click();
    await expect(ownerPage.getByText(`${people.removed.name} can sign in again, as a member.`)).toBeVisible();
    await owner.close();
    await page.context().clearCookies();
    await signInAs(page, people.removed);
  });

});

test.describe("the owner", () => {
  test.use({ storageState: storageStates.owner });

  test("cannot demote or remove the workspace's last owner", async ({ page }) => {
    await page.goto("/settings/members");
    const ownRow = page.getByRole("row", { name: new RegExp(`${people.owner.name} \\(you\\)`) });
    await expect(ownRow.getByRole("cell", { name: "Owner" })).toBeVisible();
    await expect(ownRow.getByRole("combobox")).toHaveCount(0);
    await expect(ownRow.getByRole("button", { name: /Remove/ })).toHaveCount(0);
    const members = (await (await page.request.get("/api/workspace/members")).json()).members as { userId: string; isViewer: boolean }[];
    const self = members.find((m) => m.isViewer)!;
    const demote = await page.request.patch(`/api/workspace/members/${self.userId}`, { data: { role: "admin" } });
    expect(demote.status()).toBe(403);
    expect((await demote.json()).error.message).toMatch(/at least one owner/);
  });

  test("a role change with a made-up role is refused with a clear message", async ({ page }) => {
    await page.goto("/settings/members");
    const members = (await (await page.request.get("/api/workspace/members")).json()).members as { userId: string; email: string }[];
    const member = members.find((m) => m.email === people.member.email)!;
    const response = await page.request.patch(`/api/workspace/members/${member.userId}`, { data: { role: "superuser" } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "validation_failed", message: expect.stringMatching(/Choose owner, admin or member/) });
  });
});

test.describe("a member", () => {
  test.use({ storageState: storageStates.member });

  test("cannot reach admin pages or routes", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Members" })).toHaveCount(0);
    await page.goto("/settings/members");
    await expect(page.getByRole("heading", { name: "Only admins and owners can see members" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    expect((await page.request.get("/api/workspace/members")).status()).toBe(403);
    expect((await page.request.post("/api/connections/s2s", { data: { source: "config" } })).status()).toBe(403);
    expect((await page.request.get("/api/connections/check?level=account")).status()).toBe(403);
  });

  test("sees only their own connection and cannot touch anyone else's", async ({ page, browser }) => {
    const mine = await (await page.request.get("/api/connections")).json();
    expect(mine.own.zoomEmail).toBe(people.member.email);
    expect(mine.account).toBeNull();

    const owner = await browser.newContext({ storageState: storageStates.owner });
    const ownerConnection = (await (await owner.request.get("/api/connections")).json()).own;
    const members = (await (await owner.request.get("/api/workspace/members")).json()).members as { userId: string; email: string }[];
    await owner.close();

    const disconnect = await page.request.delete(`/api/connections/${ownerConnection.id}`);
    expect(disconnect.status()).toBe(404);
    const ownerId = members.find((m) => m.email === people.owner.email)!.userId;
    expect((await page.request.patch(`/api/workspace/members/${ownerId}`, { data: { role: "member" } })).status()).toBe(403);
    expect((await page.request.delete(`/api/workspace/members/${ownerId}`)).status()).toBe(403);
  });

  test("cannot change data from another site (cross-origin requests are refused)", async ({ page }) => {
    await page.goto("/settings/connections");
    const own = (await (await page.request.get("/api/connections")).json()).own;
    const response = await page.request.delete(`/api/connections/${own.id}`, { headers: { origin: "https://evil.example" } });
    expect(response.status()).toBe(403);
    expect((await page.request.get("/api/connections")).ok()).toBe(true);
    expect((await (await page.request.get("/api/connections")).json()).own.id).toBe(own.id);
  });
});
