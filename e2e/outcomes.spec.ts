import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { ACCOUNTS, stateFile } from "./accounts";

/**
 * Recording outcomes as an editor. Each test works on forecasts no other test writes to, chosen
 * from the API by what they are (forecaster, status), so the tests do not depend on their order.
 */

interface ApiForecast {
  id: number;
  probability: number;
  lowInformation: boolean;
  condition: string | null;
  eventId: number | null;
  deadline: string | null;
  madeOn: string;
  version: number;
  forecaster: { slug: string; name: string };
  outcome: { status: string } | null;
}

async function forecasts(request: APIRequestContext, query: string): Promise<ApiForecast[]> {
  const res = await request.get(`/api/v1/forecasts?pageSize=100&${query}`);
  expect(res.ok()).toBe(true);
  return (await res.json()).items;
}

async function history(request: APIRequestContext, id: number) {
  return (await request.get(`/api/v1/forecasts/${id}/outcomes`)).json();
}

function recordForm(page: Page, first: boolean): Locator {
  return page.getByRole("form", { name: first ? "Record the outcome" : "Record a new outcome" });
}

async function fillOutcome(form: Locator, o: { status: string; date?: string; url?: string; citation?: string; note?: string; reason?: string }) {
  await form.getByLabel("Outcome").selectOption(o.status);
  if (o.date !== undefined) await form.getByLabel("Date it happened or was settled").fill(o.date);
  if (o.url !== undefined) await form.getByLabel("Source URL 1").fill(o.url);
  if (o.citation !== undefined) await form.getByLabel("Citation 1").fill(o.citation);
  if (o.note !== undefined) await form.getByLabel(/^Note/).fill(o.note);
  if (o.reason !== undefined) await form.getByLabel("Reason for the new record").fill(o.reason);
}

/** The person page's accuracy panel: its Brier score, shown to three decimals. */
const brierOnPage = (page: Page) => page.getByTestId("accuracy-panel").getByTestId("brier");

