import { expect, test } from "@playwright/test";
import { stateFile } from "./accounts";

test.describe("what counts, said on each forecast", () => {
  test("#25 says it does not count because it repeats #30, and #30 counts with its own score", async ({ page }) => {
    await page.goto("/forecasts/25");
    const score = page.getByTestId("forecast-score");
    await expect(score.getByTestId("counts-verdict")).toContainText("Does not count toward RusStrat's figures");
    await expect(score.getByTestId("counts-reasons")).toContainText("repeats #30");
    await expect(score.getByTestId("counts-reasons")).toContainText("RusStrat's own words");
    await expect(score.getByTestId("forecast-brier")).toHaveText("0.941");
    await score.getByRole("link", { name: "#30" }).first().click();
    await expect(page).toHaveURL(/\/forecasts\/30$/);
    await expect(page.getByTestId("counts-verdict")).toContainText("Counts toward RusStrat's figures");
    await expect(page.getByTestId("forecast-score")).toContainText("It counts for RT Deutsch");
    await expect(page.getByTestId("forecast-brier")).toHaveText("0.090");
    await page.screenshot({ path: "test-results/screens/forecast-30-score.png", fullPage: true });
  });

  test("a figure's scored count lists exactly the forecasts behind it", async ({ page, request }) => {
    const api = await (await request.get("/api/v1/accuracy?scope=person:richard-palmer")).json();
    await page.goto("/people/richard-palmer");
    const panel = page.getByTestId("accuracy-panel");
    await expect(panel.getByTestId("brier-words")).toContainText("saying 50% every time (0.25)");
    await expect(panel.getByTestId("sample-words")).toContainText("far too few to tell skill from luck");
    await expect(panel).not.toContainText("±");
    await panel.getByTestId("scored-list-link").click();
    await expect(page).toHaveURL(/scored=person%3Arichard-palmer|scored=person:richard-palmer/);
    await expect(page.getByTestId("result-count")).toHaveText(`${api.accuracy.counts.scored} forecasts found`);
    await expect(page.getByTestId("scored-note")).toContainText("Only the forecasts that count");
  });
});

