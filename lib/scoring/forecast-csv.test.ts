import { describe, expect, it } from "vitest";
import { type ForecastCsvResult, parseCsvRecords, parseForecastCsv } from "./forecast-csv";

function errorsOf(r: ForecastCsvResult): string[] {
  if (r.ok) throw new Error("expected errors, got a parse");
  return r.errors;
}

describe("parseCsvRecords", () => {
  it("handles quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a BOM", () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""",3\r\n"two\nlines",,last\n';
    expect(parseCsvRecords(text)).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["x, y", 'say "hi"', "3"] },
      { line: 3, fields: ["two\nlines", "", "last"] },
    ]);
  });

  it("numbers records by the line they start on, skipping blank lines, with or without a final newline", () => {
    expect(parseCsvRecords("a\n\n  \nb\r\rc").map((r) => [r.line, r.fields[0]])).toEqual([
      [1, "a"],
      [4, "b"],
      [6, "c"],
    ]);
  });

  it("reports stray and unterminated quotes on the record's line", () => {
    const recs = parseCsvRecords('a,b\n0.5,1"\n"0.5"x,1\n"0.5,1\n');
    expect(recs[1]).toMatchObject({ line: 2, error: expect.stringMatching(/unexpected quote/) });
    expect(recs[2]).toMatchObject({ line: 3, error: expect.stringMatching(/after a closing quote/) });
    expect(recs[3]).toMatchObject({ line: 4, error: "unterminated quoted field" });
  });

  it("allows spaces around quoted fields", () => {
    expect(parseCsvRecords(' "0.5" , "1" ')[0]!.fields).toEqual(["0.5", "1"]);
  });
});

describe("parseForecastCsv", () => {
  it("reads the two columns in any order, ignoring others, quoted or not", () => {
    const r = parseForecastCsv('id,Outcome,note,probability\n1,1,"rain, heavy",0.8\n2,"0",x,".25"\n3, 1 ,y, 1e-1 \n');
    expect(r).toEqual({
      ok: true,
      columns: ["id", "outcome", "note", "probability"],
      forecasts: [
        { line: 2, probability: 0.8, outcome: 1 },
        { line: 3, probability: 0.25, outcome: 0 },
        { line: 4, probability: 0.1, outcome: 1 },
      ],
    });
  });

  it("accepts the boundary values 0 and 1 and outcomes written 1.0 / 0.0", () => {
    const r = parseForecastCsv("probability,outcome\n0,0.0\n1,1.0\n");
    expect(r.ok && r.forecasts.map((f) => [f.probability, f.outcome])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("names the line and the problem for every malformed row", () => {
    const text = [
      "probability,outcome", // 1
      "0.3,1", // 2
      "1.3,0", // 3
      "abc,1", // 4
      "0.4,2", // 5
      ",1", // 6
      "0.5", // 7
      "0.5,1,extra", // 8
      "-0.1,yes", // 9
      "NaN,1", // 10
      "0.2,", // 11
    ].join("\n");
    const r = parseForecastCsv(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.kind).toBe("rows");
    expect(errorsOf(r)).toEqual([
      'line 3: probability "1.3" is outside [0, 1]',
      'line 4: probability "abc" is not a number',
      'line 5: outcome "2" is not 0 or 1',
      "line 6: probability is empty",
      "line 7: 1 field, but the header has 2",
      "line 8: 3 fields, but the header has 2",
      'line 9: probability "-0.1" is outside [0, 1]',
      'line 9: outcome "yes" is not 0 or 1',
      'line 10: probability "NaN" is not a number',
      "line 11: outcome is empty",
    ]);
  });

  it("reports syntax errors with their line, after a multi-line quoted field", () => {
    const r = parseForecastCsv('probability,outcome,note\n0.5,1,"a\nb"\n0.5,1,x"y\n');
    expect(errorsOf(r)).toEqual(["line 4: unexpected quote inside an unquoted field (quote the whole field, doubling inner quotes)"]);
  });

  it("treats a missing header column, a repeated one, an empty file or no rows as a file problem", () => {
    const missing = parseForecastCsv("p,outcome\n0.5,1\n");
    expect(!missing.ok && missing.kind).toBe("file");
    expect(errorsOf(missing)[0]).toMatch(/^missing column "probability": the header \(line 1\) has "p", "outcome"/);
    expect(errorsOf(parseForecastCsv("x,y\n"))[0]).toMatch(/missing columns "probability" and "outcome"/);
    expect(errorsOf(parseForecastCsv("probability,outcome,Probability\n"))[0]).toMatch(/"probability" appears 2 times/);
    const empty = parseForecastCsv("");
    expect(!empty.ok && empty.kind).toBe("file");
    expect(errorsOf(empty)[0]).toMatch(/empty/);
    expect(errorsOf(parseForecastCsv("probability,outcome\n\n"))[0]).toMatch(/no data rows/);
  });
});
