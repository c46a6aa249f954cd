import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { stateFile } from "./accounts";

/**
 * Adding an article as an editor: a Dutch text written for this test (not a real article),
 * the assistant's candidates reviewed (filled in and accepted, one edited, one rejected, one
 * added from a text selection), saved, and shown on the article and forecast pages.
 */
const TEXT = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "havens-noorden.nl.txt"), "utf8").trim();
const SELECTED = "De provincie wil het plan in het voorjaar presenteren.";

/** Selects `phrase` inside the article text the way a mouse selection would. */
async function select(text: Locator, phrase: string) {
  await text.evaluate((el, p) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent!.indexOf(p);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + p.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${p}" is not in one text node of the article`);
  }, phrase);
}

function candidate(page: Page, n: number): Locator {
  return page.getByRole("listitem", { name: `Candidate ${n}`, exact: true });
}

async function fillAndAccept(card: Locator, n: number, fields: { question: string; resolution: string; topic?: string; newTopic?: string }) {
  await card.getByLabel("Question").fill(fields.question);
  await card.getByLabel("Resolution criteria").fill(fields.resolution);
  if (fields.topic) await card.getByLabel("Add a topic").selectOption({ label: fields.topic });
  if (fields.newTopic) {
    await card.getByLabel("Or a new topic").fill(fields.newTopic);
    await card.getByRole("button", { name: "Add", exact: true }).click();
  }
  await card.getByRole("button", { name: `Accept candidate ${n}` }).click();
  await expect(card).toHaveAttribute("data-status", "accepted");
}

