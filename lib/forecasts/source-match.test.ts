import { describe, expect, it } from "vitest";
import type { SourceName } from "@/db/queries/sources";
import { CANDIDATE_LIMIT, indexSources, matchSources, resolveSource } from "./source-match";

// As listSourceNames gives them: most forecasts first.
const rows: SourceName[] = [
  { slug: "hamulton-press", name: "Hamulton Press", forecasts: 90 },
  { slug: "samuel-ng", name: "Samuel Ng", forecasts: 50 },
  { slug: "john-smith", name: "John Smith", forecasts: 12 },
  { slug: "thomas-muller", name: "Thomas Müller", forecasts: 5 },
  { slug: "anna-mueller", name: "Anna Mueller", forecasts: 3 },
  { slug: "john-smith-2", name: "John  Smith", forecasts: 2 },
  { slug: "jorg-muller", name: "Jörg Müller-Lüdenscheidt", forecasts: 1 },
  { slug: "strauss", name: "Franz Strauß", forecasts: 1 },
];
const index = indexSources(rows);
const slugs = (q: string, limit = 10) => matchSources(index, q, limit).items.map((r) => r.slug);

describe("matching sources by part of a name", () => {
  it("folds case and diacritics as the search does: muller, Müller, MUELLER", () => {
    expect(slugs("muller")).toEqual(["thomas-muller", "jorg-muller"]);
    // "mueller" is also how Müller is written without umlauts; "müller" also finds a Mueller.
    expect(slugs("mueller")).toEqual(["thomas-muller", "anna-mueller", "jorg-muller"]);
    expect(slugs("MÜLLER")).toEqual(slugs("mueller"));
    expect(slugs("ludenscheidt")).toEqual(["jorg-muller"]);
    expect(slugs("strauss")).toEqual(["strauss"]);
  });

  it("needs every word, in any order, and ranks whole words, then word starts, before matches inside a word", () => {
    expect(slugs("muller thomas")).toEqual(["thomas-muller"]);
    expect(slugs("thomas smith")).toEqual([]);
    // "mul" starts a word in the Müllers (fewer forecasts) and sits inside "Hamulton" (more): the word starts first.
    expect(slugs("mul")).toEqual(["thomas-muller", "jorg-muller", "hamulton-press"]);
    // A whole word beats a word start: "ng" is Samuel Ng's whole surname.
    expect(slugs("n")[0]).toBe("samuel-ng");
    expect(slugs("ng")).toEqual(["samuel-ng"]);
  });

  it("gives the first `limit` and how many match in all", () => {
    const some = matchSources(index, "m", 2);
    expect(some.items).toHaveLength(2);
    expect(some.matched).toBe(rows.filter((r) => /m/i.test(r.name)).length);
    expect(matchSources(index, "--", 5)).toEqual({ items: [], matched: 0 });
  });
});

describe("resolving a typed filter value", () => {
  it("takes an exact slug, a whole name, or the one name holding every word", () => {
    expect(resolveSource(index, "john-smith-2")).toEqual({ status: "found", source: rows[5] });
    expect(resolveSource(index, "  thomas MULLER ")).toEqual({ status: "found", source: rows[3] });
    expect(resolveSource(index, "lüden")).toEqual({ status: "found", source: rows[6] });
  });

  it("says so when nothing matches, and lists the candidates when several do (a shared name included)", () => {
    expect(resolveSource(index, "Zed")).toEqual({ status: "none", text: "Zed" });
    const smiths = resolveSource(index, "john smith");
    expect(smiths).toMatchObject({ status: "several", matched: 2 });
    expect(smiths.status === "several" && smiths.candidates.map((c) => c.slug)).toEqual(["john-smith", "john-smith-2"]);
    const many = indexSources(Array.from({ length: 30 }, (_, i) => ({ slug: `p-${i}`, name: `Person ${i}`, forecasts: 30 - i })));
    const answer = resolveSource(many, "person");
    expect(answer).toMatchObject({ status: "several", matched: 30 });
    expect(answer.status === "several" && answer.candidates).toHaveLength(CANDIDATE_LIMIT);
  });
});
