import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { fold, foldWithMap, searchDocument } from "./fold";
import { highlightPieces, highlightRanges } from "./highlight";
import { parseSearch, searchTerms } from "./query";

describe("fold", () => {
  it("lower-cases, strips diacritics and spells ß as ss", () => {
    expect(fold("Militärbündnis")).toBe("militarbundnis");
    expect(fold("auszuschließen")).toBe("auszuschliessen");
    expect(fold("België, Curaçao, Ærø, Łódź")).toBe("belgie, curacao, aero, lodz");
  });
  it("transliterates ä, ö, ü as ae, oe, ue, composed or decomposed", () => {
    expect(fold("Militärbündnis", "translit")).toBe("militaerbuendnis");
    expect(fold("Mu\u0308nchen Ö", "translit")).toBe("muenchen oe");
  });
  it("maps every folded character back to the original", () => {
    const f = foldWithMap("Gruß Bündnis", "translit");
    expect(f.text).toBe("gruss buendnis");
    const at = f.text.indexOf("buend");
    expect("Gruß Bündnis".slice(f.start[at], f.end[at + 4])).toBe("Bünd");
    expect(f.start[3]).toBe(3); // both s of ß point at ß
    expect(f.start[4]).toBe(3);
  });
  it("indexes both spellings when they differ", () => {
    expect(searchDocument("Bündnis")).toBe("bundnis\nbuendnis");
    expect(searchDocument("NATO")).toBe("nato");
  });
});

describe("ASCII text", () => {
  // The bulk indexer (db/queries/search.ts writeSearchDocs) writes ASCII-only documents with SQLite's lower().
  it("folds to its lower case in both modes, exactly as SQLite's lower() and the character-by-character fold", () => {
    const sqlite = new Database(":memory:");
    const lower = sqlite.prepare("select lower(?)").pluck();
    const every = Array.from({ length: 127 }, (_, i) => String.fromCharCode(i + 1)).join("");
    for (const text of [every, "Will NATO admit Ukraine before 2030?", "Person 12\nOutlet 3", "ABC-xyz_09 ~!@#$%^&*()"]) {
      const reference = foldWithMap(text, "plain").text;
      expect(reference).toBe(foldWithMap(text, "translit").text);
      expect(fold(text)).toBe(reference);
      expect(fold(text, "translit")).toBe(reference);
      expect(searchDocument(text)).toBe(reference);
      expect(lower.get(text)).toBe(reference);
    }
    sqlite.close();
  });
});

describe("parseSearch", () => {
  it("turns each word into its folds, all words required", () => {
    const p = parseSearch("Bündnis NATO");
    expect(p.ok && p.index.match).toBe('("bundnis" OR "buendnis") AND ("nato")');
  });
  it("refuses text without letters or with only short words, saying why", () => {
    const none = parseSearch("?!");
    expect(none.ok).toBe(false);
    expect(!none.ok && none.message).toContain("no letters or digits");
    const short = parseSearch("EU");
    expect(!short.ok && short.message).toContain("at least 3 letters");
  });
  it("keeps short words as substrings beside a long one", () => {
    const p = parseSearch("EU Bündnis");
    expect(p.ok && p.index.contains).toEqual([["eu"]]);
  });
});

describe("highlight", () => {
  const text = "Ein Militärbündnis, auszuschließen.";
  it("marks the original letters for every spelling of the query", () => {
    for (const q of ["Bündnis", "Bundnis", "Buendnis", "bündnis"]) {
      const ranges = highlightRanges(text, searchTerms(q));
      expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(["bündnis"]);
    }
    const ss = highlightRanges(text, searchTerms("auszuschliessen"));
    expect(ss.map(([s, e]) => text.slice(s, e))).toEqual(["auszuschließen"]);
  });
  it("cuts the text into pieces that join back to it", () => {
    const pieces = highlightPieces(text, searchTerms("militär ein"));
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(["Ein", "Militär"]);
  });
});
