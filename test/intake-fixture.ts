/**
 * A German article written for the tests (not a real one) and a valid intake submission for
 * it: three forecasts, one quoted from a named shipowner, one of an institution, one the
 * author's own.
 */
import fs from "node:fs";
import path from "node:path";

export const OSTSEE_TEXT = fs.readFileSync(path.join(process.cwd(), "test", "fixtures", "ostsee-haefen.de.txt"), "utf8");

export const QUOTES = {
  terminal: "Es ist nicht auszuschließen, dass der Hafen von Rostock spätestens 2030 einen zweiten Tiefwasserterminal eröffnet.",
  containers: "Laut der Reederin Anke Sommer wird der Containerverkehr zwischen Kiel und Klaipėda bis Ende 2027 wahrscheinlich um ein Drittel zurückgehen.",
  timetable: "Der Verband der Ostseehäfen hält einen gemeinsamen Fahrplan aller Häfen bis 2028 für unwahrscheinlich.",
} as const;

type Json = Record<string, unknown>;

export function validSubmission(): { article: Json; forecasts: Json[] } {
  return {
    article: {
      title: "Der lange Winter der Ostsee-Häfen",
      body: OSTSEE_TEXT,
      url: "https://ostsee-kurier.example.org/haefen",
      publishedOn: "2026-11-02",
      firstPublishedOn: null,
      outlet: { name: "Ostsee-Kurier", site: "ostsee-kurier.example.org" },
      authors: [{ person: { name: "Jana Berger", kind: "person" }, role: "author" }],
    },
    forecasts: [
      {
        forecaster: { name: "Jana Berger", kind: "person" },
        attribution: "own",
        quote: QUOTES.terminal,
        question: "Will the port of Rostock open a second deep-water terminal by 31 Dec 2030?",
        polarity: "positive",
        resolutionCriteria: "YES if a second deep-water terminal in the port of Rostock opens to ships by 31 Dec 2030. NO otherwise.",
        deadline: "2030-12-31",
        deadlineBasis: "stated",
        deadlineNote: null,
        probability: { source: "lexicon", class: "NOT_RULED_OUT", expression: "nicht auszuschließen" },
        condition: null,
        topics: ["Baltic ports", "energy"],
        event: null,
      },
      {
        forecaster: { name: "Anke Sommer", kind: "person" },
        attribution: "reported",
        quote: QUOTES.containers,
        question: "Will container traffic between Kiel and Klaipėda fall by at least a third from its 2026 level by 31 Dec 2027?",
        polarity: "positive",
        resolutionCriteria: "YES if the ports' statistics show 2027 container traffic on the Kiel–Klaipėda route at least a third below 2026. NO otherwise.",
        deadline: "2027-12-31",
        deadlineBasis: "stated",
        probability: { source: "lexicon", class: "LIKELY", expression: "wahrscheinlich" },
        topics: ["baltic-ports"],
        event: { title: "Container traffic between Kiel and Klaipėda falls by a third" },
      },
      {
        forecaster: { name: "Verband der Ostseehäfen", kind: "institution" },
        attribution: "reported",
        quote: QUOTES.timetable,
        question: "Will all Baltic ports agree on a common timetable by 31 Dec 2028?",
        polarity: "negative",
        resolutionCriteria: "YES if the Baltic ports publish a common timetable agreed by all of them by 31 Dec 2028. NO otherwise.",
        deadline: "2028-12-31",
        deadlineBasis: "stated",
        probability: { source: "lexicon", class: "UNLIKELY", expression: "unwahrscheinlich" },
        topics: ["baltic-ports"],
      },
    ],
  };
}
