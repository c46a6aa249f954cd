import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extract";
import { splitSentences } from "./sentences";
import { attributeSentences } from "./speakers";
import type { Language } from "./types";

const REF = "2025-03-01";

/** The forecaster of the sentence containing `needle`. */
function speakerOf(text: string, needle: string, language: Language, knownPeople?: { name: string; kind?: "person" | "institution" }[]) {
  const sentences = splitSentences(text, language);
  const i = sentences.findIndex((s) => s.text.includes(needle));
  expect(i).toBeGreaterThanOrEqual(0);
  return attributeSentences(sentences, language, knownPeople)[i];
}

describe("who said it: names tied back to the full name", () => {
  it("credits the economist, not the institute, and 'Müller' is the Hans Müller named first", () => {
    const text =
      "Hans Müller, Konjunkturchef des Ifo-Instituts, sieht schwarz. Die Wirtschaft werde im Herbst schrumpfen, sagte Müller am Montag. Auch die Exporte würden fallen, so Müller.";
    expect(speakerOf(text, "im Herbst", "de")).toMatchObject({ name: "Hans Müller", kind: "person", unnamed: false });
    expect(speakerOf(text, "Exporte", "de")).toMatchObject({ name: "Hans Müller" });
  });

  it("ties a Dutch surname and 'volgens' back to the full name", () => {
    const text =
      '"Facebook is een ongelukkig boegbeeld", zegt Rens van Tilburg, directeur van het Sustainable Finance Lab. Volgens Van Tilburg zal de munt niet levensvatbaar zijn.';
    expect(speakerOf(text, "levensvatbaar", "nl")).toMatchObject({ name: "Rens van Tilburg", kind: "person" });
  });

  it("takes 'Peter McNally of Third Bridge' as the person, and 'Mr. McNally' later as him", () => {
    const text = "Prices will rise next year, said Peter McNally of Third Bridge. Mr. McNally expects demand to slow by 2026.";
    expect(speakerOf(text, "Prices will rise", "en")).toMatchObject({ name: "Peter McNally", kind: "person" });
    expect(speakerOf(text, "demand to slow", "en")).toMatchObject({ name: "Peter McNally" });
  });

  it("tells institutions from people", () => {
    expect(speakerOf("Volgens De Nederlandsche Bank zal de inflatie dalen.", "inflatie", "nl")).toMatchObject({
      name: "De Nederlandsche Bank",
      kind: "institution",
    });
    expect(speakerOf("Inflation will ease, according to the Bank of England.", "Inflation", "en")).toMatchObject({ kind: "institution" });
  });

  it("matches a surname against the people already in the ledger", () => {
    const f = speakerOf("Die Zinsen werden sinken, sagte Lagarde.", "Zinsen", "de", [{ name: "Christine Lagarde", kind: "person" }]);
    expect(f).toMatchObject({ name: "Christine Lagarde", known: "Christine Lagarde" });
  });
});

