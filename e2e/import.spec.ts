import { type APIRequestContext, expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { stateFile } from "./accounts";

/**
 * The bulk import as an editor: files in the export format, made by this test from records the
 * export API gives (with a new article title, so they are new to the ledger), and the
 * "Download" links of the list pages.
 */
type ExportRecord = Record<string, unknown> & { article: Record<string, unknown>; question: string };

const SEED_ARTICLES = [
  "palmer-russische-alliantie",
  "rupp-russtrat-militaerbuendnis",
  "osthold-trump-russland-china-iran",
  "peskow-normalisierung-usa",
  "korybko-artikel-5-ukraine",
];

async function total(request: APIRequestContext): Promise<number> {
  return (await (await request.get("/api/v1/forecasts?pageSize=1")).json()).total;
}

/** Records of one seed article under a new title: the import sees a new article. */
async function freshRecords(request: APIRequestContext, title: string, n: number): Promise<ExportRecord[]> {
  const records = (await (await request.get("/api/v1/export?format=json&article=osthold-trump-russland-china-iran")).json()) as ExportRecord[];
  return records.slice(0, n).map((r) => ({ ...r, article: { ...r.article, title } }));
}

test.describe("bulk import", () => {
  test.use({ storageState: stateFile("editor") });

  test("a JSON file is checked, imported in one step, and a second import skips its duplicates", async ({ page, request }) => {
    const title = `Imported JSON article ${Date.now()}`;
    const records = await freshRecords(request, title, 2);
    const file = { name: "two-forecasts.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(records, null, 2)) };
    const before = await total(request);

    await page.goto("/import");
    await expect(page.getByRole("heading", { name: "Import forecasts" })).toBeVisible();
    await page.getByLabel("File to import").setInputFiles(file);
    const report = page.getByTestId("import-report");
    await expect(report).toContainText("2 rows checked: 2 forecasts to import (1 new article)");
    await expect(report).toContainText("Nothing is written yet");
    expect(await total(request)).toBe(before);
    await page.screenshot({ path: "test-results/screens/import-checked.png", fullPage: true });

    await page.getByRole("button", { name: "Import 2 forecasts" }).click();
    await expect(report).toContainText("Imported 2 forecasts from two-forecasts.json (1 new article");
    expect(await total(request)).toBe(before + 2);
    await page.screenshot({ path: "test-results/screens/import-done.png", fullPage: true });
    await report.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(records[0]!.question);

    await page.goto("/import");
    await page.getByLabel("File to import").setInputFiles(file);
    await expect(report).toContainText("2 rows checked: 0 forecasts to import");
    await expect(page.getByTestId("import-duplicates")).toContainText("Row 1: already stored as forecast");
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    expect(await total(request)).toBe(before + 2);
  });

  test("a CSV file with an error row is refused with the row and field, and nothing is written", async ({ page, request }) => {
    const title = `Imported CSV article ${Date.now()}`;
    const res = await request.get("/api/v1/export?format=csv&article=osthold-trump-russland-china-iran");
    expect(res.headers()["content-disposition"]).toContain("attachment");
    // The API's own CSV, parsed and written again: three rows under the new title, row 2's question broken.
    const rows = parse(await res.text()) as string[][];
    const header = rows[0]!;
    const at = (column: string) => header.indexOf(column);
    const body = rows.slice(1, 4).map((r) => r.map((cell, i) => (i === at("article.title") ? title : cell)));
    body[1]![at("question")] = body[1]![at("question")]!.replace(/\?$/, "");
    const csv = stringify([header, ...body]);
    const file = { name: "three-forecasts.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
    const before = await total(request);

    await page.goto("/import");
    await page.getByLabel("File to import").setInputFiles(file);
    const report = page.getByTestId("import-report");
    await expect(report.getByRole("alert")).toContainText("1 error in three-forecasts.csv: nothing was written.");
    const errors = page.getByTestId("import-errors");
    await expect(errors.locator("tbody tr")).toHaveCount(1);
    await expect(errors.locator("tbody tr").first()).toContainText("row 2");
    await expect(errors.locator("tbody tr").first()).toContainText("question");
    await expect(errors.locator("tbody tr").first()).toContainText("ending with “?”");
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/import-csv-error.png", fullPage: true });
    expect(await total(request)).toBe(before);
  });
});

test.describe("a large import", () => {
  test.use({ storageState: stateFile("editor") });

  test("shows its progress while the rows are checked", async ({ page, request }) => {
    const seed: ExportRecord[] = [];
    for (const slug of SEED_ARTICLES) seed.push(...((await (await request.get(`/api/v1/export?format=json&article=${slug}`)).json()) as ExportRecord[]));
    // Thousands of rows (16 MB): the seed records under 150 new article titles (checked, not imported).
    const records = Array.from({ length: 150 }, (_, k) =>
      seed.map((r) => ({ ...r, article: { ...r.article, title: `${r.article.title} (large import ${k})` } })),
    ).flat();
    await page.goto("/import");
    // Record every state of the progress display: the check can be over before a poll would see it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const el = document.querySelector("[data-testid=import-progress]");
        const bar = el?.querySelector("progress");
        if (el && bar) seen.push(`${el.textContent} [${bar.getAttribute("value") ?? "indeterminate"}]`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByLabel("File to import").setInputFiles({ name: "large.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(records)) });
    await expect(page.getByTestId("import-report")).toContainText(`${records.length} rows checked: ${records.length} forecasts to import`, { timeout: 30_000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    const total = records.length.toLocaleString("en");
    const checking = seen.filter((s) => s.startsWith("Checking rows: ") && s.includes(` of ${total}`));
    // Several steps of 200 rows were drawn, with the bar moving forward.
    expect(checking.length).toBeGreaterThan(3);
    const values = checking.map((s) => Number(/\[(\d+)\]$/.exec(s)?.[1] ?? -1));
    expect(values).toEqual([...values].sort((x, y) => x - y));
    expect(values.at(-1)).toBeGreaterThan(values[0]!);
    const progress = page.getByTestId("import-progress");
    await expect(progress).toHaveCount(0);
  });
});

test.describe("export from pages", () => {
  test("the list's Download links keep its filters", async ({ page, request }) => {
    await page.goto("/forecasts?language=nl&status=resolved");
    const links = page.getByTestId("export-links");
    await expect(links.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/api/v1/export?format=csv&status=resolved&language=nl");
    const download = page.waitForEvent("download");
    await links.getByRole("link", { name: "JSON" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^hindsight-forecasts-language-nl-status-resolved-\d{4}-\d{2}-\d{2}\.json$/);
    const list = await (await request.get("/api/v1/forecasts?language=nl&status=resolved&pageSize=100")).json();
    const { readFile } = await import("node:fs/promises");
    const records = JSON.parse(await readFile((await file.path())!, "utf8")) as { id: number }[];
    expect(records.map((r) => r.id).sort((a, b) => a - b)).toEqual(list.items.map((f: { id: number }) => f.id).sort((a: number, b: number) => a - b));

    for (const [url, query] of [
      ["/people/richard-palmer", "forecaster=richard-palmer"],
      ["/outlets/kenfm", "outlet=kenfm"],
      ["/articles/palmer-russische-alliantie", "article=palmer-russische-alliantie"],
    ] as const) {
      await page.goto(url);
      await expect(page.getByTestId("export-links").first().getByRole("link", { name: "CSV" })).toHaveAttribute("href", `/api/v1/export?format=csv&${query}`);
    }
    await page.screenshot({ path: "test-results/screens/article-export-links.png" });
  });
});