test.describe("adding an article", () => {
  test.use({ storageState: stateFile("editor") });

  test("paste a Dutch article, review the candidates, add one from a selection, save, and see the forecasts", async ({ page, request }) => {
    const title = `Noordelijke havens vrezen een lange winter ${Date.now()}`;
    const before = (await (await request.get("/api/v1/forecasts?pageSize=1")).json()).total as number;

    await page.goto("/articles/new");
    await expect(page.getByRole("heading", { name: "Add an article" })).toBeVisible();
    await page.getByLabel("Article text").fill(TEXT);
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Outlet").selectOption({ label: "New outlet…" });
    await page.getByLabel("New outlet's name").fill("Havenkrant Noord");
    await page.getByLabel("Its site").fill("havenkrant.example.org");
    await page.getByLabel("URL").fill("https://havenkrant.example.org/lange-winter");
    await page.getByLabel("Date on the page").fill("2025-11-02");
    await page.getByRole("button", { name: "Add author" }).click();
    await page.getByLabel("Author 1").selectOption({ label: "New person or institution…" });
    await page.getByTestId("author-row").getByLabel("Name", { exact: true }).fill("Sanne Jansen");
    await page.screenshot({ path: "test-results/screens/intake-details.png", fullPage: true });
    await page.getByRole("button", { name: "Find forecasts" }).click();

    // The review: the text with the candidates highlighted, and one card per candidate.
    const text = page.getByTestId("intake-text");
    await expect(page.getByTestId("candidate")).toHaveCount(4);
    await expect(text.locator("mark[data-n]")).toHaveCount(4);
    await expect(page.getByLabel("Article details")).toContainText("Dutch (detected)");
    await expect(candidate(page, 1)).toContainText("Het is niet uit te sluiten");
    await expect(candidate(page, 2)).toContainText("Pieter de Vries");
    await expect(page.getByRole("button", { name: /Save article/ })).toBeDisabled();
    await page.screenshot({ path: "test-results/screens/intake-review.png", fullPage: true });

    // 1: the author's own, hedged forecast; the assistant read the class and the stated deadline.
    const one = candidate(page, 1);
    await one.getByRole("button", { name: "Review candidate 1" }).click();
    await expect(one.getByLabel("Lexicon class")).toHaveValue("NOT_RULED_OUT");
    await expect(one.getByLabel("Deadline", { exact: true })).toHaveValue("2030-12-31");
    await expect(text.locator("mark.hl-focused").first()).toContainText("niet uit te sluiten");
    await page.screenshot({ path: "test-results/screens/intake-candidate-open.png", fullPage: true });
    // Accepting without the required fields names them.
    await one.getByRole("button", { name: "Accept candidate 1" }).click();
    await expect(one.getByText("write an English yes/no question ending with “?”")).toBeVisible();
    await fillAndAccept(one, 1, {
      question: "Will the port of Groningen open a second container terminal by 31 Dec 2030?",
      resolution: "YES if a second container terminal in the port of Groningen opens to ships by 31 Dec 2030. NO otherwise.",
      topic: "Energy trade",
      newTopic: "Northern ports",
    });

    // 2 opened by itself: the alderman quoted; the assistant proposed him as a new forecaster.
    const two = candidate(page, 2);
    await expect(two.getByLabel("New forecaster's name")).toHaveValue("Pieter de Vries");
    await fillAndAccept(two, 2, {
      question: "Will container traffic between Delfzijl and Hamburg fall by at least a third from its 2025 level by 31 Dec 2027?",
      resolution: "YES if port statistics show 2027 container traffic between Delfzijl and Hamburg at least a third below 2025. NO otherwise.",
      topic: "Northern ports (new)",
    });

    // 3: rejected.
    await candidate(page, 3).getByRole("button", { name: "Reject candidate 3" }).click();
    await expect(candidate(page, 3)).toHaveAttribute("data-status", "rejected");

    // 4: edited: the assistant took it for the author's; it is the association's, reported.
    const four = candidate(page, 4);
    await expect(four.locator("select[id$='-forecaster']")).toHaveValue("author:0");
    await four.locator("select[id$='-forecaster']").selectOption({ label: "New person or institution…" });
    await four.getByLabel("New forecaster's name").fill("Vereniging van Noordelijke Havens");
    await four.getByLabel("Kind").selectOption("institution");
    await four.getByLabel("Attribution").selectOption("reported");
    await expect(four.getByLabel("Polarity")).toHaveValue("negative");
    await fillAndAccept(four, 4, {
      question: "Will all northern Dutch ports agree on a common timetable by 31 Dec 2027?",
      resolution: "YES if the northern ports publish a timetable agreed by all of them by 31 Dec 2027. NO otherwise.",
      topic: "Northern ports (new)",
    });

    // 5: a forecast the assistant missed, added from a selection in the text.
    await select(text, SELECTED);
    await expect(page.getByText(`“${SELECTED.slice(0, 60)}`)).toBeVisible();
    await page.getByRole("button", { name: "Add forecast from selection" }).click();
    const five = candidate(page, 5);
    await expect(five).toContainText(SELECTED);
    await expect(five).toContainText("added by you");
    await five.locator("select[id$='-forecaster']").selectOption({ label: "New person or institution…" });
    await five.getByLabel("New forecaster's name").fill("Provincie Groningen");
    await five.getByLabel("Kind").selectOption("institution");
    await five.getByLabel("Attribution").selectOption("reported");
    await five.getByLabel("Lexicon class").selectOption("LIKELY");
    await five.getByLabel("Likelihood words").fill("wil");
    await five.getByLabel("Deadline basis").selectOption("inferred");
    await five.getByLabel("Deadline", { exact: true }).fill("2026-06-20");
    await five.getByLabel("How the deadline was inferred").fill("“in het voorjaar”: the spring after the article, to 20 June 2026.");
    await fillAndAccept(five, 5, {
      question: "Will the province of Groningen present its plan for a second container terminal by 20 June 2026?",
      resolution: "YES if the province of Groningen publicly presents the plan by 20 June 2026. NO otherwise.",
      topic: "Northern ports (new)",
    });
    await expect(text.locator("mark[data-n]")).toHaveCount(5);
    await page.screenshot({ path: "test-results/screens/intake-reviewed.png", fullPage: true });

    await page.getByRole("button", { name: "Save article with 4 forecasts" }).click();
    await expect(page).toHaveURL(/\/articles\/noordelijke-havens-vrezen-een-lange-winter-\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "Forecasts in this article (4)" })).toBeVisible();
    await expect(page.getByText("Havenkrant Noord").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Sanne Jansen" }).first()).toBeVisible();
    await expect(page.getByTestId("forecast-item")).toHaveCount(4);
    await page.screenshot({ path: "test-results/screens/intake-saved-article.png", fullPage: true });
    expect((await (await request.get("/api/v1/forecasts?pageSize=1")).json()).total).toBe(before + 4);

    // Each forecast page shows what was entered.
    await page.getByRole("link", { name: "Will all northern Dutch ports agree on a common timetable by 31 Dec 2027?" }).click();
    await expect(page.getByTestId("quote")).toHaveText(
      "De Vereniging van Noordelijke Havens acht een gezamenlijke dienstregeling van alle havens vóór 2028 onwaarschijnlijk.",
    );
    await expect(page.getByTestId("deadline")).toContainText("31 Dec 2027");
    const who = page.getByRole("region", { name: "Who said it, who published it" });
    await expect(who).toContainText("Vereniging van Noordelijke Havens");
    await expect(who).toContainText("Havenkrant Noord");
    await expect(page.getByText("20%").first()).toBeVisible();
    await expect(page.getByText("The forecaster said this would not happen")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/intake-saved-forecast.png", fullPage: true });

    await page.goBack();
    await page.getByRole("link", { name: /province of Groningen present its plan/ }).click();
    await expect(page.getByTestId("quote")).toHaveText(SELECTED);
    await expect(page.getByTestId("deadline")).toContainText("20 Jun 2026");
    await expect(page.getByTestId("deadline")).toContainText("inferred");
  });

  test("an upload is converted on the server, and a save that the server refuses names the field", async ({ page }) => {
    await page.goto("/articles/new");
    const html = `<html><head><title>Havens in de mist</title></head><body><nav>Menu</nav><article><h1>Havens in de mist</h1><p>${TEXT.split("\n\n").join("</p><p>")}</p></article></body></html>`;
    await page.getByLabel("Upload a file").setInputFiles({ name: "havens.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await expect(page.getByLabel("Title")).toHaveValue("Havens in de mist");
    await expect(page.getByLabel("Article text")).toHaveValue(/^Havens in de mist\n\nDe havens in het noorden/);
    await expect(page.getByText("Text from havens.html")).toBeVisible();
    await page.getByLabel("Date on the page").fill("2025-11-02");
    await page.getByRole("button", { name: "Find forecasts" }).click();
    await expect(page.getByTestId("candidate")).toHaveCount(4);
    for (const n of [2, 3, 4])
      await candidate(page, n)
        .getByRole("button", { name: `Reject candidate ${n}` })
        .click();
    const one = candidate(page, 1);
    await one.getByRole("button", { name: "Review candidate 1" }).click();
    // No author was given, so the forecaster must be chosen; "Will" in the words is not in the quote.
    await one.locator("select[id$='-forecaster']").selectOption({ label: "New person or institution…" });
    await one.getByLabel("New forecaster's name").fill("Havenkrant redactie");
    await one.getByLabel("Likelihood words").fill("niet uit te sluiten, zeker");
    await fillAndAccept(one, 1, {
      question: "Will Groningen open a second container terminal by 2030?",
      resolution: "YES if it opens by 31 Dec 2030. NO otherwise.",
      topic: "Energy trade",
    });
    await page.getByRole("button", { name: "Save article with 1 forecast" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "correct" })).toContainText("Nothing was saved");
    await expect(one).toContainText("these words must appear in the quote");
    await page.screenshot({ path: "test-results/screens/intake-server-error.png", fullPage: true });
    await one.getByLabel("Likelihood words").fill("niet uit te sluiten");
    await one.getByRole("button", { name: "Accept candidate 1" }).click();
    await page.getByRole("button", { name: "Save article with 1 forecast" }).click();
    await expect(page).toHaveURL(/\/articles\/havens-in-de-mist/);
    await expect(page.getByText("Added through the intake form")).toContainText("havens.html");
  });
});

test.describe("who may add articles", () => {
  test("a reader is refused the intake and the import", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFile("reader") });
    const page = await context.newPage();
    expect((await page.goto("/articles/new"))?.status()).toBe(403);
    await expect(page.getByRole("alert").filter({ hasText: "Not allowed" })).toContainText("(reader)");
    await expect(page.getByLabel("Article text")).toHaveCount(0);
    expect((await page.goto("/import"))?.status()).toBe(403);
    await expect(page.getByRole("alert").filter({ hasText: "Not allowed" })).toBeVisible();
    await expect(page.getByLabel("File to import")).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/intake-reader-refused.png" });
    const res = await page.request.post("/api/v1/extract", { data: { text: TEXT } });
    expect(res.status()).toBe(403);
    await context.close();
  });

  test("an anonymous visitor is sent to sign in", async ({ page }) => {
    await page.goto("/articles/new");
    await expect(page).toHaveURL(/\/login\?next=(%2F|\/)articles(%2F|\/)new/);
    await page.goto("/import");
    await expect(page).toHaveURL(/\/login\?next=(%2F|\/)import/);
    expect((await page.request.post("/api/v1/import", { data: { format: "json", content: "[]", commit: true } })).status()).toBe(401);
  });
});
