import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extract";
import type { Language } from "./types";

const REF = "2025-03-05";
const first = (text: string, language: Language) => extractCandidates(text, { language, referenceDate: REF }).candidates[0];

/** The same kinds of forecast in German, Dutch and English (issue 14: Dutch and English at the German level). */
describe("Dutch and English read like German", () => {
  it.each([
    ["de", "Die Chancen stehen gut, dass die Zinsen sinken.", "GOOD_CHANCE"],
    ["nl", "De kans is groot dat de rente daalt.", "GOOD_CHANCE"],
    ["nl", "Het ziet ernaar uit dat de staking doorgaat.", "LIKELY"],
    ["en", "Growth is on track to slow.", "LIKELY"],
    ["nl", "Callimachi betwijfelt of zijn dood veel betekent voor IS.", "PROBABLY_NOT"],
    ["en", "She doubts that the truce holds.", "PROBABLY_NOT"],
    ["nl", "De verwachting is dat er weer overcapaciteit zal zijn.", "LIKELY"],
  ] as const)("%s likelihood words: %s", (language, text, cls) => {
    expect(first(text, language)).toMatchObject({ lexiconClass: cls });
  });

  it.each([
    ["de", "Nächste Woche stimmt der Bundestag über das Gesetz ab."],
    ["nl", "Komende week stemt de Tweede Kamer over het plan."],
    ["en", "Next week the Senate votes on the bill."],
    ["nl", "De stemming staat gepland voor maart."],
    ["en", "The plant is scheduled to open in 2026."],
    ["en", "The company is set to announce job cuts."],
  ] as const)("%s a scheduled event in the present tense: %s", (language, text) => {
    expect(first(text, language)).toMatchObject({ lexiconClass: "WILL", polarity: "positive" });
  });

  it.each([
    ["de", "Ohne die Hilfe der USA würde das Abkommen scheitern.", "Ohne die Hilfe der USA"],
    ["nl", "Zonder steun van de VS zou het akkoord mislukken.", "Zonder steun van de VS"],
    ["en", "Without US support the deal would collapse.", "Without US support"],
  ] as const)("%s 'without X ... would' is a conditional forecast: %s", (language, text, condition) => {
    expect(first(text, language)).toMatchObject({ condition });
  });

  it.each([
    ["nl", "IS werd verder teruggedrongen en mogelijk voelde het zich gedwongen samen te werken."],
    ["en", "He probably was in Idlib at the time."],
    ["de", "Er war vermutlich schon länger krank."],
    ["nl", "Als hij naar buiten was gegaan, hadden we het eerder gehoord."],
    ["en", "Due to the rain, the match was cancelled."],
  ] as const)("%s no forecast in a guess about the past: %s", (language, text) => {
    expect(first(text, language)).toBeUndefined();
  });

  it("a question quoted before the attribution forecasts nothing, the forecast before it still counts", () => {
    const text = '"Die Bahnen würden die Passagierzahlen verdoppeln", sagt Stenger und fragt: "Warum sollte die DB das jetzt schaffen?"';
    const c = first(text, "de")!;
    expect(c.cues).not.toContain("sollte");
    expect(c.forecaster).toMatchObject({ name: "Stenger" });
  });
});