test.describe("an editor", () => {
  test.use({ storageState: stateFile("editor") });

  test("records an outcome, corrects it, and sees the history and the changed score", async ({ page }) => {
    // A forecast of Edmund Stoiber past its deadline, not hedged, not conditional, on no shared
    // event: once resolved yes or no it is scored, so the person page's Brier score must move.
    const [f] = (await forecasts(page.request, "forecaster=edmund-stoiber&status=due")).filter((x) => !x.lowInformation && !x.condition && x.eventId === null);
    expect(f).toBeDefined();
    const forecast = f!;
    const accuracy = async () => (await page.request.get(`/api/v1/accuracy?scope=person:${forecast.forecaster.slug}`)).json();
    const before = await accuracy();
    const n = before.accuracy.counts.scored as number;
    const sum = n * ((before.accuracy.summary.brier as number | null) ?? 0);
    // Brier = mean of (p - o)^2 over the scored forecasts; this one joins them with outcome o.
    const expected = (o: 0 | 1) => (sum + (forecast.probability - o) ** 2) / (n + 1);

    await page.goto(`/forecasts/${forecast.id}`);
    await expect(page.getByText("No outcome recorded yet.")).toBeVisible();
    let form = recordForm(page, true);
    await fillOutcome(form, {
      status: "yes",
      date: "2017-06-01",
      url: "https://example.org/stoiber-new-tone",
      citation: "Reuters, 1 Jun 2017: Trump withdraws from the Paris agreement",
      note: "A new tone, visibly so, within months.",
    });
    await page.screenshot({ path: "test-results/screens/record-outcome-form.png", fullPage: true });
    await form.getByRole("button", { name: "Record outcome" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText("“happened” is now the current outcome");
    const list = page.getByTestId("outcome-history");
    await expect(list.getByTestId("outcome-record")).toHaveCount(1);
    await expect(list).toContainText("recorded by E2E Editor");
    await expect(list).toContainText("Reuters, 1 Jun 2017");
    let api = await history(page.request, forecast.id);
    expect(api.current).toMatchObject({ status: "yes", occurredOn: "2017-06-01", recordedBy: { name: ACCOUNTS.editor.name }, version: forecast.version + 1 });

    await page.goto(`/people/${forecast.forecaster.slug}`);
    await expect(brierOnPage(page)).toHaveText(expected(1).toFixed(3));
    const afterYes = await accuracy();
    expect(afterYes.accuracy.counts.scored).toBe(n + 1);
    expect(afterYes.accuracy.summary.brier).toBeCloseTo(expected(1), 9);

    // The correction: a new record that supersedes the first, with its reason.
    await page.goto(`/forecasts/${forecast.id}`);
    form = recordForm(page, false);
    await fillOutcome(form, {
      status: "no",
      date: "2021-01-20",
      citation: "Review of the term: continuity in most of US foreign policy",
      reason: "The first record took a single event for a change of tone.",
    });
    await form.getByRole("button", { name: "Save new record" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText("“did not happen” is now the current outcome");
    const records = page.getByTestId("outcome-record");
    await expect(records).toHaveCount(2);
    await expect(records.nth(0)).toContainText("did not happen");
    await expect(records.nth(0)).toContainText("current");
    await expect(records.nth(0)).toContainText("Reason: The first record took a single event");
    await expect(records.nth(0)).toContainText(`supersedes record #${api.current.id}`);
    await expect(records.nth(1)).toContainText("superseded");
    await expect(records.nth(1)).toContainText("happened");
    await page.screenshot({ path: "test-results/screens/outcome-history.png", fullPage: true });

    api = await history(page.request, forecast.id);
    expect(api.history).toHaveLength(2);
    expect(api.current).toMatchObject({ status: "no", supersedesId: api.history[1].id, reason: "The first record took a single event for a change of tone." });
    expect((await (await page.request.get(`/api/v1/forecasts/${forecast.id}`)).json()).outcome.status).toBe("no");

    await page.goto(`/people/${forecast.forecaster.slug}`);
    await expect(brierOnPage(page)).toHaveText(expected(0).toFixed(3));
    await page.screenshot({ path: "test-results/screens/person-score-after-correction.png", fullPage: true });
  });

  test("works through the due queue: oldest first, counted in the navigation", async ({ page }) => {
    const due = await forecasts(page.request, "status=due");
    expect(due.length).toBeGreaterThan(0);
    await page.goto("/due");
    await expect(page.getByTestId("nav-due")).toContainText(String(due.length));
    const items = page.getByTestId("due-item");
    await expect(items).toHaveCount(due.length);
    // The API lists by deadline, then id: the queue's order.
    expect(await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-forecast-id"))))).toEqual(due.map((f) => f.id));
    const deadlines = due.map((f) => f.deadline!);
    expect([...deadlines].sort()).toEqual(deadlines);
    await page.screenshot({ path: "test-results/screens/due-queue.png", fullPage: true });

    // Record the most recently due one (not Stoiber's: another test resolves those).
    const target = [...due].reverse().find((f) => f.forecaster.slug !== "edmund-stoiber" && !f.condition)!;
    const item = page.locator(`[data-testid="due-item"][data-forecast-id="${target.id}"]`);
    await item.getByText(`Record outcome for #${target.id}`).click();
    const form = item.getByRole("form", { name: "Record the outcome" });
    await fillOutcome(form, { status: "no", date: target.deadline!, citation: "Nothing of the kind by the deadline (editor's review of the record)" });
    await form.getByRole("button", { name: "Record outcome" }).click();
    // The row stays where it was, saying it was saved, with a link to the forecast.
    await expect(item.getByTestId("due-saved")).toContainText("Saved: “did not happen”");
    await expect(item.getByRole("link", { name: `See forecast #${target.id}` })).toHaveAttribute("href", `/forecasts/${target.id}`);
    await expect(page.getByTestId("nav-due")).toContainText(String(due.length - 1));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Due for an outcome (${due.length - 1})`);
    expect((await history(page.request, target.id)).current.status).toBe("no");
  });

  test("resolves the forecasts about one shared event together, each with its own record", async ({ page }) => {
    // Event 6 (US Article 5 protection for troops in Ukraine) has three open forecasts.
    const about = await forecasts(page.request, "event=6");
    const open = about.filter((f) => !f.outcome);
    expect(open.length).toBeGreaterThanOrEqual(2);
    await page.goto(`/forecasts/${open[0]!.id}`);
    await page.getByText("Resolve forecasts about this event together").click();
    const form = page.getByRole("form", { name: "Resolve forecasts about this event together" });
    for (const f of open) await expect(form.getByRole("checkbox", { name: new RegExp(`#${f.id} `) })).toBeChecked();
    await fillOutcome(form, { status: "ambiguous", citation: "Statements on Article 5 for troops in Ukraine contradict each other (editor's summary)" });
    await page.screenshot({ path: "test-results/screens/resolve-event.png", fullPage: true });
    await form.getByRole("button", { name: `Record for ${open.length} selected forecasts` }).click();
    await expect(form.getByRole("status")).toContainText(`${open.length} forecasts now have the outcome “ambiguous”, each with its own record`);
    const ids = new Set<number>();
    for (const f of open) {
      const h = await history(page.request, f.id);
      expect(h.history).toHaveLength(1);
      expect(h.current).toMatchObject({ status: "ambiguous", recordedBy: { name: ACCOUNTS.editor.name } });
      ids.add(h.current.id);
    }
    expect(ids.size).toBe(open.length);
  });

  test("corrects a forecast's fields: versioned, with before and after on the page", async ({ page }) => {
    const [f] = await forecasts(page.request, "forecaster=dmitry-peskov");
    const forecast = f!;
    await page.goto(`/forecasts/${forecast.id}`);
    await expect(page.getByText("No corrections: the forecast is as first recorded.")).toBeVisible();
    await page.getByText("Correct this forecast").click();
    const form = page.getByRole("form", { name: "Correct this forecast" });
    await form.getByLabel("Deadline", { exact: true }).fill("2028-12-31");
    await form.getByRole("combobox", { name: /^Probability/ }).selectOption("UNLIKELY");
    await form.getByLabel("Reason for the correction").fill("Read against the full interview: a weaker claim, and the term ends earlier.");
    await form.getByRole("button", { name: "Save correction" }).click();
    await expect(form.getByRole("status")).toContainText(`Saved as version ${forecast.version + 1}`);
    const revisions = page.getByTestId("revision");
    await expect(revisions).toHaveCount(1);
    await expect(revisions.first()).toContainText("deadline: 20 Jan 2029 → 31 Dec 2028");
    await expect(revisions.first()).toContainText("lexicon class: WILL_NOT → UNLIKELY");
    await expect(revisions.first()).toContainText("probability: 3% → 20%");
    await expect(revisions.first()).toContainText("corrected by E2E Editor");
    await expect(page.getByTestId("deadline")).toContainText("31 Dec 2028");
    await page.screenshot({ path: "test-results/screens/forecast-correction.png", fullPage: true });
    const now = await (await page.request.get(`/api/v1/forecasts/${forecast.id}`)).json();
    expect(now).toMatchObject({
      deadline: "2028-12-31",
      lexiconClass: "UNLIKELY",
      probability: 0.2,
      probabilityRange: [0.1, 0.25],
      version: forecast.version + 1,
    });
  });
});

test.describe("an editor retracting", () => {
  test.use({ storageState: stateFile("editor") });

  test("withdraws an outcome recorded in error: kept in the history, the forecast unresolved again", async ({ page }) => {
    const [f] = await forecasts(page.request, "forecaster=us-government&status=resolved");
    const forecast = f!;
    const before = await history(page.request, forecast.id);
    await page.goto(`/forecasts/${forecast.id}`);
    await page.getByText("Retract the current outcome").click();
    const form = page.getByRole("form", { name: "Retract the current outcome" });
    await form.getByRole("button", { name: "Retract outcome" }).click();
    await expect(form.getByLabel("Reason for the retraction")).toHaveAccessibleDescription(/required: say why the outcome is withdrawn/);
    await form.getByLabel("Reason for the retraction").fill("Recorded against the wrong question.");
    await form.getByRole("button", { name: "Retract outcome" }).click();
    const records = page.getByTestId("outcome-record");
    await expect(records).toHaveCount(before.history.length + 1);
    await expect(records.first()).toContainText("Retracted the outcome");
    await expect(records.first()).toContainText("the forecast has no current outcome");
    await expect(records.first()).toContainText("Reason: Recorded against the wrong question.");
    await expect(records.nth(1)).toContainText("withdrawn");
    await expect(page.getByText("Retract the current outcome")).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/retraction.png", fullPage: true });
    const after = await history(page.request, forecast.id);
    expect(after.current).toBeNull();
    expect(after.history[0]).toMatchObject({ retraction: true, supersedesId: before.current.id, recordedBy: { name: ACCOUNTS.editor.name } });
    expect((await (await page.request.get(`/api/v1/forecasts/${forecast.id}`)).json()).outcome).toBeNull();
  });
});

test("two editors on one forecast: the second save, on a stale view, gets a conflict showing what changed", async ({ browser }) => {
  const first = await browser.newContext({ storageState: stateFile("editor") });
  const second = await browser.newContext({ storageState: stateFile("editor2") });
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  const [f] = (await forecasts(pageA.request, "forecaster=christian-osthold&status=open")).filter((x) => !x.condition);
  const forecast = f!;
  await pageA.goto(`/forecasts/${forecast.id}`);
  await pageB.goto(`/forecasts/${forecast.id}`);

  const formA = recordForm(pageA, true);
  await fillOutcome(formA, { status: "ambiguous", citation: "Figures for 2025 disagree between Gazprom and Chinese customs" });
  await formA.getByRole("button", { name: "Record outcome" }).click();
  await expect(pageA.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  // B still shows version N and no outcome.
  const formB = recordForm(pageB, true);
  await fillOutcome(formB, { status: "yes", date: "2026-01-05", url: "https://example.org/deliveries", citation: "Deliveries reached the target early" });
  await formB.getByRole("button", { name: "Record outcome" }).click();
  const conflict = pageB.getByTestId("conflict");
  await expect(conflict).toContainText("Not saved: someone else changed this forecast after you opened the page.");
  await expect(conflict).toContainText(`${ACCOUNTS.editor.name} recorded the outcome “ambiguous”`);
  await expect(conflict).toContainText(`now at version ${forecast.version + 1}`);
  // The page now shows the first editor's record; the second editor's entry is kept.
  await expect(pageB.getByTestId("outcome-history")).toContainText("recorded by E2E Editor");
  await expect(pageB.getByRole("form", { name: "Record a new outcome" }).getByLabel("Outcome")).toHaveValue("yes");
  await pageB.screenshot({ path: "test-results/screens/conflict.png", fullPage: true });
  let h = await history(pageB.request, forecast.id);
  expect(h.history).toHaveLength(1);
  expect(h.current.status).toBe("ambiguous");

  // The API answers the same stale version with 409 and the current record.
  const stale = await pageB.request.post(`/api/v1/forecasts/${forecast.id}/outcomes`, {
    data: { status: "yes", occurredOn: "2026-01-05", evidence: [{ citation: "x" }], note: null, reason: "y", expectedVersion: forecast.version },
  });
  expect(stale.status()).toBe(409);
  const err = (await stale.json()).error;
  expect(err.current).toMatchObject({ version: forecast.version + 1, outcome: { status: "ambiguous", recordedBy: { name: ACCOUNTS.editor.name } } });

  // Having seen what changed, the second editor saves deliberately, with a reason.
  const again = pageB.getByRole("form", { name: "Record a new outcome" });
  await again.getByLabel("Reason for the new record").fill("Gazprom's annual report settles the figures.");
  await again.getByRole("button", { name: "Save new record" }).click();
  await expect(pageB.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  h = await history(pageB.request, forecast.id);
  expect(h.history.map((r: { status: string; recordedBy: { name: string } }) => [r.status, r.recordedBy.name])).toEqual([
    ["yes", ACCOUNTS.editor2.name],
    ["ambiguous", ACCOUNTS.editor.name],
  ]);
  await first.close();
  await second.close();
});
