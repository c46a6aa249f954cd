import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, type AccountKey, E2E_PASSWORD, stateFile } from "./accounts";

// Each account signs in from its own (documentation) address: the sign-in limit is five attempts
// a minute per address, and the tests must not spend the budget of the one they check it with.
const ADDRESS: Record<AccountKey, string> = { admin: "198.51.100.11", editor: "198.51.100.12", editor2: "198.51.100.13", reader: "198.51.100.14" };

for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
  setup(`sign in as ${key}`, async ({ browser }) => {
    const account = ACCOUNTS[key];
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ADDRESS[key] } });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("account-menu")).toContainText(account.name);
    await expect(page.getByTestId("account-menu")).toContainText(`(${account.role})`);
    if (key === "editor") await page.screenshot({ path: "test-results/screens/signed-in-home.png" });
    await context.storageState({ path: stateFile(key) });
    await context.close();
  });
}
