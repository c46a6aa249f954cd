import { describe, expect, it } from "vitest";
import { LEXICON_VERSION } from "../lexicon/lexicon";
import { extractCandidates, LanguageError } from "./index";

const REF = "2025-03-01";

function quotes(text: string, language?: "de" | "nl" | "en") {
  return extractCandidates(text, { language, referenceDate: REF }).candidates.map((c) => c.quote);
}

describe("extractCandidates", () => {
  it("proposes forecasts and leaves out the past, the present, questions and bare facts", () => {
    const text = [
      "Der Umsatz stieg im vergangenen Jahr um vier Prozent.",
      "Die Firma beschäftigt heute 2.000 Menschen.",
      "Wird der Konzern verkauft?",
      "Die Firma wird bis 2027 ein zweites Werk in Polen eröffnen.",
      "Ein Verkauf an einen Investor ist eher unwahrscheinlich.",
    ].join(" ");
    expect(quotes(text, "de").sort()).toEqual([
      "Die Firma wird bis 2027 ein zweites Werk in Polen eröffnen.",
      "Ein Verkauf an einen Investor ist eher unwahrscheinlich.",
    ]);
  });

  it("fills every field and offsets that point at the quote", () => {
    const text = "Het kabinet valt niet. Volgens econoom Lisa de Vries zal de werkloosheid binnen twee jaar stijgen, tenzij de export herstelt.";
    const { language, candidates } = extractCandidates(text, { referenceDate: REF });
    expect(language).toBe("nl");
    const c = candidates.find((x) => x.quote.includes("werkloosheid"))!;
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(c).toMatchObject({
      language: "nl",
      lexiconClass: "WILL",
      probability: 0.97,
      probabilityRange: [0.91, 0.99],
      polarity: "positive",
      lexiconVersion: LEXICON_VERSION,
      condition: "tenzij de export herstelt",
      forecaster: { name: "Lisa de Vries", cue: "Volgens" },
      deadline: { date: "2027-03-01", basis: "stated", phrase: "binnen twee jaar" },
    });
    expect(text.slice(c.deadline!.start, c.deadline!.end)).toBe("binnen twee jaar");
  });

  it("ranks by score, best first, and drops candidates below minScore", () => {
    const text = "The merger will be completed by June 2026, the company said. Perhaps it can help. The board might resign.";
    const all = extractCandidates(text, { language: "en", referenceDate: REF, minScore: 0 }).candidates;
    const scores = all.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all[0]!.quote).toMatch(/^The merger will be completed/);
    const strict = extractCandidates(text, { language: "en", referenceDate: REF, minScore: 0.6 }).candidates;
    expect(strict.length).toBeLessThan(all.length);
    expect(strict.every((c) => c.score >= 0.6)).toBe(true);
  });

  it("turns 'nicht vor 2040' into a negative forecast of the event before 2040", () => {
    const [c] = extractCandidates("Eine Studie der Bank sieht den Durchbruch der Technik nicht vor 2040.", { language: "de", referenceDate: REF }).candidates;
    expect(c).toMatchObject({ lexiconClass: "WILL_NOT", polarity: "negative", deadline: { date: "2039-12-31", notBefore: true } });
  });

  it("proposes one candidate per forecast when a sentence holds two", () => {
    const text = "Der Minister sagte, dass die Regierung die Steuer nicht erhöhen werde und dass sie die Rente im Herbst anheben werde.";
    expect(quotes(text, "de")).toEqual([
      "Der Minister sagte, dass die Regierung die Steuer nicht erhöhen werde",
      "und dass sie die Rente im Herbst anheben werde.",
    ]);
  });

  it("quotes only the forecast clauses of a long sentence", () => {
    const text =
      "Nach einer langen Debatte über die Zukunft des Hafens, die Rolle der Reedereien und die Belastung der Anwohner durch Lärm und Abgase, " +
      "die sich über mehrere Sitzungen des Stadtrats im Winter und im Frühjahr hinzog und von zahlreichen Gutachten und Anhörungen begleitet wurde; die Stadt wird den Hafen bis 2030 schließen.";
    const [c] = extractCandidates(text, { language: "de", referenceDate: REF }).candidates;
    expect(c!.sentence).toBe(text);
    expect(c!.quote).toBe("die Stadt wird den Hafen bis 2030 schließen.");
  });

  it("detects the language when none is given and fails clearly when it cannot", () => {
    expect(extractCandidates("The committee will publish its report next year, officials said on Monday.", { referenceDate: REF }).language).toBe("en");
    expect(() => extractCandidates("Tak.", { referenceDate: REF })).toThrow(LanguageError);
    expect(() => extractCandidates("Es wird regnen.", { language: "de", referenceDate: "2025-02-30" })).toThrow(/referenceDate/);
  });
});
