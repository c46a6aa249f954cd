import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (text: string, lang: "de" | "nl" | "en" = "de") => splitSentences(text, lang).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps German ordinals in dates and centuries inside the sentence", () => {
    expect(texts("Am 3. Oktober 2019 trat Prof. Weber zurück. Das Ende des 19. Jahrhunderts war unruhig.")).toEqual([
      "Am 3. Oktober 2019 trat Prof. Weber zurück.",
      "Das Ende des 19. Jahrhunderts war unruhig.",
    ]);
  });

  it("does not break after abbreviations", () => {
    expect(texts("Die Kosten stiegen z.B. in Bayern bzw. in Sachsen, u.a. wegen der Energie. Dr. Kaiser widersprach.")).toEqual([
      "Die Kosten stiegen z.B. in Bayern bzw. in Sachsen, u.a. wegen der Energie.",
      "Dr. Kaiser widersprach.",
    ]);
    expect(texts("Mr. Jones met Mrs. Patel at 9 a.m. on Monday. They agreed.", "en")).toEqual([
      "Mr. Jones met Mrs. Patel at 9 a.m. on Monday.",
      "They agreed.",
    ]);
    expect(texts("Volgens dhr. Jansen, o.a. econoom, stijgt de rente. Dat is bijv. in Gent al zo.", "nl")).toEqual([
      "Volgens dhr. Jansen, o.a. econoom, stijgt de rente.",
      "Dat is bijv. in Gent al zo.",
    ]);
  });

  it("keeps initials with the name", () => {
    expect(texts("Die Politik von John F. Kennedy wirkte lange nach. Sie endete 1963.")).toEqual([
      "Die Politik von John F. Kennedy wirkte lange nach.",
      "Sie endete 1963.",
    ]);
  });

  it("ends a sentence at a four-digit year and at a line break", () => {
    expect(texts("Der Vertrag stammt aus dem Jahr 2001. Er wird erneuert.")).toHaveLength(2);
    expect(texts("Eine Überschrift ohne Punkt\nDer erste Satz folgt.")).toEqual(["Eine Überschrift ohne Punkt", "Der erste Satz folgt."]);
  });

  it("reports offsets into the input and counts paragraphs", () => {
    const text = "  Erster Satz. Zweiter Satz.\n\nDritter Satz im neuen Absatz.";
    const sentences = splitSentences(text, "de");
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});
