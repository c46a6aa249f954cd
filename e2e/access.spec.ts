import { expect, test } from "@playwright/test";
import { ACCOUNTS, E2E_PASSWORD, stateFile } from "./accounts";

/** Who may write: anonymous visitors and readers read only; admins manage accounts. */

const body = (version: number) => ({ status: "no", occurredOn: "2026-01-01", evidence: [{ citation: "c" }], note: null, expectedVersion: version });

async function someOpenForecast(request: import("@playwright/test").APIRequestContext) {
  const res = await (await request.get("/api/v1/forecasts?status=open&pageSize=100&forecaster=andrew-korybko")).json();
  return res.items.find((f: { condition: string | null; eventId: number | null }) => !f.condition && f.eventId === null) as { id: number; version: number };
}

test.describe("an anonymous visitor", () => {
  test("reads everything, sees no write forms, and is refused by the API (401)", async ({ page, request }) => {
    const f = await someOpenForecast(request);
    await page.goto(`/forecasts/${f.id}`);
    await expect(page.getByTestId("editor-note")).toContainText("Sign in as an editor to record an outcome");
    await expect(page.getByRole("form", { name: /Record/ })).toHaveCount(0);
    await expect(page.getByText("Correct this forecast", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    const res = await request.post(`/api/v1/forecasts/${f.id}/outcomes`, { data: body(f.version) });
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe("unauthenticated");
    expect((await request.get(`/api/v1/forecasts/${f.id}/outcomes`)).status()).toBe(200);

    await page.goto("/due");
    await expect(page.getByText(/Record outcome for/)).toHaveCount(0);
    await expect(page.getByTestId("nav-due")).toBeVisible();

    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?next=(%2F|\/)admin(%2F|\/)users/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/login.png", fullPage: true });
  });

  test("sign-in attempts are rate-limited per address", async ({ browser }) => {
    // Its own address, so the limit it exhausts is no other test's.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
    const page = await context.newPage();
    await page.goto("/login");
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel("Email").fill(ACCOUNTS.editor.email);
      await page.getByLabel("Password").fill(`wrong guess ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Wrong email or password.");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    // The right password, but too late: the sixth attempt within the minute is refused.
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("Too many sign-in attempts");
    await page.screenshot({ path: "test-results/screens/login-rate-limited.png" });
    await context.close();
  });
});

test.describe("a reader", () => {
  test.use({ storageState: stateFile("reader") });

  test("sees no write forms, is refused by the API (403) and by the admin pages", async ({ page }) => {
    const f = await someOpenForecast(page.request);
    await page.goto(`/forecasts/${f.id}`);
    await expect(page.getByTestId("account-menu")).toContainText("E2E Reader (reader)");
    await expect(page.getByTestId("editor-note")).toContainText("Your account (reader) can read everything here");
    await expect(page.getByRole("form", { name: /Record/ })).toHaveCount(0);
    await expect(page.getByText("Correct this forecast", { exact: true })).toHaveCount(0);
    const res = await page.request.post(`/api/v1/forecasts/${f.id}/outcomes`, { data: body(f.version) });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
    for (const path of ["/admin/users", "/admin/audit"]) {
      expect((await page.goto(path))?.status()).toBe(403);
      await expect(page.locator("main").getByRole("alert")).toContainText("Not allowed.");
      await expect(page.getByRole("table")).toHaveCount(0);
    }
    const h = await (await page.request.get(`/api/v1/forecasts/${f.id}/outcomes`)).json();
    expect(h.history).toHaveLength(0);
  });
});

test.describe("an editor", () => {
  test.use({ storageState: stateFile("editor") });

  test("cannot open the admin pages", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/audit"]) {
      expect((await page.goto(path))?.status()).toBe(403);
      await expect(page.locator("main").getByRole("alert")).toContainText("you are signed in as E2E Editor (editor)");
    }
    await expect(page.getByTestId("account-menu").getByRole("link", { name: "Accounts" })).toHaveCount(0);
  });
});

test.describe("an admin", () => {
  test.use({ storageState: stateFile("admin") });

  test("creates an editor, changes a role, and finds both in the audit log", async ({ page, browser }) => {
    const email = `casey.${Date.now()}@e2e.test`;
    await page.goto("/admin/users");
    const create = page.getByRole("form", { name: "Create an account" });
    await create.getByLabel("Name").fill("Casey Newcomer");
    await create.getByLabel("Email").fill(email);
    await create.getByLabel("First password").fill("short");
    await create.getByRole("button", { name: "Create account" }).click();
    await expect(create.getByLabel("First password")).toHaveAccessibleDescription(/at least 12 characters/);
    await create.getByLabel("First password").fill(E2E_PASSWORD);
    await create.getByRole("button", { name: "Create account" }).click();
    await expect(create.getByRole("status")).toContainText(`Created editor account ${email}`);
    const row = page.getByTestId("user-row").filter({ hasText: email });
    await expect(row).toContainText("Casey Newcomer");
    await expect(row).not.toContainText("cannot sign in");
    await expect(row.getByRole("combobox", { name: `Role of ${email}` })).toHaveValue("editor");
    await page.screenshot({ path: "test-results/screens/admin-users.png", fullPage: true });

    // The new account signs in as an editor (from its own address), then is made a reader.
    const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.40" } });
    const casey = await other.newPage();
    await casey.goto("/login");
    await casey.getByLabel("Email").fill(email);
    await casey.getByLabel("Password").fill(E2E_PASSWORD);
    await casey.getByRole("button", { name: "Sign in" }).click();
    await expect(casey.getByTestId("account-menu")).toContainText("Casey Newcomer (editor)");

    await row.getByRole("combobox", { name: `Role of ${email}` }).selectOption("reader");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("status")).toHaveText("now reader");
    // The role applies at once to the session already open.
    await casey.reload();
    await expect(casey.getByTestId("account-menu")).toContainText("Casey Newcomer (reader)");
    const f = await someOpenForecast(casey.request);
    expect((await casey.request.post(`/api/v1/forecasts/${f.id}/outcomes`, { data: body(f.version) })).status()).toBe(403);
    // Signing out ends the session.
    await casey.getByRole("button", { name: "Sign out" }).click();
    await expect(casey.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect((await casey.request.post(`/api/v1/forecasts/${f.id}/outcomes`, { data: body(f.version) })).status()).toBe(401);
    await other.close();

    await page.goto("/admin/audit");
    const newest = page.getByTestId("audit-row").first();
    await expect(newest).toContainText("user.set_role");
    await expect(newest).toContainText(`${email}: editor → reader`);
    await expect(newest).toContainText(`${ACCOUNTS.admin.name} (${ACCOUNTS.admin.email})`);
    await page.screenshot({ path: "test-results/screens/admin-audit.png", fullPage: true });
    await page.getByLabel("Action").selectOption("user.create");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/action=user\.create/);
    const rows = page.getByTestId("audit-row");
    await expect(rows.filter({ hasText: `${email} as editor (admin)` })).toContainText(ACCOUNTS.admin.name);
    await expect(rows.filter({ hasText: `${ACCOUNTS.editor.email} as editor (command-line)` })).toContainText("command line / setup");
  });
});
