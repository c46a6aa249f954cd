import { expect, type Locator, test } from "@playwright/test";
import { stateFile } from "./accounts";

/** Bad input on every field, in the forms and through the API; nothing here is ever saved. */
test.use({ storageState: stateFile("editor") });

interface ApiForecast {
  id: number;
  version: number;
  madeOn: string;
  condition: string | null;
  eventId: number | null;
}

/** The first forecast matching the query; `plain` ones have no condition and no shared event. */
async function openForecast(request: import("@playwright/test").APIRequestContext, query: string, plain = false): Promise<ApiForecast> {
  const res = await (await request.get(`/api/v1/forecasts?pageSize=100&${query}`)).json();
  const items = (res.items as ApiForecast[]).filter((f) => !plain || (!f.condition && f.eventId === null));
  expect(items.length).toBeGreaterThan(0);
  return items[0]!;
}

/** The input's own error message (tied to it with aria-describedby). */
async function expectError(field: Locator, message: string | RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message);
}

test("the record form explains each wrong field and saves nothing", async ({ page }) => {
  const f = await openForecast(page.request, "forecaster=andrew-korybko&status=open", true);
  await page.goto(`/forecasts/${f.id}`);
  const form = page.getByRole("form", { name: "Record the outcome" });
  const submit = form.getByRole("button", { name: "Record outcome" });

  await submit.click();
  await expectError(form.getByLabel("Outcome"), /choose what happened from the list/);

  await form.getByLabel("Outcome").selectOption("yes");
  await submit.click();
  await expectError(form.getByLabel("Date it happened or was settled"), /required for yes and no/);
  await expect(form.getByText("at least one source (a URL or a citation) is required for yes and no")).toBeVisible();

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Date it happened or was settled").fill(tomorrow);
  await form.getByLabel("Source URL 1").fill("javascript:alert(1)");
  await form.getByLabel(/^Note/).fill("n".repeat(2001));
  await submit.click();
  await expectError(form.getByLabel("Date it happened or was settled"), /cannot be in the future/);
  await expectError(form.getByLabel("Source URL 1"), /expected a full web address starting with https:\/\//);
  await expectError(form.getByLabel(/^Note/), /at most 2000 characters/);
  await expect(form.getByRole("alert")).toContainText("Nothing was saved: please correct the 3 marked fields.");
  await page.screenshot({ path: "test-results/screens/record-outcome-errors.png", fullPage: true });

  await form.getByLabel("Date it happened or was settled").fill("2001-01-01");
  await form.getByLabel("Source URL 1").fill("https://example.org/ok");
  await form.getByLabel(/^Note/).fill("");
  await submit.click();
  await expectError(form.getByLabel("Date it happened or was settled"), /cannot be before the forecast was made/);
  // An evidence row with only a URL is fine; a second source needs something in it.
  await form.getByRole("button", { name: "Add another source" }).click();
  await form.getByLabel("Citation 2").fill("  ");
  await expect(form.getByLabel("Source URL 2")).toBeVisible();

  const h = await (await page.request.get(`/api/v1/forecasts/${f.id}/outcomes`)).json();
  expect(h.history).toHaveLength(0);
  expect(h.version).toBe(f.version);
});

test("a new record on a resolved forecast needs its reason", async ({ page }) => {
  const f = await openForecast(page.request, "forecaster=richard-palmer&status=resolved");
  await page.goto(`/forecasts/${f.id}`);
  const form = page.getByRole("form", { name: "Record a new outcome" });
  await form.getByLabel("Outcome").selectOption("ambiguous");
  await form.getByRole("button", { name: "Save new record" }).click();
  await expectError(form.getByLabel("Reason for the new record"), /required: this forecast already has an outcome record/);
});

test("the correction form explains each wrong field and saves nothing", async ({ page }) => {
  const f = await openForecast(page.request, "forecaster=vladimir-putin");
  await page.goto(`/forecasts/${f.id}`);
  await page.getByText("Correct this forecast").click();
  const form = page.getByRole("form", { name: "Correct this forecast" });
  const submit = form.getByRole("button", { name: "Save correction" });
  await form.getByLabel("Question (English, yes/no)").fill("Putin wins");
  await form.getByLabel("Quote (verbatim, as in the article)").fill("Words nobody wrote.");
  await form.getByLabel("Deadline", { exact: true }).fill("1999-01-01");
  await form.getByRole("combobox", { name: /^Probability/ }).selectOption("stated");
  await form.getByLabel("Stated probability (%)").fill("120");
  await form.getByLabel("Likelihood words").fill("w".repeat(201));
  await submit.click();
  await expectError(form.getByLabel("Question (English, yes/no)"), /write the yes\/no question in full|ending with “\?”/);
  await expectError(form.getByLabel("Stated probability (%)"), /enter a percentage between 0 and 100/);
  await expectError(form.getByLabel("Likelihood words"), /at most 200 characters/);
  await expectError(form.getByLabel("Reason for the correction"), /required: say why/);
  await page.screenshot({ path: "test-results/screens/correction-errors.png", fullPage: true });

  // Fix the shape errors: what remains is what only the forecast can tell.
  await form.getByLabel("Question (English, yes/no)").fill("Will Putin stay in office until the end of his term?");
  await form.getByRole("combobox", { name: /^Probability/ }).selectOption("LIKELY");
  await form.getByLabel("Likelihood words").fill("wahrscheinlich");
  await form.getByLabel("Reason for the correction").fill("Testing the checks");
  await submit.click();
  await expectError(form.getByLabel("Quote (verbatim, as in the article)"), /not found verbatim in the article's text/);
  await expectError(form.getByLabel("Deadline", { exact: true }), /cannot be before the forecast was made/);
  await expect(page.getByTestId("revision")).toHaveCount(0);
});

test("the API answers 422 naming every wrong field", async ({ page }) => {
  const f = await openForecast(page.request, "forecaster=andrew-korybko&status=open", true);
  const valid = { status: "yes", occurredOn: "2026-03-01", evidence: [{ url: "https://example.org/a", citation: "A" }], note: "n", expectedVersion: f.version };
  const cases: [Record<string, unknown>, string[]][] = [
    [{ status: "maybe" }, ["status"]],
    [{ status: undefined }, ["status"]],
    [{ occurredOn: "2026-02-30" }, ["occurredOn"]],
    [{ occurredOn: "03/01/2026" }, ["occurredOn"]],
    [{ occurredOn: "2999-01-01" }, ["occurredOn"]],
    [{ occurredOn: null }, ["occurredOn"]],
    [{ occurredOn: "2000-01-01" }, ["occurredOn"]],
    [{ evidence: [] }, ["evidence"]],
    [{ evidence: "https://example.org" }, ["evidence"]],
    [{ evidence: [{ url: "ftp://example.org/x", citation: "c" }] }, ["evidence.0.url"]],
    [{ evidence: [{ citation: "ok" }, { url: "" }] }, ["evidence.1.citation"]],
    [{ evidence: [{ citation: 7 }] }, ["evidence.0.citation"]],
    [{ note: "n".repeat(2001) }, ["note"]],
    [{ note: ["a"] }, ["note"]],
    [{ reason: "r".repeat(1001) }, ["reason"]],
    [{ expectedVersion: undefined }, ["expectedVersion"]],
    [{ expectedVersion: "1" }, ["expectedVersion"]],
    [{ expectedVersion: 0 }, ["expectedVersion"]],
    [{ status: "condition_not_met", occurredOn: null, evidence: [] }, ["status"]],
    [{ colour: "red" }, ["colour"]],
  ];
  for (const [patch, fields] of cases) {
    const res = await page.request.post(`/api/v1/forecasts/${f.id}/outcomes`, { data: { ...valid, ...patch } });
    expect(res.status(), JSON.stringify(patch)).toBe(422);
    const err = (await res.json()).error;
    expect(
      err.fields.map((x: { field: string }) => x.field),
      JSON.stringify(patch),
    ).toEqual(fields);
    for (const x of err.fields) expect(x.message).toMatch(/\w{3}/);
  }
  const h = await (await page.request.get(`/api/v1/forecasts/${f.id}/outcomes`)).json();
  expect(h.history).toHaveLength(0);
});
