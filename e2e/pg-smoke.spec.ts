import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, E2E_PASSWORD } from "./accounts";

/**
 * The app on PostgreSQL (playwright.pg.config.ts): two instances on one database. A reader's
 * pages, search, signing in, recording an outcome through the first instance and seeing it, the
 * figures moved by it, and the same outcome through the second instance, whose cached pages were
 * rendered before the write (invalidation reaches every instance through the cache_tags table).
 * One test, in order: each step builds on the one before.
 */
const SECOND = process.env.E2E_SECOND_INSTANCE ?? "http://127.0.0.1:3214";

interface ApiForecast {
  id: number;
  probability: number;
  lowInformation: boolean;
  condition: string | null;
  eventId: number | null;
  forecaster: { slug: string; name: string };
}

const brierOf = (page: Page) => page.getByTestId("accuracy-panel").getByTestId("brier");

test("the app on PostgreSQL: pages, search, sign-in, an outcome and its figures, seen through a second instance", async ({ page, request, browser }) => {
  // The dashboard's counts come from PostgreSQL and agree with the API.
  const all = await (await request.get("/api/v1/forecasts?pageSize=1")).json();
  expect(all.total).toBeGreaterThanOrEqual(40);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Counts" }).getByRole("link", { name: /forecasts$/ })).toContainText(String(all.total));
  await expect(page.getByRole("heading", { name: "Latest articles" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/pg-dashboard.png", fullPage: true });

  // A forecast of Edmund Stoiber past its deadline, scored once resolved (as in outcomes.spec.ts).
  const due: ApiForecast[] = (await (await request.get("/api/v1/forecasts?pageSize=100&forecaster=edmund-stoiber&status=due")).json()).items;
  const forecast = due.find((x) => !x.lowInformation && !x.condition && x.eventId === null)!;
  expect(forecast).toBeDefined();
  const accuracy = async (origin = "") => (await request.get(`${origin}/api/v1/accuracy?scope=person:${forecast.forecaster.slug}`)).json();
  const before = await accuracy();
  const n = before.accuracy.counts.scored as number;
  const sum = n * ((before.accuracy.summary.brier as number | null) ?? 0);
  const expected = (sum + (forecast.probability - 1) ** 2) / (n + 1);

  // The person page with its figures.
  await page.goto(`/people/${forecast.forecaster.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(forecast.forecaster.name);
  if (n > 0) await expect(brierOf(page)).toHaveText((before.accuracy.summary.brier as number).toFixed(3));
  await page.screenshot({ path: "test-results/screens/pg-person.png", fullPage: true });

  // Search through PostgreSQL's trigram index.
  await page.goto("/forecasts");
  await page.getByLabel("Search").fill("spätestens 2022");
  await page.getByRole("button", { name: "Apply" }).click();
  const hit = page.getByTestId("forecast-item").filter({ hasText: "spätestens im Jahr 2022" }).first();
  await expect(hit).toBeVisible();

  // The second instance renders (and caches) the forecast page before the write.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(`${SECOND}/forecasts/${forecast.id}`);
  await expect(second.getByText("No outcome recorded yet.")).toBeVisible();

  // Sign in as the editor (better-auth on PostgreSQL) and record the outcome.
  await page.goto("/login");
  await page.getByLabel("Email").fill(ACCOUNTS.editor.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("account-menu")).toContainText(ACCOUNTS.editor.name);
  await page.goto(`/forecasts/${forecast.id}`);
  await expect(page.getByText("No outcome recorded yet.")).toBeVisible();
  const form = page.getByRole("form", { name: "Record the outcome" });
  await form.getByLabel("Outcome").selectOption("yes");
  await form.getByLabel("Date it happened or was settled").fill("2017-06-01");
  await form.getByLabel("Source URL 1").fill("https://example.org/pg-smoke");
  await form.getByLabel("Citation 1").fill("PostgreSQL smoke test evidence, 1 Jun 2017");
  await form.getByRole("button", { name: "Record outcome" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText("“happened” is now the current outcome");
  await page.reload();
  await expect(page.getByTestId("outcome-history")).toContainText("recorded by E2E Editor");
  await expect(page.getByTestId("outcome-history")).toContainText("PostgreSQL smoke test evidence");

  // The figures moved by exactly this forecast's Brier term, on the API and the person page.
  const after = await accuracy();
  expect(after.accuracy.counts.scored).toBe(n + 1);
  expect(after.accuracy.summary.brier).toBeCloseTo(expected, 12);
  await page.goto(`/people/${forecast.forecaster.slug}`);
  await expect(brierOf(page)).toHaveText(expected.toFixed(3));

  // The second instance: its cached page was rendered before the write and is not served again.
  await second.goto(`${SECOND}/forecasts/${forecast.id}`);
  await expect(second.getByTestId("outcome-history")).toContainText("PostgreSQL smoke test evidence");
  await expect(second.getByText("No outcome recorded yet.")).toHaveCount(0);
  const viaSecond = await accuracy(SECOND);
  expect(viaSecond.accuracy.counts.scored).toBe(n + 1);
  await second.screenshot({ path: "test-results/screens/pg-second-instance.png", fullPage: true });

  // The session is shared: the editor's cookie (same host) is recognised by the second instance.
  const me = await (await page.request.get(`${SECOND}/api/v1/me`)).json();
  expect(me.user).toMatchObject({ name: ACCOUNTS.editor.name, role: "editor" });
  await other.close();
});
