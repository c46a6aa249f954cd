import { expect, test } from "@playwright/test";

test.describe("browsing the ledger as a reader", () => {
  test("the dashboard's counts match the API", async ({ page, request }) => {
    const all = await (await request.get("/api/v1/forecasts?pageSize=1")).json();
    const resolved = await (await request.get("/api/v1/forecasts?status=resolved&pageSize=1")).json();
    expect(all.total).toBeGreaterThanOrEqual(40);
    await page.goto("/");
    const counts = page.getByRole("region", { name: "Counts" });
    await expect(counts.getByRole("link", { name: /forecasts$/ })).toContainText(String(all.total));
    await expect(counts.getByRole("link", { name: /^\d+\s*resolved$/ })).toContainText(String(resolved.total));
    await expect(page.getByRole("heading", { name: "Latest articles" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/dashboard.png", fullPage: true });
  });

  test("filtering by language shows only that language, with the API's count", async ({ page, request }) => {
    const nl = await (await request.get("/api/v1/forecasts?language=nl&pageSize=100")).json();
    expect(nl.total).toBeGreaterThan(0);
    await page.goto("/forecasts");
    await page.getByLabel("Language").selectOption("nl");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/language=nl/);
    await expect(page.getByTestId("result-count")).toHaveText(`${nl.total} forecasts found`);
    const quotes = page.getByTestId("forecast-item").locator("[lang]");
    const langs = await quotes.evaluateAll((els) => els.map((e) => e.getAttribute("lang")));
    expect(new Set(langs)).toEqual(new Set(["nl"]));
    await page.screenshot({ path: "test-results/screens/forecasts-nl.png", fullPage: true });
  });

  test("full-text search finds the RusStrat alliance forecast and its page shows the attribution chain", async ({ page }) => {
    await page.goto("/forecasts");
    await page.getByLabel("Search").fill("spätestens 2022");
    await page.getByRole("button", { name: "Apply" }).click();
    const item = page.getByTestId("forecast-item").filter({ hasText: "spätestens im Jahr 2022" }).first();
    await expect(item).toBeVisible();
    await item.getByRole("link").first().click();
    await expect(page.getByTestId("quote")).toContainText("spätestens im Jahr 2022, ein offizielles Militärbündnis");
    await expect(page.getByTestId("deadline")).toContainText("31 Dec 2022");
    await expect(page.getByTestId("deadline")).toContainText("stated in the text");
    const who = page.getByRole("region", { name: "Who said it, who published it" });
    await expect(who).toContainText("RusStrat");
    await expect(who).toContainText("Rainer Rupp");
    await expect(who).toContainText("KenFM");
    await expect(who).toContainText("RT");
    await expect(page.getByText("low information").first()).toBeVisible();
    await page.screenshot({ path: "test-results/screens/forecast-russtrat.png", fullPage: true });
  });

  test("pages through the list and keeps the filters in the URL", async ({ page, request }) => {
    const all = await (await request.get("/api/v1/forecasts?pageSize=20")).json();
    await page.goto("/forecasts?language=de");
    const de = await (await request.get("/api/v1/forecasts?language=de&pageSize=20&page=2")).json();
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/language=de/);
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("forecast-item")).toHaveCount(de.items.length);
    expect(all.pages).toBeGreaterThan(1);
  });

  test("a bad filter is explained on the page and answered with 400 by the API", async ({ page, request }) => {
    await page.goto("/forecasts?status=maybe&deadlineFrom=2024-13");
    const alert = page.getByRole("alert").filter({ hasText: "could not be used" });
    await expect(alert).toContainText("status");
    await expect(alert).toContainText("expected one of open, due, resolved");
    await expect(alert).toContainText("deadlineFrom");
    const res = await request.get("/api/v1/forecasts?pageSize=500&colour=red");
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(["colour", "pageSize"]);
    expect((await request.get("/api/v1/forecasts/abc")).status()).toBe(400);
    expect((await request.get("/api/v1/forecasts/999999")).status()).toBe(404);
  });

  test("person, outlet and article pages list their forecasts", async ({ page, request }) => {
    const rupp = await (await request.get("/api/v1/forecasts?author=rainer-rupp&pageSize=100")).json();
    const others = rupp.items.filter((f: { forecaster: { slug: string } }) => f.forecaster.slug !== "rainer-rupp");
    await page.goto("/people/rainer-rupp");
    await expect(page.getByRole("heading", { name: `Forecasts of others they published (${others.length})` })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/person-rupp.png", fullPage: true });

    const kenfm = await (await request.get("/api/v1/forecasts?outlet=kenfm&pageSize=100")).json();
    await page.goto("/outlets/kenfm");
    await expect(page.getByRole("heading", { name: `Forecasts it published (${kenfm.total})` })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/outlet-kenfm.png", fullPage: true });
    // The list comes a page at a time (10 a page): following "Next" reaches every forecast once.
    const seen: string[] = [];
    for (let pageNo = 1; ; pageNo++) {
      const hrefs = await page.getByTestId("forecast-item").evaluateAll((items) => items.map((li) => li.querySelector("a")!.getAttribute("href")!));
      expect(hrefs.length).toBeLessThanOrEqual(10);
      seen.push(...hrefs);
      const next = page.getByTestId("outlet-forecast-pages").getByRole("link", { name: "Next →" });
      if (seen.length >= kenfm.total || !(await next.count())) break;
      await expect(page.getByTestId("outlet-forecast-pages")).toContainText(`Showing ${seen.length - hrefs.length + 1}–${seen.length} of ${kenfm.total}`);
      await next.click();
      await expect(page).toHaveURL(new RegExp(`/outlets/kenfm/forecasts/${pageNo + 1}$`));
    }
    expect(new Set(seen).size).toBe(kenfm.total);
    expect(seen.sort()).toEqual(kenfm.items.map((f: { id: number }) => `/forecasts/${f.id}`).sort());

    await page.goto("/articles");
    // The five seed articles and a header; other tests (intake, import) add articles of their own.
    await expect(page.getByRole("link", { name: /De Russische Alliantie/ })).toBeVisible();
    expect(await page.getByRole("row").count()).toBeGreaterThanOrEqual(6);
    await page.getByRole("link", { name: /De Russische Alliantie/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("De Russische Alliantie");
    await expect(page.getByText("not named in the text")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/article-palmer.png", fullPage: true });
  });
});
