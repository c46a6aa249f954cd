import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./hydrated";

const f3 = (v: number | null) => (v === null ? "–" : v.toFixed(3));

test.describe("accuracy pages", () => {
  test("a person page shows the scores and one calibration point per bin, as the API computes them", async ({ page, request }) => {
    const api = await (await request.get("/api/v1/accuracy?scope=person:richard-palmer")).json();
    expect(api.accuracy.counts.scored).toBeGreaterThan(0);
    await page.goto("/people/richard-palmer");
    const panel = page.getByTestId("accuracy-panel");
    await expect(panel.getByTestId("scored")).toHaveText(String(api.accuracy.counts.scored));
    await expect(panel.getByTestId("brier")).toHaveText(f3(api.accuracy.summary.brier));
    await expect(panel.getByTestId("log-score")).toHaveText(f3(api.accuracy.summary.logScore));
    await panel.getByText("Table of this chart").first().click();
    await expect(panel.getByTestId("calibration-table").locator("tbody tr")).toHaveCount(api.accuracy.bins.length);
    // the chart draws one marker per bin (recharts symbols), reliable or not
    await expect(panel.locator(".recharts-scatter-symbol")).toHaveCount(api.accuracy.bins.length);
    await expect(panel.getByTestId("sample-words")).toContainText("far too few to tell skill from luck");
    await page.screenshot({ path: "test-results/screens/person-palmer-accuracy.png", fullPage: true });
  });

  test("the long chart tables are made when opened, from the chart's own data, not sent with the page", async ({ page, request }) => {
    const api = await (await request.get("/api/v1/accuracy?scope=person:richard-palmer")).json();
    const html = await (await request.get("/people/richard-palmer")).text();
    expect(html).not.toContain("Cumulative Brier</th>");
    await gotoHydrated(page, "/people/richard-palmer");
    const score = page.getByRole("figure", { name: /Score over time/ });
    await score.getByText("Table of this chart").click();
    await expect(score.locator("tbody tr")).toHaveCount(api.scoreOverTime.length);
    const timeline = page.getByRole("figure", { name: /Timeline/ });
    await timeline.getByText("Table of this chart").click();
    await expect(timeline.locator("tbody tr")).toHaveCount(api.timeline.length);
    await expect(timeline.locator("tbody tr").first()).toContainText(api.timeline[0].question);
    // closed again, the rows go (the next opening makes them from the figures then shown)
    await timeline.getByText("Table of this chart").click();
    await expect(timeline.locator("tbody tr")).toHaveCount(0);
  });

  test("changing a filter redraws in place and keeps the state in the URL", async ({ page, request }) => {
    const lexicon = await (await request.get("/api/v1/accuracy?scope=all&bins=lexicon")).json();
    const noLowInfo = await (await request.get("/api/v1/accuracy?scope=all&lowInfo=0")).json();
    await gotoHydrated(page, "/");
    const panel = page.getByTestId("accuracy-panel");
    await panel.getByLabel("Calibration bins").selectOption("lexicon");
    await expect(page).toHaveURL(/bins=lexicon/);
    await panel.getByText("Table of this chart").first().click();
    await expect(panel.getByTestId("calibration-table").locator("tbody tr")).toHaveCount(lexicon.accuracy.bins.length);
    await expect(panel.getByTestId("calibration-table")).toContainText(lexicon.accuracy.bins[0].label);
    // A click, not uncheck(): the box follows the URL, which changes a moment after the click.
    await panel.getByLabel("include low-information forecasts").click();
    await expect(page).toHaveURL(/lowInfo=0/);
    await expect(panel.getByTestId("scored")).toHaveText(String(noLowInfo.accuracy.counts.scored));
    // a shared link opens the same view
    await page.goto("/?bins=lexicon&lowInfo=0");
    await expect(page.getByTestId("accuracy-panel").getByLabel("Calibration bins")).toHaveValue("lexicon");
    await page.screenshot({ path: "test-results/screens/dashboard-lexicon.png", fullPage: true });
  });

  test("an outlet page aggregates what it published, a republication once, for the original outlet", async ({ page, request }) => {
    const api = await (await request.get("/api/v1/accuracy?scope=outlet:rt-deutsch")).json();
    const list = await (await request.get("/api/v1/forecasts?outlet=rt-deutsch&pageSize=100")).json();
    expect(api.accuracy.counts.total).toBe(list.total);
    const kenfm = await (await request.get("/api/v1/accuracy?scope=outlet:kenfm")).json();
    expect(kenfm.accuracy.counts.total).toBe(0);
    await page.goto("/outlets/rt-deutsch");
    const panel = page.getByTestId("accuracy-panel");
    await expect(panel.getByTestId("brier")).toHaveText(f3(api.accuracy.summary.brier));
    await expect(panel.locator(".recharts-scatter-symbol")).toHaveCount(api.accuracy.bins.length);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/outlet-rt-deutsch-phone.png", fullPage: true });
  });

  test("the leaderboard ranks nobody below the minimum sample and ranks by shrunk score above it", async ({ page, request }) => {
    const strict = await (await request.get("/api/v1/leaderboard?by=forecaster")).json();
    expect(strict.minResolved).toBe(25);
    expect(strict.rows.every((r: { eligible: boolean }) => !r.eligible)).toBe(true);
    await page.goto("/leaderboard");
    await expect(page.getByTestId("forecaster-board-empty")).toBeVisible();
    await expect(page.getByTestId("forecaster-board").getByText("not ranked").first()).toBeVisible();

    const loose = await (await request.get("/api/v1/leaderboard?by=forecaster&min=2")).json();
    const ranked = loose.rows.filter((r: { eligible: boolean }) => r.eligible);
    expect(ranked.length).toBeGreaterThan(1);
    await page.getByLabel("Minimum scored forecasts to rank").fill("2");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/min=2/);
    const rows = page.getByTestId("forecaster-board").getByTestId("board-row");
    for (const [i, r] of ranked.entries()) {
      await expect(rows.nth(i)).toContainText(r.name);
      await expect(rows.nth(i)).toContainText(r.shrunkBrier.toFixed(3));
    }
    expect((await request.get("/api/v1/leaderboard?by=author")).status()).toBe(400);
    expect((await request.get("/api/v1/accuracy?scope=person:nobody-here")).status()).toBe(404);
    expect((await request.get("/api/v1/accuracy?scope=all&bins=quintile")).status()).toBe(400);
    await page.screenshot({ path: "test-results/screens/leaderboard.png", fullPage: true });
  });
});
