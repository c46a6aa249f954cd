import { describe, expect, it } from "vitest";
import { detectLanguage, LanguageError, resolveLanguage } from "./language";

const DE = "Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich kürzen, obwohl die Nachfrage zuletzt gestiegen ist.";
const NL = "Het kabinet wil de subsidie voor warmtepompen volgend jaar flink verlagen, hoewel de vraag de laatste tijd juist is gestegen.";
const EN = "The government wants to cut the subsidy for heat pumps sharply next year, although demand has recently been rising.";
const FR = "Le gouvernement veut réduire fortement la subvention pour les pompes à chaleur l'année prochaine, bien que la demande augmente.";

describe("detectLanguage", () => {
  it("tells German, Dutch and English apart", () => {
    expect(detectLanguage(DE)).toBe("de");
    expect(detectLanguage(NL)).toBe("nl");
    expect(detectLanguage(EN)).toBe("en");
  });

  it("returns null for another language and for text too short to judge", () => {
    expect(detectLanguage(FR)).toBeNull();
    expect(detectLanguage("Ja.")).toBeNull();
    expect(detectLanguage("")).toBeNull();
  });
});

describe("resolveLanguage", () => {
  it("uses the language given, else the detected one", () => {
    expect(resolveLanguage(DE, "nl")).toBe("nl");
    expect(resolveLanguage(NL)).toBe("nl");
  });

  it("throws a LanguageError that says what to do when nothing can be detected", () => {
    expect(() => resolveLanguage(FR)).toThrow(LanguageError);
    expect(() => resolveLanguage("Ok.")).toThrow(/--lang de\|nl\|en/);
  });
});
