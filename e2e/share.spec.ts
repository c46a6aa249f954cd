import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { stateFile } from "./accounts";

/** Issue 11 in the browser: search with highlights, feeds, share cards, embeds, sitemap, the API page, reminders. */

const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => n === "entry" || n === "link" });
const text = (t: unknown) => (typeof t === "string" ? t : String((t as { "#text": string })["#text"]));

test.describe("search", () => {
  test("finds Militärbündnis for Bundnis, Buendnis and Bündnis, marks the match, filters and sorts", async ({ page }) => {
    for (const q of ["Bundnis", "Buendnis", "Bündnis"]) {
      await page.goto(`/forecasts?q=${encodeURIComponent(q)}`);
      const marks = page.getByTestId("forecast-item").locator("mark");
      await expect(marks.first()).toBeVisible();
      expect((await marks.allTextContents()).map((m) => m.toLowerCase())).toContain("bündnis");
    }
    await page.goto("/forecasts");
    await page.getByLabel("Search").fill("Korybko");
    await page.getByRole("combobox", { name: "Outcome" }).selectOption("open");
    await page.getByRole("combobox", { name: "Sort by" }).selectOption("made");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/outcome=open/);
    await expect(page.getByTestId("result-count")).toContainText("forecasts found");
    await expect(page.getByTestId("forecast-item").first().locator("mark").first()).toHaveText("Korybko");
    await page.screenshot({ path: "test-results/screens/search-korybko.png", fullPage: true });
  });

  test("a query it cannot use says why, in the page and the API", async ({ page, request }) => {
    const res = await request.get("/api/v1/forecasts?q=EU");
    expect(res.status()).toBe(400);
    expect((await res.json()).error.fields[0]).toMatchObject({ field: "q" });
    await page.goto("/forecasts?q=EU");
    await expect(page.locator(".error-box")).toContainText("at least 3 letters");
  });
});

test.describe("feeds", () => {
  test("overall and per-source Atom feeds parse, announce themselves, and 404 for unknown slugs", async ({ page, request }) => {
    for (const path of ["/feeds/forecasts.atom", "/feeds/due.atom", "/feeds/resolved.atom", "/people/andrew-korybko/feed.atom"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["content-type"]).toContain("application/atom+xml");
      const feed = atom.parse(await res.text()).feed;
      expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
      expect(feed.entry.length, path).toBeGreaterThan(0);
      for (const e of feed.entry) expect(e.link[0]["@href"]).toMatch(/\/forecasts\/\d+$/);
    }
    const korybko = atom.parse(await (await request.get("/people/andrew-korybko/feed.atom")).text()).feed;
    const own = (await (await request.get("/api/v1/forecasts?forecaster=andrew-korybko&pageSize=100")).json()).total;
    expect(own).toBeGreaterThan(0);
    expect(korybko.entry).toHaveLength(own);
    expect(text(korybko.title)).toContain("Korybko");
    for (const path of ["/people/nobody-here/feed.atom", "/outlets/nowhere/feed.atom", "/topics/nothing/feed.atom", "/feeds/other.atom"])
      expect((await request.get(path)).status(), path).toBe(404);
    await page.goto("/people/andrew-korybko");
    const alternates = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    expect(await alternates.evaluateAll((ls) => ls.map((l) => l.getAttribute("href")))).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/people\/andrew-korybko\/feed\.atom$/), expect.stringMatching(/\/feeds\/forecasts\.atom$/)]),
    );
  });
});

test.describe("share cards and embeds", () => {
  test("a forecast page has its own card metadata and a generated image", async ({ page, request }) => {
    const list = await (await request.get("/api/v1/forecasts?q=Milit%C3%A4rb%C3%BCndnis&pageSize=1")).json();
    const f = list.items[0];
    await page.goto(`/forecasts/${f.id}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", f.question);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", new RegExp(f.forecaster.name));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/forecasts/${f.id}$`));
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toBeTruthy();
    const png = await request.get(new URL(image!).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).length).toBeGreaterThan(10_000);
    await page.goto(new URL(image!).pathname);
    await page.screenshot({ path: "test-results/screens/og-forecast.png" });
    await page.goto(`/forecasts/${f.id}`);
    await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  });

  test("person and outlet scorecard images render; embeds have no site chrome; unknown slugs 404", async ({ page, request }) => {
    const images: string[] = [];
    for (const path of ["/people/richard-palmer", "/outlets/the-trumpet"]) {
      await page.goto(path);
      const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!).pathname;
      const res = await request.get(image);
      expect(res.status(), image).toBe(200);
      expect(res.headers()["content-type"]).toBe("image/png");
      images.push(image);
    }
    await page.goto(images[0]!);
    await page.screenshot({ path: "test-results/screens/og-person.png" });
    await page.goto(images[1]!);
    await page.screenshot({ path: "test-results/screens/og-outlet.png" });
    expect((await request.get(images[0]!.replace("richard-palmer", "nobody-here"))).status()).toBe(404);
    await page.goto("/people/richard-palmer");
    await page.getByText("Embed this scorecard").click();
    const snippet = await page.getByTestId("embed-snippet").textContent();
    expect(snippet).toMatch(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/people\/richard-palmer"/);
    await page.goto("/embed/people/richard-palmer");
    await expect(page.getByTestId("embed-card")).toContainText("Richard Palmer");
    await expect(page.getByTestId("embed-brier")).toHaveText(/^0\.\d{3}$/);
    await expect(page.locator(".site-header")).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/embed-person.png" });
    await page.goto("/embed/outlets/the-trumpet");
    await expect(page.getByTestId("embed-card")).toContainText("Trumpet");
    for (const path of ["/embed/people/nobody-here", "/embed/outlets/nowhere"]) expect((await request.get(path)).status(), path).toBe(404);
  });
});

test.describe("sitemap, robots and the API page", () => {
  test("the sitemap lists every forecast; robots points at it", async ({ request }) => {
    const total = (await (await request.get("/api/v1/forecasts?pageSize=1")).json()).total;
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(xml.match(/\/forecasts\/\d+<\/loc>/g)?.length).toBe(total);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
    expect(robots).toContain("Disallow: /embed/");
  });

  test("the /api page lists every operation of the OpenAPI document", async ({ page, request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const count = Object.values(doc.paths as Record<string, object>).reduce((n: number, m) => n + Object.keys(m).length, 0);
    await page.goto("/api");
    await expect(page.getByTestId("api-operation")).toHaveCount(count);
    await expect(page.getByRole("heading", { name: "GET /api/v1/forecasts", exact: true })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/api-page.png", fullPage: false });
  });
});

test.describe("reminders", () => {
  test.use({ storageState: stateFile("editor") });
  test("an editor subscribes and follows a source", async ({ page }) => {
    await page.goto("/account/reminders");
    await expect(page.getByTestId("reminder-status")).toContainText("Not subscribed");
    await page.getByLabel("Send digests to").fill("not-an-address");
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByText("enter an e-mail address")).toBeVisible();
    await page.getByLabel("Send digests to").fill("editor-digest@e2e.test");
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByText("Digests go to editor-digest@e2e.test")).toBeVisible();
    await page.getByLabel("Person or outlet to follow").selectOption({ label: "Richard Palmer" });
    await page.getByRole("button", { name: "Follow", exact: true }).click();
    await expect(page.getByTestId("follows")).toContainText("Richard Palmer");
    await page.reload();
    await expect(page.getByTestId("reminder-status")).toContainText("Subscribed");
    await page.screenshot({ path: "test-results/screens/reminders.png", fullPage: true });
  });
});
