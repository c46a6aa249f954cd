/**
 * The intake form's working state, in the browser: the article's details and one draft per
 * candidate forecast, pre-filled from the extraction assistant, and the submission built from
 * them. Pure (no React, no server code) so it is tested like the rest of lib/.
 *
 * Form fields hold strings ("" = not chosen); the submission says what the editor chose and the
 * server validates every field again (lib/intake/intake-schema.ts).
 */
import type { Candidate } from "@/lib/extraction/types";
import { LEXICON, LEXICON_CLASSES, type LexiconClass } from "@/lib/lexicon/lexicon";

import type { Attribution, DeadlineBasis, Language, MadeOnBasis, PersonKind, Polarity } from "@/lib/vocabulary";

export type { Language, PersonKind };
export const NEW = "__new";

/** Who made a candidate forecast: not chosen yet, the article's i-th author, a person in the ledger, or a new one (forecasterName/Kind). */
export type ForecasterChoice = { kind: "none" } | { kind: "author"; index: number } | { kind: "person"; slug: string } | { kind: "new" };

/** A <select> can only hold strings: these two are the one place a choice is written as one and read back. */
export function forecasterOptionValue(c: ForecasterChoice): string {
  return c.kind === "author" ? `author:${c.index}` : c.kind === "person" ? `person:${c.slug}` : c.kind === "new" ? NEW : "";
}
export function parseForecasterOption(value: string): ForecasterChoice {
  if (value.startsWith("author:")) return { kind: "author", index: Number(value.slice(7)) };
  if (value.startsWith("person:")) return { kind: "person", slug: value.slice(7) };
  return value === NEW ? { kind: "new" } : { kind: "none" };
}

export interface Choices {
  people: { slug: string; name: string; kind: PersonKind }[];
  outlets: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  events: { slug: string; title: string }[];
}

/** An outlet: "" none, an existing slug, or NEW with a name (and site). */
export interface OutletDraft {
  choice: string;
  name: string;
  site: string;
}

/** An author: an existing slug, or NEW with a name and kind. */
export interface AuthorDraft {
  choice: string;
  name: string;
  kind: PersonKind;
  role: "author" | "translator";
}

export interface ArticleDraft {
  text: string;
  title: string;
  url: string;
  publishedOn: string;
  firstPublishedOn: string;
  /** "" = detect from the text. */
  language: "" | Language;
  outlet: OutletDraft;
  originalOutlet: OutletDraft;
  authors: AuthorDraft[];
  sourceFile: string | null;
}

export const EMPTY_OUTLET: OutletDraft = { choice: "", name: "", site: "" };
export const EMPTY_ARTICLE: ArticleDraft = {
  text: "",
  title: "",
  url: "",
  publishedOn: "",
  firstPublishedOn: "",
  language: "",
  outlet: EMPTY_OUTLET,
  originalOutlet: EMPTY_OUTLET,
  authors: [],
  sourceFile: null,
};

export type CandidateStatus = "pending" | "accepted" | "rejected";

export interface CandidateDraft {
  uid: string;
  /** The number shown on the card and on its highlight. */
  n: number;
  origin: "assistant" | "selection";
  status: CandidateStatus;
  /** Offsets of the quote in the article text. */
  start: number;
  end: number;
  quote: string;
  score: number | null;
  reasons: string[];
  /** The assistant's one-line explanation (which words make it a forecast, why this forecaster); "" for a selection. */
  reason: string;
  /** The words that made it a forecast, verbatim. */
  cues: string[];
  forecaster: ForecasterChoice;
  forecasterName: string;
  forecasterKind: PersonKind;
  attribution: Attribution;
  question: string;
  polarity: Polarity;
  resolutionCriteria: string;
  /** "" = the article's first-published date, else its page date. */
  madeOn: string;
  madeOnBasis: "" | MadeOnBasis;
  madeOnNote: string;
  deadline: string;
  deadlineBasis: DeadlineBasis;
  deadlineNote: string;
  probabilitySource: "lexicon" | "stated";
  lexiconClass: "" | LexiconClass;
  expression: string;
  /** A stated probability in per cent, as typed. */
  statedPercent: string;
  condition: string;
  /** Topic slugs, or names of new topics. */
  topics: string[];
  /** "" none, an existing event slug, or NEW with a title. */
  event: string;
  eventTitle: string;
}

