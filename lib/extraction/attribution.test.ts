import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { findForecaster } from "./speakers";
import type { Language } from "./types";

/** The forecaster of the last sentence of `text`. */
function forecasterOfLast(text: string, language: Language) {
  const sentences = splitSentences(text, language);
  return findForecaster(sentences, sentences.length - 1, language);
}

describe("findForecaster: German", () => {
  it("reads 'laut X', '..., so X' and 'X zufolge'", () => {
    expect(forecasterOfLast("Laut dem Ifo-Institut wird die Wirtschaft im Herbst schrumpfen.", "de")).toMatchObject({
      name: "Ifo-Institut",
      cue: "Laut",
      kind: "institution",
      unnamed: false,
    });
    expect(forecasterOfLast("Die Wirtschaft wird schrumpfen, so Ökonomin Petra Lange.", "de")).toMatchObject({ name: "Petra Lange" });
    expect(forecasterOfLast("Dem Kieler Institut zufolge wird die Wirtschaft schrumpfen.", "de")).toMatchObject({ name: "Kieler Institut", cue: "zufolge" });
  });

  it("reads a speech verb with the name after it or before it", () => {
    expect(forecasterOfLast("Die Preise werden sinken, sagte Bahnchef Richard Lutz am Dienstag.", "de")).toMatchObject({ name: "Richard Lutz", cue: "sagte" });
    expect(forecasterOfLast("Markus Söder erklärte, die Steuer werde fallen.", "de")).toMatchObject({ name: "Markus Söder" });
  });

  it("gives Konjunktiv I sentences the speaker named before them", () => {
    const text = "Die Ökonomin Petra Lange erklärte am Montag ihre Sicht. Die Inflation sei hartnäckig. Sie werde erst 2026 sinken.";
    expect(forecasterOfLast(text, "de")).toMatchObject({ name: "Petra Lange" });
  });

  it("returns null for the author's own claim, and an unnamed source (no made-up name) for 'Experten zufolge'", () => {
    expect(forecasterOfLast("Die Inflation wird im Herbst sinken.", "de")).toBeNull();
    // Changed on purpose (issue 14): an unnamed source is proposed as unnamed, not dropped.
    expect(forecasterOfLast("Experten zufolge wird die Inflation sinken.", "de")).toMatchObject({ kind: "unnamed", unnamed: true, name: "Experten" });
  });
});

describe("findForecaster: Dutch", () => {
  it("reads 'volgens X', 'zei X', 'X zegt' and 'aldus X'", () => {
    expect(forecasterOfLast("Volgens het Centraal Planbureau zal de werkloosheid stijgen.", "nl")).toMatchObject({
      name: "Centraal Planbureau",
      cue: "Volgens",
    });
    expect(forecasterOfLast("De werkloosheid zal stijgen, zei minister Karin Bakker.", "nl")).toMatchObject({ name: "Karin Bakker" });
    expect(forecasterOfLast("Karin Bakker zegt dat de werkloosheid zal stijgen.", "nl")).toMatchObject({ name: "Karin Bakker" });
    expect(forecasterOfLast("De werkloosheid zal stijgen, aldus De Nederlandsche Bank.", "nl")).toMatchObject({ name: "De Nederlandsche Bank" });
  });

  it("resolves 'zei hij' to the name that opened the sentence before", () => {
    const text = "Pieter Omtzigt sprak met de pers. De coalitie, zei hij, zal het niet redden.";
    expect(forecasterOfLast(text, "nl")).toMatchObject({ name: "Pieter Omtzigt" });
  });

  it("reads 'volgens mij' as the author's own view", () => {
    expect(forecasterOfLast("Volgens mij zal de coalitie vallen.", "nl")).toBeNull();
  });
});

describe("findForecaster: English", () => {
  it("reads 'according to X', 'X said' and 'said X'", () => {
    expect(forecasterOfLast("According to the Bank of England, inflation will fall next year.", "en")).toMatchObject({ name: "Bank of England" });
    expect(forecasterOfLast("Inflation will fall next year, Governor Andrew Bailey said.", "en")).toMatchObject({ name: "Andrew Bailey" });
    expect(forecasterOfLast("Inflation will fall next year, said Andrew Bailey.", "en")).toMatchObject({ name: "Andrew Bailey" });
  });

  it("reads quoted speech with its speaker", () => {
    expect(forecasterOfLast('"Prices will come down," warned Janet Yellen on Tuesday.', "en")).toMatchObject({ name: "Janet Yellen", cue: "warned" });
  });

  it("returns null when the author speaks", () => {
    expect(forecasterOfLast("We said last year that prices will fall.", "en")).toBeNull();
  });
});

describe("findForecaster: role nouns", () => {
  it("drops a role before the name, also a plural one joined by 'van'", () => {
    expect(forecasterOfLast("Analisten van Rabobank verwachten dat de koers zal dalen.", "nl")).toMatchObject({ name: "Rabobank" });
    expect(forecasterOfLast("Die Preise werden fallen, sagte die Ministerin.", "de")).toBeNull();
  });
});
