import { describe, expect, it } from "vitest";
import { findCondition } from "./conditions";

describe("findCondition: German", () => {
  it("splits out a fronted 'wenn' clause", () => {
    const s = "Wenn die Zentralbank die Zinsen erhöht, wird die Inflation sinken.";
    const c = findCondition(s, "de");
    expect(c).toMatchObject({ text: "Wenn die Zentralbank die Zinsen erhöht", concessive: false });
    expect(s.slice(c!.start, c!.end)).toBe(c!.text);
  });

  it("splits out a trailing 'falls' clause and a verb-first 'Sollte' clause", () => {
    expect(findCondition("Die Preise werden steigen, falls die Ernte schlecht ausfällt.", "de")).toMatchObject({ text: "falls die Ernte schlecht ausfällt" });
    expect(findCondition("Sollte der Streik andauern, dürfte die Produktion einbrechen.", "de")).toMatchObject({ text: "Sollte der Streik andauern" });
  });

  it("ends a German clause at its verb, not at a comma in an enumeration", () => {
    expect(findCondition("Der Export bricht ein, falls Italien, Spanien und Frankreich die Zölle erhöhen, so das Institut.", "de")).toMatchObject({
      text: "falls Italien, Spanien und Frankreich die Zölle erhöhen",
    });
  });

  it("takes the noun phrase after 'im Falle'", () => {
    expect(findCondition("Im Falle einer Einigung mit den Gewerkschaften würde die Firma neue Stellen schaffen.", "de")).toMatchObject({
      text: "Im Falle einer Einigung mit den Gewerkschaften",
    });
  });

  it("marks 'selbst wenn' as concessive and ignores 'nicht erst, wenn' and 'wenn nicht länger'", () => {
    expect(findCondition("Selbst wenn die Wahl verloren geht, wird die Partei weiterregieren.", "de")).toMatchObject({ concessive: true });
    expect(findCondition("Die Firma zahlt jetzt, und nicht erst, wenn das Urteil vorliegt.", "de")).toBeNull();
    expect(findCondition("Das hält zehn Jahre, wenn nicht länger, sagt der Bauleiter.", "de")).toBeNull();
  });
});

describe("findCondition: Dutch", () => {
  it("takes a clause-initial 'als' with a verb and a comma", () => {
    expect(findCondition("Als de rente stijgt, zal de huizenmarkt afkoelen.", "nl")).toMatchObject({ text: "Als de rente stijgt" });
  });

  it("takes a clause-initial 'als' followed directly by the main clause's modal", () => {
    expect(findCondition("Als het kabinet valt kunnen er in maart verkiezingen komen.", "nl")).toMatchObject({ text: "Als het kabinet valt" });
  });

  it("does not take 'als' meaning 'as' or 'like'", () => {
    expect(findCondition("Hij werkt als leraar in Utrecht en zal volgend jaar stoppen.", "nl")).toBeNull();
    expect(findCondition("Het land is even groot als Portugal, zei hij.", "nl")).toBeNull();
    expect(findCondition("Als gevolg van de storm, zullen de treinen niet rijden.", "nl")).toBeNull();
  });

  it("takes 'indien' and a verb-first 'Mocht' clause", () => {
    expect(findCondition("De prijzen zullen dalen indien de vraag afneemt.", "nl")).toMatchObject({ text: "indien de vraag afneemt" });
    expect(findCondition("Mocht de dijk doorbreken, dan loopt de polder onder.", "nl")).toMatchObject({ text: "Mocht de dijk doorbreken" });
  });
});

describe("findCondition: English", () => {
  it("splits out 'if' and 'unless' clauses", () => {
    expect(findCondition("If the talks fail, the strike will continue.", "en")).toMatchObject({ text: "If the talks fail" });
    expect(findCondition("The company will go bankrupt unless it finds a buyer.", "en")).toMatchObject({ text: "unless it finds a buyer" });
  });

  it("does not take an indirect question, and marks 'even if' as concessive", () => {
    expect(findCondition("Nobody knows if the deal will hold.", "en")).toBeNull();
    expect(findCondition("Even if prices fall, demand will stay weak.", "en")).toMatchObject({ concessive: true });
  });

  it("keeps a reference to an earlier condition", () => {
    expect(findCondition("In that case, the board would resign.", "en")).toMatchObject({ text: "In that case", anaphoric: true });
  });
});