const QUOTE_MARKS = /["„“”«»‚‘’]/;

/** An existing person whose name is the one the assistant found, or ends with it ("Peskow" -> "Dmitri Peskow"). */
export function matchPerson(name: string, people: Choices["people"]): Choices["people"][number] | null {
  const n = name.trim().toLowerCase();
  if (!n) return null;
  return people.find((p) => p.name.toLowerCase() === n) ?? people.find((p) => p.name.toLowerCase().endsWith(` ${n}`)) ?? null;
}

function blank(uid: string, n: number, origin: CandidateDraft["origin"], start: number, end: number, quote: string, article: ArticleDraft): CandidateDraft {
  return {
    uid,
    n,
    origin,
    status: "pending",
    start,
    end,
    quote,
    score: null,
    reasons: [],
    reason: "",
    cues: [],
    forecaster: article.authors.length ? { kind: "author", index: 0 } : { kind: "none" },
    forecasterName: "",
    forecasterKind: "person",
    attribution: "own",
    question: "",
    polarity: "positive",
    resolutionCriteria: "",
    madeOn: "",
    madeOnBasis: "",
    madeOnNote: "",
    deadline: "",
    deadlineBasis: "none",
    deadlineNote: "",
    probabilitySource: "lexicon",
    lexiconClass: "",
    expression: "",
    statedPercent: "",
    condition: "",
    topics: [],
    event: "",
    eventTitle: "",
  };
}

/** What the assistant found, as a draft: forecaster, polarity, deadline, probability, condition. */
function applyCandidate(d: CandidateDraft, c: Candidate, choices: Choices): CandidateDraft {
  const out = { ...d, polarity: c.polarity, condition: c.condition ?? "", score: c.score, reasons: c.reasons, reason: c.reason ?? "", cues: c.cues ?? [] };
  if (c.forecaster) {
    out.attribution = QUOTE_MARKS.test(d.quote) ? "quoted" : "reported";
    if (c.forecaster.unnamed) {
      // An unnamed source ("analysts"): no made-up person; the editor chooses (the reason says so).
      out.forecaster = { kind: "none" };
      out.forecasterName = "";
    } else {
      const known = matchPerson(c.forecaster.known ?? c.forecaster.name, choices.people);
      out.forecaster = known ? { kind: "person", slug: known.slug } : { kind: "new" };
      out.forecasterName = known ? "" : c.forecaster.name;
      out.forecasterKind = c.forecaster.kind === "institution" ? "institution" : "person";
    }
  }
  if (c.deadline) {
    out.deadline = c.deadline.date;
    out.deadlineBasis = c.deadline.basis;
    out.deadlineNote = c.deadline.note ?? (c.deadline.basis === "inferred" ? `Default horizon for “${c.deadline.phrase}”.` : "");
  }
  if (c.probabilitySource === "stated") {
    out.probabilitySource = "stated";
    out.statedPercent = String(Math.round(c.probability * 1000) / 10);
  } else {
    out.lexiconClass = c.lexiconClass;
  }
  out.expression = c.expression;
  return out;
}

export function candidateFromExtraction(c: Candidate, n: number, uid: string, article: ArticleDraft, choices: Choices): CandidateDraft {
  return applyCandidate(blank(uid, n, "assistant", c.start, c.end, c.quote, article), c, choices);
}

/**
 * A candidate the editor made by selecting text; `hint` is what the assistant reads in the
 * selection, if anything (its offsets are within the selection and are not used).
 */
export function candidateFromSelection(
  text: string,
  start: number,
  end: number,
  n: number,
  uid: string,
  article: ArticleDraft,
  choices: Choices,
  hint: Candidate | null,
): CandidateDraft {
  const d = blank(uid, n, "selection", start, end, text.slice(start, end), article);
  return hint ? { ...applyCandidate(d, hint, choices), score: null, reasons: [], reason: "" } : d;
}

/** Selection offsets without the whitespace at either end; null when nothing but whitespace is selected. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

export interface Segment {
  start: number;
  end: number;
  /** Candidates covering this stretch of text, in their order. */
  uids: string[];
  /** Candidates that start here (their highlight carries their number). */
  starts: string[];
}

