/**
 * Signs in the three people other specs act as, through the real sign-in and the sandbox's consent
 * page, and saves their browser state: e2e/.auth/owner.json (Olivia Bennett, workspace owner),
 * admin.json (Marcus Reyes, promoted to admin here) and member.json (Daniel Okafor, member).
 */
import { expect, test as setup } from "./fixtures";
import { people, signInAs, storageStates } from "./auth-flows";

setup.describe.configure({ mode: "serial" });

setup("the owner signs in first and owns the workspace", async ({ page }) => {
  await signInAs(page, people.owner);
  await page.goto("/settings");
  await expect(page.getByText(/^Owner — /)).toBeVisible();
  await page.context().storageState({ path: storageStates.owner });
});

setup("the member signs in and joins as a member", async ({ page }) => {
  await signInAs(page, people.member);
  await page.goto("/settings");
  await expect(page.getByText(/^Member — /)).toBeVisible();
  await page.context().storageState({ path: storageStates.member });
});

setup("the admin signs in, and the owner makes them an admin", async ({ page, browser }) => {
  await signInAs(page, people.admin);
  await page.context().storageState({ path: storageStates.admin });

  const owner = await browser.newContext({ storageState: storageStates.owner });
  const ownerPage = await owner.newPage();
  await ownerPage.goto("/settings/members");
  const role = ownerPage.getByLabel(`Role of ${people.admin.name}`);
  if ((await role.inputValue()) !== "admin") {
    await role.selectOption("admin");
    await expect(ownerPage.getByText(`${people.admin.name} is now admin.`)).toBeVisible();
  }
  await owner.close();

  await page.goto("/settings");
  await expect(page.getByText(/^Admin — /)).toBeVisible();
});
