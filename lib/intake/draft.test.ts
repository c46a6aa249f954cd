import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/extraction";
import { OSTSEE_TEXT, QUOTES } from "@/test/intake-fixture";
import {
  type ArticleDraft,
  type Choices,
  candidateFromExtraction,
  candidateFromSelection,
  draftProblems,
  EMPTY_ARTICLE,
  errorsFor,
  matchPerson,
  NEW,
  segments,
  toSubmission,
  trimSpan,
} from "./draft";
import { intakeSchema } from "./intake-schema";

const choices: Choices = {
  people: [
    { slug: "dmitry-peskov", name: "Dmitry Peskov", kind: "person" },
    { slug: "anke-sommer", name: "Anke Sommer", kind: "person" },
  ],
  outlets: [{ slug: "kenfm", name: "KenFM" }],
  topics: [{ slug: "energy", name: "Energy trade" }],
  events: [],
};
const article: ArticleDraft = {
  ...EMPTY_ARTICLE,
  text: OSTSEE_TEXT.trim(),
  title: "Der lange Winter der Ostsee-Häfen",
  publishedOn: "2026-11-02",
  outlet: { choice: NEW, name: "Ostsee-Kurier", site: "" },
  authors: [{ choice: NEW, name: "Jana Berger", kind: "person", role: "author" }],
};
const candidates = extractCandidates(article.text, { language: "de", referenceDate: "2026-11-02" }).candidates;

describe("drafts from the assistant's candidates", () => {
  it("pre-fill the forecaster, attribution, deadline and probability", () => {
    const c = candidates.find((x) => x.quote === QUOTES.containers)!;
    const d = candidateFromExtraction(c, 2, "a2", article, choices);
    expect(d).toMatchObject({
      quote: QUOTES.containers,
      start: c.start,
      end: c.end,
      // Changed on purpose (issue 14): the role is dropped and the name matched to the ledger's person.
      forecaster: { kind: "person", slug: "anke-sommer" },
      forecasterName: "",
      attribution: "reported",
      lexiconClass: "LIKELY",
      deadline: "2027-12-31",
      deadlineBasis: "stated",
      status: "pending",
    });
    const own = candidateFromExtraction(candidates.find((x) => x.quote === QUOTES.terminal)!, 1, "a1", article, choices);
    expect(own).toMatchObject({
      forecaster: { kind: "author", index: 0 },
      attribution: "own",
      lexiconClass: "NOT_RULED_OUT",
      expression: expect.stringContaining("auszuschließen"),
    });
  });

  it("match a name the assistant found to an existing person by full or last name", () => {
    expect(matchPerson("Sommer", choices.people)?.slug).toBe("anke-sommer");
    expect(matchPerson("dmitry peskov", choices.people)?.slug).toBe("dmitry-peskov");
    expect(matchPerson("Reederin Anke Sommer", choices.people)).toBeNull();
  });

  it("from a selection take the selected words, and the assistant's reading of them when it has one", () => {
    const start = article.text.indexOf("Die Landesregierung");
    const end = article.text.indexOf("vorlegen.") + "vorlegen.".length;
    const d = candidateFromSelection(article.text, start, end, 5, "s1", article, choices, null);
    expect(d).toMatchObject({
      quote: "Die Landesregierung will die Planung im kommenden Frühjahr vorlegen.",
      origin: "selection",
      lexiconClass: "",
      score: null,
    });
  });
});

describe("text helpers", () => {
  it("trimSpan drops the whitespace around a selection, and refuses a blank one", () => {
    expect(trimSpan("  ab c  ", 0, 8)).toEqual({ start: 2, end: 6 });
    expect(trimSpan("  ab", 4, 2)).toEqual({ start: 2, end: 4 });
    expect(trimSpan("a   b", 1, 4)).toBeNull();
  });

  it("segments cut the text at every start and end, overlaps included", () => {
    expect(
      segments(10, [
        { uid: "x", start: 2, end: 6 },
        { uid: "y", start: 4, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 2, uids: [], starts: [] },
      { start: 2, end: 4, uids: ["x"], starts: ["x"] },
      { start: 4, end: 6, uids: ["x", "y"], starts: ["y"] },
      { start: 6, end: 8, uids: ["y"], starts: [] },
      { start: 8, end: 10, uids: [], starts: [] },
    ]);
  });
});

describe("accepting and submitting", () => {
  const filled = (uid: string, quote: string) => {
    const c = candidates.find((x) => x.quote === quote)!;
    return {
      ...candidateFromExtraction(c, 1, uid, article, choices),
      question: "Will the port of Rostock open a second deep-water terminal by 2030?",
      resolutionCriteria: "YES if it opens by 31 Dec 2030.",
      topics: ["energy", "Baltic ports"],
    };
  };

  it("names what is missing before a candidate can be accepted", () => {
    const c = candidateFromExtraction(candidates[0]!, 1, "a1", article, choices);
    expect(draftProblems(c, article).map((p) => p.field)).toEqual(expect.arrayContaining(["question", "resolutionCriteria", "topics"]));
    expect(draftProblems(filled("a1", QUOTES.terminal), article)).toEqual([]);
    expect(draftProblems({ ...filled("a1", QUOTES.terminal), deadlineBasis: "none", deadline: "" }, article).map((p) => p.field)).toEqual(["deadlineNote"]);
  });

  it("submits only the accepted candidates, in text order, in the shape the server validates", () => {
    const a = { ...filled("a1", QUOTES.terminal), status: "accepted" as const };
    const b = { ...filled("a2", QUOTES.containers), status: "rejected" as const };
    const { input, uids } = toSubmission(article, [b, a]);
    expect(uids).toEqual(["a1"]);
    expect(input.forecasts).toHaveLength(1);
    expect(input.forecasts[0]!.forecaster).toEqual({ name: "Jana Berger", kind: "person" });
    const parsed = intakeSchema("2026-11-21").safeParse(input);
    expect(parsed.success ? null : parsed.error.issues).toBeNull();
  });

  it("maps the server's field errors back to the candidate they concern", () => {
    const fields = [
      { field: "forecasts.1.question", message: "q" },
      { field: "forecasts.0.topics", message: "t" },
      { field: "article.title", message: "x" },
    ];
    expect(errorsFor(fields, ["a1", "a7"], "a7")).toEqual([{ field: "question", message: "q" }]);
    expect(errorsFor(fields, ["a1", "a7"], "a3")).toEqual([]);
  });
});