/** The text cut at every candidate's start and end, so overlapping highlights can be drawn. */
export function segments(textLength: number, spans: { uid: string; start: number; end: number }[]): Segment[] {
  const cuts = new Set([0, textLength]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(textLength, s.start)));
    cuts.add(Math.max(0, Math.min(textLength, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    out.push({
      start,
      end,
      uids: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.uid),
      starts: spans.filter((s) => s.start === start).map((s) => s.uid),
    });
  }
  return out;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** What must be filled in before a candidate can be accepted; the server checks everything again. */
export function draftProblems(d: CandidateDraft, article: ArticleDraft): FieldProblem[] {
  const out: FieldProblem[] = [];
  const need = (field: string, ok: boolean, message: string) => {
    if (!ok) out.push({ field, message });
  };
  const f = d.forecaster;
  need("forecaster", f.kind !== "none" && (f.kind !== "new" || d.forecasterName.trim() !== ""), "choose who made the forecast, or give a new name");
  if (f.kind === "author") need("forecaster", !!article.authors[f.index], "that author is no longer listed");
  need("question", /\?\s*$/.test(d.question) && d.question.trim().length >= 10, "write an English yes/no question ending with “?”");
  need("resolutionCriteria", d.resolutionCriteria.trim().length >= 10, "say how the question will be resolved (at least 10 characters)");
  need("topics", d.topics.length > 0, "choose at least one topic");
  need(
    "madeOn",
    d.madeOn !== "" || article.firstPublishedOn !== "" || article.publishedOn !== "",
    "the article has no date: give the date the forecast was made",
  );
  need("madeOnNote", d.madeOnBasis !== "inferred" || d.madeOnNote.trim() !== "", "explain how the date was inferred");
  need("deadline", d.deadlineBasis === "none" || d.deadline !== "", "give the deadline's date, or choose “none”");
  need(
    "deadlineNote",
    d.deadlineBasis === "stated" || d.deadlineNote.trim() !== "",
    d.deadlineBasis === "none" ? "say why there is no deadline" : "explain how the deadline was inferred",
  );
  if (d.probabilitySource === "lexicon") need("probability.class", d.lexiconClass !== "", "choose the lexicon class that matches the words");
  else {
    const v = Number(d.statedPercent);
    need("probability.value", d.statedPercent.trim() !== "" && Number.isFinite(v) && v >= 0 && v <= 100, "give the stated probability in per cent (0–100)");
  }
  need("probability.expression", d.expression.trim() !== "", "give the words that carry the likelihood");
  need("event", d.event !== NEW || d.eventTitle.trim().length >= 10, "describe the new shared event (at least 10 characters)");
  return out;
}

function outletRef(o: OutletDraft) {
  if (o.choice === "") return null;
  return o.choice === NEW ? { name: o.name, site: o.site || null } : { slug: o.choice };
}

function authorRef(a: AuthorDraft) {
  return a.choice === NEW ? { name: a.name, kind: a.kind } : { slug: a.choice };
}

function forecasterRef(d: CandidateDraft, article: ArticleDraft) {
  const f = d.forecaster;
  if (f.kind === "author") {
    const a = article.authors[f.index];
    return a ? authorRef(a) : {};
  }
  if (f.kind === "person") return { slug: f.slug };
  if (f.kind === "new") return { name: d.forecasterName, kind: d.forecasterKind };
  return {};
}

/** The point and range a lexicon class stands for, for display (the server recomputes them). */
export function lexiconSummary(cls: "" | LexiconClass): string {
  if (!cls) return "";
  const e = LEXICON[cls];
  return `${pct(e.p)} (${pct(e.lo)}–${pct(e.hi)})${e.lowInformation ? ", low information" : ""}`;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;
/** "likely: 70% (60–80%)"; the label already says when a class is low information. */
export const LEXICON_OPTIONS = LEXICON_CLASSES.map((cls) => ({
  value: cls,
  label: `${LEXICON[cls].label}: ${pct(LEXICON[cls].p)} (${pct(LEXICON[cls].lo)}–${pct(LEXICON[cls].hi)})`,
}));

/**
 * The submission for saveArticleAction: the article and the accepted candidates, in their
 * order. `uids[i]` is the candidate behind "forecasts.i" in the server's field errors.
 */
export function toSubmission(article: ArticleDraft, candidates: CandidateDraft[]) {
  const accepted = candidates.filter((c) => c.status === "accepted").sort((a, b) => a.start - b.start || a.n - b.n);
  const input = {
    article: {
      title: article.title,
      body: article.text,
      language: article.language || null,
      url: article.url || null,
      publishedOn: article.publishedOn || null,
      firstPublishedOn: article.firstPublishedOn || null,
      outlet: outletRef(article.outlet),
      originalOutlet: outletRef(article.originalOutlet),
      authors: article.authors.map((a) => ({ person: authorRef(a), role: a.role })),
      sourceFile: article.sourceFile,
    },
    forecasts: accepted.map((d) => ({
      forecaster: forecasterRef(d, article),
      attribution: d.attribution,
      quote: d.quote,
      question: d.question,
      polarity: d.polarity,
      resolutionCriteria: d.resolutionCriteria,
      madeOn: d.madeOn || null,
      madeOnBasis: d.madeOnBasis || null,
      madeOnNote: d.madeOnNote || null,
      deadline: d.deadlineBasis === "none" ? null : d.deadline || null,
      deadlineBasis: d.deadlineBasis,
      deadlineNote: d.deadlineNote || null,
      probability:
        d.probabilitySource === "lexicon"
          ? { source: "lexicon" as const, class: d.lexiconClass, expression: d.expression }
          : { source: "stated" as const, value: d.statedPercent.trim() === "" ? Number.NaN : Number(d.statedPercent) / 100, expression: d.expression },
      condition: d.condition || null,
      topics: d.topics,
      event: d.event === "" ? null : d.event === NEW ? { title: d.eventTitle } : { slug: d.event },
    })),
  };
  return { input, uids: accepted.map((d) => d.uid) };
}

/** Server field errors ("forecasts.2.question") for one candidate, by its field name ("question"). */
export function errorsFor(fields: FieldProblem[] | undefined, uids: string[], uid: string): FieldProblem[] {
  const i = uids.indexOf(uid);
  if (i < 0 || !fields) return [];
  const prefix = `forecasts.${i}.`;
  return fields.filter((f) => f.field.startsWith(prefix)).map((f) => ({ field: f.field.slice(prefix.length), message: f.message }));
}
