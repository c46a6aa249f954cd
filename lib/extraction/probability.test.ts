import { describe, expect, it } from "vitest";
import { LEXICON } from "../lexicon/lexicon";
import { readProbability } from "./probability";
import type { Language } from "./types";

function read(sentence: string, language: Language) {
  const r = readProbability(sentence, language);
  return r && { cls: r.cls, p: r.p, polarity: r.polarity, expression: r.expression, source: r.source };
}

describe("lexicon phrases, negation and modifiers: German", () => {
  it.each([
    ["Die Bahn wird den Fahrplan im Mai ändern.", "WILL", "positive"],
    ["Die Bahn wird den Fahrplan nicht ändern.", "WILL_NOT", "negative"],
    ["Der Streik wird wahrscheinlich bis Freitag dauern.", "LIKELY", "positive"],
    ["Der Streik wird wahrscheinlich nicht lange dauern.", "PROBABLY_NOT", "negative"],
    ["Ein Kompromiss ist sehr wahrscheinlich.", "VERY_LIKELY", "positive"],
    ["Ein Kompromiss ist äußerst wahrscheinlich.", "GOOD_CHANCE", "positive"], // one class outward of LIKELY (shiftClass)
    ["Ein Kompromiss ist eher unwahrscheinlich.", "PROBABLY_NOT", "negative"],
    ["Ein Kompromiss ist nicht wahrscheinlich.", "PROBABLY_NOT", "negative"],
    ["Es ist nicht auszuschließen, dass der Verein absteigt.", "NOT_RULED_OUT", "positive"],
    ["Ein Abstieg kann nicht ausgeschlossen werden.", "NOT_RULED_OUT", "positive"],
    ["Ein Abstieg ist ausgeschlossen.", "WILL_NOT", "negative"],
    ["Ein Rücktritt ist möglich, aber unwahrscheinlich.", "UNLIKELY", "negative"],
    ["Die Zinsen dürften im Herbst sinken.", "LIKELY", "positive"],
    ["Die Zinsen könnten im Herbst sinken.", "POSSIBLE", "positive"],
    ["Die Zinsen werden kaum sinken.", "LITTLE_CHANCE", "negative"],
  ])("%s -> %s", (sentence, cls, polarity) => {
    expect(read(sentence, "de")).toMatchObject({ cls, polarity, p: LEXICON[cls as keyof typeof LEXICON].p });
  });

  it("takes the weaker class for a double hedge and keeps the words", () => {
    expect(read("Der Plan könnte möglicherweise scheitern.", "de")).toMatchObject({ cls: "POSSIBLE", expression: "könnte möglicherweise" });
    expect(read("Es ist wahrscheinlich, dass der Plan scheitern könnte.", "de")).toMatchObject({ cls: "POSSIBLE" });
  });

  it("does not read the present passive, a counterfactual or 'so ... wie möglich' as a forecast", () => {
    expect(read("Der Vertrag wird heute von beiden Seiten unterzeichnet.", "de")).toBeNull();
    expect(read("Die Regierung hätte den Streik verhindern können.", "de")).toBeNull();
    expect(read("Sie sparen so viel wie möglich.", "de")).toBeNull();
  });

  it("reads 'nicht nur ... sondern auch' as no negation", () => {
    expect(read("Die Reform wird nicht nur Geld kosten, sondern auch Zeit.", "de")).toMatchObject({ cls: "WILL", polarity: "positive" });
  });
});

describe("lexicon phrases, negation and modifiers: Dutch", () => {
  it.each([
    ["De minister zal volgend jaar aftreden.", "WILL", "positive"],
    ["Het zal niet lukken.", "WILL_NOT", "negative"],
    ["Dat zal wel goed komen.", "LIKELY", "positive"],
    ["De inflatie daalt waarschijnlijk niet.", "PROBABLY_NOT", "negative"],
    ["Een akkoord is zeer waarschijnlijk.", "VERY_LIKELY", "positive"],
    ["Een akkoord is hoogst onwaarschijnlijk.", "LITTLE_CHANCE", "negative"],
    ["Een akkoord is eerder onwaarschijnlijk.", "PROBABLY_NOT", "negative"],
    ["Een staking is niet uit te sluiten.", "NOT_RULED_OUT", "positive"],
    ["Een staking is niet uitgesloten.", "NOT_RULED_OUT", "positive"],
    ["Er is geen akkoord mogelijk.", "WILL_NOT", "negative"],
    ["De prijzen zouden kunnen stijgen.", "POSSIBLE", "positive"],
    ["Naar verwachting stijgt de rente in het voorjaar.", "LIKELY", "positive"],
  ])("%s -> %s", (sentence, cls, polarity) => {
    expect(read(sentence, "nl")).toMatchObject({ cls, polarity });
  });

  it("reads 'zouden ... kunnen' split by the subject as 'could'", () => {
    expect(read("In de winter zouden de prijzen kunnen stijgen.", "nl")).toMatchObject({ cls: "POSSIBLE" });
  });
});

describe("lexicon phrases, negation and modifiers: English", () => {
  it.each([
    ["The central bank will raise rates in June.", "WILL", "positive"],
    ["The central bank won't raise rates in June.", "WILL_NOT", "negative"],
    ["A recession is unlikely this year.", "UNLIKELY", "negative"],
    ["A recession is highly likely next year.", "VERY_LIKELY", "positive"],
    ["A recession is extremely unlikely.", "LITTLE_CHANCE", "negative"],
    ["A recession is rather likely.", "BETTER_THAN_EVEN", "positive"],
    ["A recession is not likely.", "PROBABLY_NOT", "negative"],
    ["A default cannot be ruled out.", "NOT_RULED_OUT", "positive"],
    ["Talks might resume in the spring.", "POSSIBLE", "positive"],
    ["The deal is expected to close in March.", "LIKELY", "positive"],
  ])("%s -> %s", (sentence, cls, polarity) => {
    expect(read(sentence, "en")).toMatchObject({ cls, polarity });
  });

  it("reads 'might not' as the possibility that it does not happen, not as WILL_NOT", () => {
    const r = readProbability("Talks might not resume before the summer.", "en");
    expect(r).toMatchObject({ cls: "POSSIBLE", polarity: "negative", p: 0.6 });
  });

  it("ignores the noun 'will' and the month 'May'", () => {
    expect(read("It was the will of the people.", "en")).toBeNull();
    expect(read("The vote took place in May 2024.", "en")).toBeNull();
  });
});

describe("a number in the text overrides the words", () => {
  it("reads a percentage next to a word for chance", () => {
    expect(read("Die Bank sieht eine Wahrscheinlichkeit von 30 Prozent, dass die Zinsen steigen werden.", "de")).toMatchObject({ p: 0.3, source: "stated" });
    expect(read("There is a one in three chance that the bridge will close.", "en")).toMatchObject({ p: 0.333, source: "stated" });
    expect(read("De kans is 1 op 4 dat de dijk zal breken.", "nl")).toMatchObject({ p: 0.25, source: "stated" });
  });

  it("ignores a percentage that is a share, not a chance", () => {
    expect(read("Der Anteil wird auf 35 Prozent steigen.", "de")).toMatchObject({ cls: "WILL", p: 0.97, source: "lexicon" });
  });
});