describe("who said it: unnamed sources, pronouns, quotations, interviews", () => {
  it("proposes unnamed sources as unnamed, with no made-up name", () => {
    expect(speakerOf("Analysts said the deal could collapse by June.", "deal", "en")).toMatchObject({ kind: "unnamed", unnamed: true });
    expect(speakerOf("In Deutschland gebe es noch viel Potential, prognostizieren Fachleute.", "Potential", "de")).toMatchObject({ kind: "unnamed" });
    expect(speakerOf("Volgens ingewijden zal het kabinet vallen.", "kabinet", "nl")).toMatchObject({ kind: "unnamed" });
  });

  it("never takes a sentence-initial word or a noun phrase for a name", () => {
    const nl = 'Bette Dam schrijft boeken over de Taliban. "Misschien vertrouwt hij het niet." Het akkoord zal er komen.';
    expect(speakerOf(nl, "Misschien", "nl")?.name).not.toBe("Misschien");
    const de = "Englisch ist die Amtssprache der USA. Sie wird es wohl bleiben.";
    expect(speakerOf(de, "bleiben", "de")?.name ?? null).not.toBe("Amtssprache der USA");
  });

  it("gives a pronoun the last person quoted, and 'they' the last speaker", () => {
    const text =
      "Eric Reeves said he was appalled. He said the government will continue its abuses. Officials said the review will take six months. They said relations could improve.";
    expect(speakerOf(text, "continue its abuses", "en")).toMatchObject({ name: "Eric Reeves" });
    expect(speakerOf(text, "relations could improve", "en")).toMatchObject({ kind: "unnamed" });
  });

  it("gives a quotation the speaker named in its paragraph, and a quoted paragraph the speaker before it", () => {
    const text =
      'De aanslag is een typische tactiek, zegt IS-expert Rukmini Callimachi. "Zijn dood zal door zijn aanhang gezien worden als offer."\n\n"De beweging zal zich herstellen."';
    expect(speakerOf(text, "offer", "nl")).toMatchObject({ name: "Rukmini Callimachi" });
    expect(speakerOf(text, "herstellen", "nl")).toMatchObject({ name: "Rukmini Callimachi" });
  });

  it("gives every sentence of an interview answer to its speaker", () => {
    const text =
      "Korinna Hennig: Was ist denn anders?\n\nChristian Drosten: Das wird sich aber ändern. Dann haben wir im Juni ein Problem.\n\nUnd man wird das in den Krankenhäusern sehen.";
    expect(speakerOf(text, "ändern", "de")).toMatchObject({ name: "Christian Drosten", kind: "person" });
    expect(speakerOf(text, "Krankenhäusern", "de")).toMatchObject({ name: "Christian Drosten" });
  });

  it("leaves the author's own claims to the author", () => {
    expect(speakerOf("Officials met on Monday. The vote will take place in June.", "vote", "en")).toBeNull();
  });
});

describe("candidates explain themselves", () => {
  it("carry the cue words and a reason naming the forecaster or the author", () => {
    const [quoted] = extractCandidates("Inflation will probably fall next year, said Andrew Bailey.", { language: "en", referenceDate: REF }).candidates;
    expect(quoted!.cues).toEqual(expect.arrayContaining(["probably"]));
    expect(quoted!.reason).toMatch(/probably/);
    expect(quoted!.reason).toMatch(/Andrew Bailey/);
    const [own] = extractCandidates("Inflation will probably fall next year.", { language: "en", referenceDate: REF }).candidates;
    expect(own!.reason).toMatch(/author/);
  });
});

describe("texts that are not article prose", () => {
  it("a French article gives no candidates and a note, not an error", () => {
    const fr =
      "Le gouvernement a annoncé mardi que les prix de l'énergie vont probablement augmenter l'année prochaine. Selon les économistes, l'inflation pourrait atteindre quatre pour cent. Le ministre a déclaré que des mesures seront prises pour protéger les ménages les plus modestes.";
    const r = extractCandidates(fr, { language: "en", referenceDate: REF });
    expect(r.candidates).toEqual([]);
    expect(r.note).toMatch(/does not read as English/);
  });

  it("a table and a list of links give a note and at most the candidates of prose sentences", () => {
    const table = Array.from({ length: 30 }, (_, i) => `Row ${i}\t${2020 + (i % 5)}\twill grow\t${i * 3}%`).join("\n");
    const r = extractCandidates(table, { language: "en", referenceDate: REF });
    expect(r.note).toMatch(/table, a list or links/);
    expect(r.candidates).toEqual([]);
    const links = Array.from({ length: 20 }, (_, i) => `https://example.com/news/${i} Prices will rise ${i}`).join("\n");
    const l = extractCandidates(links, { language: "en", referenceDate: REF });
    expect(l.note).toBeDefined();
    expect(l.candidates).toEqual([]);
  });
});
