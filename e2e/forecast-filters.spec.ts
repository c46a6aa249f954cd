import { expect, type Page, test } from "@playwright/test";
import { stateFile } from "./accounts";

/** The forecast list's forecaster, author and outlet filters: chosen by typing (with JavaScript), or typed and resolved by the server (without). */

/** On phones the filters are folded away under "Search and filters"; on wide screens they are always shown. */
async function openFilters(page: Page) {
  const summary = page.getByText("Search and filters");
  if ((await summary.isVisible()) && (await page.locator("details.collapsible").getAttribute("open")) === null) await summary.click();
}

/** The combobox has taken over from the plain text field (its hidden field carries the choice). */
const hydrated = (page: Page) => expect(page.locator('input[type="hidden"][name="outlet"]')).toHaveCount(1);

const forecasterLinks = (page: Page) => page.getByTestId("forecast-item").locator('a[href^="/people/"]');

test.describe("choosing a source by typing", () => {
  test("type part of a forecaster's name, pick the match with the keyboard, and the list shows only their forecasts", async ({ page, request }) => {
    const own = await (await request.get("/api/v1/forecasts?forecaster=andrew-korybko&pageSize=100")).json();
    expect(own.total).toBeGreaterThan(1);
    await page.goto("/forecasts");
    await openFilters(page);
    await hydrated(page);
    const field = page.getByRole("combobox", { name: "Forecaster" });
    // Typed a key at a time: the answers for "k", "ko", "kor" must not replace the one for "kory".
    await field.pressSequentially("kory");
    const matches = page.getByRole("listbox", { name: "Forecaster matches" }).getByRole("option");
    await expect(matches).toHaveCount(1);
    const option = matches.filter({ hasText: "Andrew Korybko" });
    await expect(option).toBeVisible();
    await expect(option).toContainText(`${own.total} forecasts`);
    await expect(field).toHaveAttribute("aria-expanded", "true");
    await field.press("ArrowDown");
    await expect(field).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await field.press("Enter");
    await expect(field).toHaveValue("Andrew Korybko");
    await expect(field).toHaveAttribute("aria-expanded", "false");
    await page.getByRole("button", { name: "Apply" }).click();

    await expect(page).toHaveURL(/[?&]forecaster=andrew-korybko(&|$)/);
    await expect(page.getByTestId("result-count")).toHaveText(`${own.total} forecasts found`);
    const names = await forecasterLinks(page).allTextContents();
    expect(names.length).toBe(Math.min(own.total, 20));
    expect(new Set(names)).toEqual(new Set(["Andrew Korybko"]));
    // The chosen filter keeps its human name: in the field and above the list.
    await expect(page.getByRole("combobox", { name: "Forecaster" })).toHaveValue("Andrew Korybko");
    await expect(page.getByTestId("chosen-sources").getByRole("link", { name: "Andrew Korybko" })).toHaveAttribute("href", "/people/andrew-korybko");
  });

  test("an outlet picked with the pointer, a topic and Escape", async ({ page, request }) => {
    const kenfm = await (await request.get("/api/v1/forecasts?outlet=kenfm&pageSize=1")).json();
    await page.goto("/forecasts");
    await openFilters(page);
    await hydrated(page);
    const field = page.getByRole("combobox", { name: "Outlet" });
    await field.fill("ken");
    const matches = page.getByRole("listbox", { name: "Outlet matches" }).getByRole("option");
    await expect(matches).toHaveCount(1);
    await field.press("Escape");
    await expect(matches).toBeHidden();
    await field.fill("kenf");
    await matches.filter({ hasText: "KenFM" }).click();
    await expect(field).toHaveValue("KenFM");
    await expect(field).toBeFocused();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]outlet=kenfm(&|$)/);
    await expect(page.getByTestId("result-count")).toHaveText(`${kenfm.total} forecast${kenfm.total === 1 ? "" : "s"} found`);
    // Topics are listed by name only (no per-request counts).
    const topic = page.getByRole("combobox", { name: "Topic" });
    await expect(topic.locator("option").nth(1)).not.toHaveText(/\(\d+\)$/);
  });

  test("says when a name matches nothing", async ({ page }) => {
    await page.goto("/forecasts");
    await openFilters(page);
    await hydrated(page);
    await page.getByRole("combobox", { name: "Author" }).fill("qqxz");
    await expect(page.getByText("No author matches “qqxz”.").first()).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a typed name is resolved by the server; none or several are explained, with the candidates as links", async ({ page, request }) => {
    const palmer = await (await request.get("/api/v1/forecasts?forecaster=richard-palmer&pageSize=1")).json();
    await page.goto("/forecasts");
    await openFilters(page);
    await page.getByRole("combobox", { name: "Forecaster" }).fill("palmer");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]forecaster=palmer(&|$)/);
    await expect(page.getByTestId("result-count")).toHaveText(`${palmer.total} forecast${palmer.total === 1 ? "" : "s"} found`);
    await expect(page.getByRole("combobox", { name: "Forecaster" })).toHaveValue("Richard Palmer");
    await expect(page.getByTestId("chosen-sources")).toContainText("Forecaster: Richard Palmer");

    await page.goto("/forecasts?forecaster=nobody+we+know&status=resolved");
    await expect(page.getByTestId("source-problems")).toContainText("Forecaster “nobody we know” matches no forecaster");
    await expect(page.getByTestId("result-count")).toHaveCount(0);

    // "r" is in several forecasters' names: each is a link that keeps the other filters.
    await page.goto("/forecasts?forecaster=r&sort=made");
    const problems = page.getByTestId("source-problems");
    await expect(problems).toContainText(/Forecaster “r” matches \d+ forecasters/);
    const link = problems.getByRole("link", { name: "Andrew Korybko" });
    await expect(link).toHaveAttribute("href", /forecaster=andrew-korybko/);
    await link.click();
    await expect(page).toHaveURL(/sort=made/);
    await expect(page.getByRole("combobox", { name: "Forecaster" })).toHaveValue("Andrew Korybko");
    expect(new Set(await forecasterLinks(page).allTextContents())).toEqual(new Set(["Andrew Korybko"]));
  });
});

test.describe("the unfiltered list, served from the page cache", () => {
  test.use({ storageState: stateFile("editor") });

  const count = async (page: Page, url: string) => {
    await page.goto(url);
    return Number((await page.getByTestId("result-count").textContent())?.match(/\d+/)?.[0]);
  };

  test("pages by ?page=N, and shows a forecast imported a moment ago on /forecasts and its pages", async ({ page, baseURL }) => {
    const second = await (await page.request.get("/api/v1/forecasts?page=2")).json();
    await page.goto("/forecasts");
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/forecasts\?page=2$/);
    await expect(page.getByTestId("forecast-item").first().getByRole("link").first()).toHaveAttribute("href", `/forecasts/${second.items[0].id}`);

    const before = await count(page, "/forecasts");
    expect(await count(page, "/forecasts?page=2")).toBe(before);
    const records = (await (await page.request.get("/api/v1/export?format=json&article=korybko-artikel-5-ukraine")).json()) as { article: object }[];
    const fresh = records.slice(0, 1).map((r) => ({ ...r, article: { ...r.article, title: `Static list check ${Date.now()}` } }));
    const res = await page.request.post("/api/v1/import", {
      headers: { origin: baseURL! },
      data: { format: "json", content: JSON.stringify(fresh), commit: true },
    });
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain(`"committed":true,"created":{"articles":1,"forecasts":1`);
    expect(await count(page, "/forecasts")).toBe(before + 1);
    expect(await count(page, "/forecasts?page=2")).toBe(before + 1);
  });
});
