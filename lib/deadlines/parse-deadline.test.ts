import { describe, expect, it } from "vitest";
import { parseDeadline } from "./index";
import type { Language } from "./types";

const REF = "2021-02-14";

function deadline(text: string, language: Language, ref = REF) {
  return parseDeadline(text, ref, language);
}

describe("parseDeadline: German", () => {
  it.each([
    ["Die Fusion kommt spätestens im Jahr 2022 zustande.", "2022-12-31", "spätestens im Jahr 2022"],
    ["Die Fusion kommt spätestens 2023.", "2023-12-31", "spätestens 2023"],
    ["Bis 2030 soll das Netz ausgebaut sein.", "2030-12-31", "Bis 2030"],
    ["Der Umbau ist bis Ende 2026 abgeschlossen.", "2026-12-31", "bis Ende 2026"],
    ["Die Brücke steht bis Mitte 2027.", "2027-06-30", "bis Mitte 2027"],
    ["Die Linie wird bis März 2026 eröffnet.", "2026-03-31", "bis März 2026"],
    ["Das Gesetz gilt bis zum 20. Januar 2025 nicht.", "2025-01-20", "bis zum 20. Januar 2025"],
  ])("%s -> %s (stated)", (text, date, phrase) => {
    const d = deadline(text, "de");
    expect(d).toMatchObject({ date, basis: "stated", phrase, notBefore: false });
    expect(text.slice(d!.start, d!.end)).toBe(phrase);
  });

  it("reads 'nicht vor 2040' as a negative framing due the day before 2040", () => {
    const d = deadline("Die Studie erwartet den Durchbruch nicht vor 2040.", "de");
    expect(d).toMatchObject({ date: "2039-12-31", basis: "stated", kind: "not-before", notBefore: true, phrase: "nicht vor 2040" });
    expect(d!.note).toMatch(/negative framing/);
    expect(deadline("Der Zug fährt frühestens 2031.", "de")).toMatchObject({ date: "2030-12-31", notBefore: true });
  });

  it("counts 'im laufenden Jahr' and 'nächstes Jahr' from the reference year", () => {
    expect(deadline("Die Wahl findet im laufenden Jahr statt.", "de")).toMatchObject({ date: "2021-12-31", basis: "stated" });
    expect(deadline("Die Wahl findet im laufenden Jahr statt.", "de", "2024-07-01")).toMatchObject({ date: "2024-12-31" });
    expect(deadline("Der Vertrag läuft nächstes Jahr aus.", "de")).toMatchObject({ date: "2022-12-31" });
  });

  it("adds spans to the reference date", () => {
    expect(deadline("Die Reform kommt innerhalb von fünf Jahren.", "de")).toMatchObject({ date: "2026-02-14", basis: "stated" });
    expect(deadline("Die Reform kommt in drei Monaten.", "de")).toMatchObject({ date: "2021-05-14" });
    expect(deadline("Frieden herrscht für mindestens ein halbes Jahrhundert.", "de")).toMatchObject({ date: "2071-02-14", basis: "stated" });
    expect(deadline("Die Reform kommt innerhalb von fünf Jahren.", "de", "2024-02-29")).toMatchObject({ date: "2029-02-28" });
  });

  it("gives vague phrases an inferred default horizon with the reason", () => {
    const foreseeable = deadline("Daran ändert sich in absehbarer Zukunft nichts.", "de");
    expect(foreseeable).toMatchObject({ date: "2026-02-14", basis: "inferred", kind: "vague" });
    expect(foreseeable!.note).toMatch(/assumed default horizon of 5 years/);
    expect(deadline("Die Preise steigen bald wieder.", "de")).toMatchObject({ date: "2024-02-14", basis: "inferred" });
  });

  it("prefers the outer bound: 'schon im laufenden Jahr, spätestens 2023' is due end of 2023", () => {
    expect(deadline("Die Einigung kommt schon im laufenden Jahr, spätestens aber im Jahr 2023.", "de")).toMatchObject({ date: "2023-12-31" });
  });

  it("takes a bare future year, not a past one, and not a date after 'nach'", () => {
    expect(deadline("Der Tunnel soll 2027 in Betrieb gehen.", "de")).toMatchObject({ date: "2027-12-31", kind: "year", phrase: "2027" });
    expect(deadline("Seit 2016 wird verhandelt.", "de")).toBeNull();
    expect(deadline("Er kommt erst nach dem 20. Januar 2025.", "de")).toBeNull();
  });
});

describe("parseDeadline: Dutch", () => {
  it.each([
    ["De brug is uiterlijk in 2022 klaar.", "2022-12-31", "stated"],
    ["Het akkoord komt tegen 2030 rond.", "2030-12-31", "stated"],
    ["Het akkoord komt voor 2030.", "2029-12-31", "stated"],
    ["De wet wordt dit jaar aangenomen.", "2021-12-31", "stated"],
    ["De wet wordt volgend jaar aangenomen.", "2022-12-31", "stated"],
    ["De fabriek sluit binnen vijf jaar.", "2026-02-14", "stated"],
    ["De fabriek sluit binnen 18 maanden.", "2022-08-14", "stated"],
    ["De partij valt uiterlijk op 3 maart 2026 uiteen.", "2026-03-03", "stated"],
    ["De partij valt tegen maart 2026 uiteen.", "2026-03-31", "stated"],
    ["Er komt binnen afzienbare tijd een oplossing.", "2026-02-14", "inferred"],
    ["Er komt spoedig een oplossing.", "2024-02-14", "inferred"],
    ["Er komt binnenkort een oplossing.", "2024-02-14", "inferred"],
  ])("%s -> %s (%s)", (text, date, basis) => {
    expect(deadline(text, "nl")).toMatchObject({ date, basis });
  });

  it("reads 'niet voor 2040' as a negative framing", () => {
    expect(deadline("De kerncentrale draait niet voor 2040.", "nl")).toMatchObject({ date: "2039-12-31", notBefore: true });
  });
});

describe("parseDeadline: English", () => {
  it.each([
    ["The plant will close by 2027.", "2027-12-31", "stated"],
    ["The plant will close by the end of 2026.", "2026-12-31", "stated"],
    ["The plant will close no later than 2030.", "2030-12-31", "stated"],
    ["The plant will close before 2030.", "2029-12-31", "stated"],
    ["The plant will close this year.", "2021-12-31", "stated"],
    ["The plant will close next year.", "2022-12-31", "stated"],
    ["The plant will close within five years.", "2026-02-14", "stated"],
    ["The plant will close in the next two years.", "2023-02-14", "stated"],
    ["The plant will close by 3 March 2027.", "2027-03-03", "stated"],
    ["The plant will close by July 2026.", "2026-07-31", "stated"],
    ["The plant will close soon.", "2024-02-14", "inferred"],
    ["The plant will close in the foreseeable future.", "2026-02-14", "inferred"],
    ["The plant will close in the near future.", "2024-02-14", "inferred"],
  ])("%s -> %s (%s)", (text, date, basis) => {
    expect(deadline(text, "en")).toMatchObject({ date, basis });
  });

  it("reads 'not before' and 'not until' as negative framings", () => {
    expect(deadline("Fusion power will not arrive before 2040.", "en")).toMatchObject({ date: "2039-12-31", notBefore: true });
    expect(deadline("Prices won't recover until 2035.", "en")).toMatchObject({ date: "2034-12-31", notBefore: true });
  });

  it("returns null when no time is set, and rejects a bad reference date", () => {
    expect(deadline("The plant will close.", "en")).toBeNull();
    expect(() => parseDeadline("by 2027", "2021-02-30", "en")).toThrow();
  });
});
