import { describe, expect, it } from "vitest";
import { highlightSegments, unplacedQuotes } from "./highlight";

describe("highlightSegments", () => {
  it("marks each quote where it first appears and keeps the rest as plain text", () => {
    const body = "Er sagte: Es wird Krieg geben. Dann: Frieden kommt bald. Ende.";
    const s = highlightSegments(body, [
      { id: 2, quote: "Frieden kommt bald." },
      { id: 1, quote: "Es wird Krieg geben." },
    ]);
    expect(s).toEqual([
      { text: "Er sagte: " },
      { text: "Es wird Krieg geben.", ids: [1] },
      { text: " Dann: " },
      { text: "Frieden kommt bald.", ids: [2] },
      { text: " Ende." },
    ]);
    expect(s.map((x) => x.text).join("")).toBe(body);
  });

  it("joins overlapping quotes into one mark naming both forecasts", () => {
    const body = "A. Russland und China bilden bis 2022 ein Bündnis. B.";
    const s = highlightSegments(body, [
      { id: 30, quote: "Russland und China bilden bis 2022 ein Bündnis." },
      { id: 25, quote: "China bilden bis 2022" },
    ]);
    expect(s).toEqual([{ text: "A. " }, { text: "Russland und China bilden bis 2022 ein Bündnis.", ids: [25, 30] }, { text: " B." }]);
  });

  it("reports quotes that are not in the text", () => {
    expect(
      unplacedQuotes("abc", [
        { id: 1, quote: "b" },
        { id: 2, quote: "zzz" },
      ]),
    ).toEqual([2]);
  });
});