test.describe("articles and their forecasts", () => {
  test("forecasts are marked in the text and linked both ways", async ({ page }) => {
    await page.goto("/articles/rupp-russtrat-militaerbuendnis");
    await expect(page.getByTestId("article-scorecard").getByTestId("scored")).toHaveText(/\d+/);
    const row = page.getByTestId("forecast-item").filter({ hasText: "spätestens im Jahr 2022" });
    await expect(row).not.toContainText("in RT Deutsch");
    await row.getByTestId("to-text").click();
    await expect(page).toHaveURL(/#forecast-30$/);
    const mark = page.locator("mark#forecast-30");
    await expect(mark).toBeInViewport();
    await expect(mark).toContainText("spätestens im Jahr 2022");
    await mark.getByRole("link", { name: "forecast #30" }).click();
    await expect(page).toHaveURL(/\/forecasts\/30$/);
    await page.getByRole("link", { name: "Read it in the whole article" }).click();
    await expect(page).toHaveURL(/\/articles\/rupp-russtrat-militaerbuendnis#forecast-30$/);
  });

  test("a republisher's page says what it republished and for whom it counts", async ({ page }) => {
    await page.goto("/outlets/kenfm");
    await expect(page.getByTestId("republished-note")).toContainText("KenFM republished 7 forecasts from RT Deutsch, counted for RT Deutsch");
    await expect(page.getByTestId("accuracy-panel").getByTestId("scored")).toHaveText("0");
  });
});

test.describe("charts", () => {
  test("the timeline opens on a recent window, marks the 1962 outliers at its edge and can show everything", async ({ page }) => {
    // Forecasts made until 2017: Palmer's of 2017 and the Plain Truth's of 1962 (other tests add newer ones).
    await page.goto("/?to=2017-12-31");
    const chart = page.getByTestId("timeline-chart");
    // The address's filters are applied in the browser (the page itself is cached): wait for the filtered chart.
    await expect(chart.getByTestId("timeline-edge").filter({ hasText: "1962" }).first()).toBeVisible();
    const window = await chart.getAttribute("data-window");
    expect(Number(window!.slice(0, 4))).toBeGreaterThan(2000);
    await expect(chart.locator(".timeline-label").first()).toContainText(":");
    await chart.getByTestId("timeline-toggle").click();
    await expect(chart).toHaveAttribute("data-window", /^1962–20\d\d$/);
    await expect(chart.getByTestId("timeline-edge")).toHaveCount(0);
  });

  test("the charts fit a phone and the page does not scroll sideways, in the dark theme too", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
    const page = await context.newPage();
    for (const path of ["/people/richard-palmer", "/leaderboard?min=1", "/forecasts/30", "/articles/rupp-russtrat-militaerbuendnis"]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
    const bg = await page.evaluate(() => [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.querySelector(".site-header")!).backgroundColor,
    ]);
    expect(bg[0]).not.toBe("rgb(255, 255, 255)");
    expect(bg[1]).not.toBe("rgb(246, 247, 249)");
    await page.getByText("Menu").click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methods" }).click();
    await expect(page).toHaveURL(/\/methods$/);
    await page.screenshot({ path: "test-results/screens/methods-phone-dark.png" });
    await context.close();
  });
});

test.describe("the shell", () => {
  test("an unknown address answers 404 with a search and ways back", async ({ page }) => {
    for (const path of ["/no-such-page", "/forecasts/999999", "/people/nobody-here"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
    }
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await page.getByRole("searchbox").fill("Militärbündnis");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/forecasts\?q=Milit/);
    await expect(page).toHaveTitle("Forecasts · Hindsight");
  });

  test("the leaderboard says 'at least 1 scored forecast' and sorts by a column", async ({ page }) => {
    await page.goto("/leaderboard?min=1");
    await expect(page.locator(".lead")).toContainText("at least 1 scored forecast ");
    await expect(page.getByTestId("outlet-board-mean")).toContainText("Population mean");
    await page.getByTestId("forecaster-board").getByRole("link", { name: "Scored" }).click();
    await expect(page).toHaveURL(/sort=scored/);
    // The address changes before the sorted table is drawn: wait for the column to say it sorts.
    await expect(page.getByTestId("forecaster-board").locator('th[aria-sort="descending"]')).toContainText("Scored");
    const scored = await page
      .getByTestId("forecaster-board")
      .getByTestId("board-row")
      .evaluateAll((rows) => rows.map((r) => Number(r.querySelector('td[data-label="Scored"]')!.textContent)));
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
  });
});

test("the leaderboard's tables have pages of their own, with settings and sort kept in the query", async ({ page }) => {
  const board = await (await page.request.get("/api/v1/leaderboard?by=outlet&min=1")).json();
  const listed = board.rows.filter((r: { n: number }) => r.n > 0);
  await page.goto("/leaderboard/outlets/1?min=1&sort=name");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leaderboard: outlets, page 1");
  await expect(page.getByTestId("forecaster-board")).toHaveCount(0);
  const names = await page.getByTestId("outlet-board").getByTestId("board-row").locator('td[data-label="Outlet"] a').allTextContents();
  expect(names).toEqual(
    listed
      .map((r: { name: string }) => r.name)
      .sort((a: string, b: string) => a.localeCompare(b, "en"))
      .slice(0, 20),
  );
  await page.getByRole("link", { name: "← Both tables" }).click();
  await expect(page).toHaveURL(/\/leaderboard\?min=1&sort=name$/);
  await expect(page.getByTestId("forecaster-board")).toBeVisible();
  // A table that does not exist, or a page number that is not one, is not found.
  expect((await page.request.get("/leaderboard/authors/1")).status()).toBe(404);
  expect((await page.request.get("/leaderboard/outlets/0")).status()).toBe(404);
});

test.describe("a reader on an editor page", () => {
  test.use({ storageState: stateFile("reader") });
  test("is answered 403", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/audit", "/articles/new", "/import"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.locator("main").getByRole("alert")).toContainText("Not allowed.");
    }
  });
});
