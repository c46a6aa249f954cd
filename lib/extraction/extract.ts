/**
 * The extraction pipeline: sentences -> cues -> one candidate per sentence with a forecast cue,
 * scored for how sure the rules are that it is a forecast. Offline, rule-based, no Node-only APIs.
 */

import { type Deadline, isIsoDate, parseDeadline, todayIso } from "../deadlines";
import { LEXICON, LEXICON_VERSION } from "../lexicon/lexicon";
import { hasReportingVerb, isReportedSpeech } from "./attribution";
import { type ConditionMatch, conditionsIn, findCondition } from "./conditions";
import { resolveLanguage } from "./language";
import { type ProbabilityReading, readProbability } from "./probability";
import { isProseSentence, proseNote } from "./prose";
import { quoteSpan } from "./quote-span";
import { candidateReason } from "./reason";
import { type Sentence, splitSentences } from "./sentences";
import { attributeSentences } from "./speakers";
import type { Candidate, ExtractOptions, ExtractResult, Forecaster, Language } from "./types";
import { forecastUnits } from "./units";

/** Candidates below this score are not proposed (tuned on the seed articles' answer key). */
export const DEFAULT_MIN_SCORE = 0.35;

/** How much each kind of cue says that a sentence is a forecast (see cues.ts for the kinds). */
const BASE_SCORE: Record<string, number> = {
  level: 0.55,
  "forecast-verb": 0.5,
  future: 0.5,
  prospect: 0.45,
  plan: 0.4,
  conditional: 0.4,
  deadline: 0.3,
  should: 0.3,
  ability: 0.25,
  hypothetical: 0.25,
  become: 0.35,
  scheduled: 0.4,
};

/** Words that place a sentence in the past ("damals", "destijds", "back then"). */
const PAST_TIME: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:damals|gestern|einst|seinerzeit|früher|vergangenen|vergangene|letzten\s+Jahr|im\s+Vorjahr)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:destijds|gisteren|vroeger|vorig(?:e)?\s+(?:jaar|week|maand)|afgelopen)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:yesterday|back\s+then|at\s+the\s+time|in\s+the\s+past|last\s+(?:year|week|month))(?![\p{L}])/iu,
};
/** Verbs of events: after "kann / kan / can" they make the modal epistemic ("it can change"). */
const EVENT_VERB: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:ändern|geschehen|passieren|kommen|scheitern|enden|wachsen|steigen|sinken|fallen|eskalieren|zerbrechen|zusammenbrechen|entstehen|verlieren|gewinnen|kippen|platzen)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:veranderen|gebeuren|komen|mislukken|eindigen|groeien|stijgen|dalen|escaleren|ontstaan|verliezen|winnen|instorten|omslaan|worden|mislopen|ontsporen)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:change|happen|occur|come|fail|end|grow|rise|fall|escalate|collapse|emerge|lose|win|break|become|get|turn)(?![\p{L}])/iu,
};
/** A sentence that opens with an indirect question ("Ob ...", "Welche ...", "Whether ..."). */
const OPEN_QUESTION = /^[\s"“„'‘«»]*(?:ob|whether|welche\p{L}*|was|wie|wann|wer|which|what|how|when|who|welke|wat|hoe|wanneer)(?![\p{L}])/iu;
const YEAR = /(?<![\p{N}])(?:19|20|21)\d{2}(?![\p{N}])/gu;

interface Scored {
  score: number;
  reasons: string[];
}

interface Evidence {
  reading: ProbabilityReading;
  deadline: Deadline | null;
  conditional: boolean;
  forecaster: boolean;
  /** German reported speech (Konjunktiv I passage). */
  reported: boolean;
}

function scoreCandidate(s: Sentence, { reading, deadline, conditional, forecaster, reported }: Evidence, ref: string, language: Language): Scored {
  const reasons: string[] = [];
  const strongest = reading.kinds[0] ?? "ability";
  let score = BASE_SCORE[strongest] ?? 0.25;
  reasons.push(`cue: ${strongest} "${reading.expression}"`);
  if (reading.onlySecondary) {
    // "Konflikte, die ... gefährden könnten": the modal describes a noun, it forecasts nothing itself.
    score -= 0.25;
    reasons.push("cue only in a relative or comparative clause");
  }
  if (strongest === "hypothetical" && reported) {
    score += 0.15;
    reasons.push("würde / zou / would in reported speech");
  }
  if ((strongest === "hypothetical" || strongest === "ability") && conditional) {
    // "if X, Y would / can happen": the condition makes the weak modal a conditional forecast.
    score += 0.2;
    reasons.push(`${strongest} with a stated condition`);
  } else if (conditional) {
    score += 0.05;
    reasons.push("conditional");
  }
  if (reading.kinds.length > 1) score += 0.05;
  if (strongest === "ability" && EVENT_VERB[language].test(s.text)) {
    // "dit kan veranderen", "das kann geschehen": can + an event verb is a possibility, not a skill.
    score += 0.1;
    reasons.push("can + event verb");
  }
  if (deadline) {
    if (deadline.date < ref) {
      score -= 0.3;
      reasons.push(`deadline ${deadline.date} before the reference date`);
    } else {
      score += deadline.basis === "stated" ? 0.15 : 0.08;
      reasons.push(`deadline ${deadline.basis}: "${deadline.phrase}"`);
    }
  }
  if (reading.source === "stated") {
    score += 0.1;
    reasons.push("a number states the probability");
  }
  if (forecaster) score += 0.05;
  if (!/[.!…"“”»«'’)]$/u.test(s.text)) {
    // Headlines restate what the text says again in full; lead-ins ending in ":" introduce it.
    score -= 0.2;
    reasons.push("no closing punctuation (heading or fragment)");
  }
  if (PAST_TIME[language].test(s.text) && !forecaster) {
    // A reported forecast says when it was made ("warnte im vergangenen September, dass ...").
    score -= 0.2;
    reasons.push("past-time words");
  }
  const years = [...s.text.matchAll(YEAR)].map((m) => Number(m[0]));
  const refYear = Number(ref.slice(0, 4));
  if (years.length > 0 && years.every((y) => y < refYear) && !forecaster) {
    score -= 0.1;
    reasons.push("only past years mentioned");
  }
  if (s.text.length > 400) score -= 0.05;
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons };
}

/** Spans of quotations that end in a question mark. */
function quotedQuestions(sentence: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of sentence.matchAll(/\?\s*["“”»«]/gu)) {
    const before = sentence.slice(0, m.index);
    const opened = Math.max(...['"', "“", "„", "«", "»"].map((q) => before.lastIndexOf(q)));
    out.push({ start: Math.max(0, opened), end: m.index + 1 });
  }
  return out;
}

/** The cue words of a reading, verbatim, in text order ("will", "probably"). */
function cueWords(sentence: string, reading: ProbabilityReading): string[] {
  const inSpan = reading.scan.cues.filter((c) => c.start >= reading.cueStart && c.end <= reading.cueEnd).map((c) => c.text);
  return inSpan.length > 0 ? [...new Set(inSpan)] : [sentence.slice(reading.cueStart, reading.cueEnd)];
}

/** A condition at the head of the sentence ("Als X, ...", "Sollte X, ...", "Wenn X, dann ..."). */
function isFronted(sentence: string, cond: ConditionMatch): boolean {
  return /^[\s"“„'‘«»(]*(?:(?:und|aber|doch|en|maar|and|but)\s+)?$/iu.test(sentence.slice(0, cond.start));
}

function toAbsolute(deadline: Deadline | null, offset: number): Deadline | null {
  return deadline && { ...deadline, start: deadline.start + offset, end: deadline.end + offset };
}

function candidatesFor(sentences: readonly Sentence[], index: number, language: Language, ref: string, forecaster: Forecaster | null): Candidate[] {
  const s = sentences[index]!;
  // '"Was würde dem Klima mehr helfen ...?", sagte Lindner': a quoted question forecasts nothing.
  const asked = quotedQuestions(s.text);
  // Questions are not forecasts; a question quoted after a statement leaves the statement.
  if (/\?\s*["“”»«'’)]*$/u.test(s.text) && !(asked.length && asked[asked.length - 1]!.start > 0)) return [];
  const cond = findCondition(s.text, language);
  const conditional = !!cond && !cond.concessive;
  // "X warnte, dass die Firma ... schließen würde", "the minister said it would ...": in reported
  // speech "würde / zou / would" is the future of the speaker, not a hypothetical.
  const reported = isReportedSpeech(sentences, index, language) || !!forecaster || hasReportingVerb(s.text, language);
  const whole = readProbability(s.text, language, { excluded: [...asked, ...(cond ? [cond] : [])], conditional: conditional || reported });
  const units = whole ? forecastUnits(s.text, whole.scan.cues, conditionsIn(s.text, language)) : [{ start: 0, end: s.text.length }];
  const out: Candidate[] = [];
  for (const unit of units) {
    const single = units.length === 1;
    const outside = [
      { start: 0, end: unit.start },
      { start: unit.end, end: s.text.length },
    ];
    const unitCond = cond && (single || (cond.start >= unit.start && cond.start < unit.end) || isFronted(s.text, cond)) ? cond : null;
    const unitConditional = !!unitCond && !unitCond.concessive;
    const deadline = toAbsolute(parseDeadline(s.text.slice(unit.start, unit.end), ref, language), s.start + unit.start);
    let implicit: { kind: "conditional" | "deadline"; start: number; end: number } | undefined;
    if (unitConditional && isFronted(s.text, unitCond) && !unitCond.anaphoric) {
      // The consequence's first words carry the forecast: "Als X, rest de partij weinig keus".
      const words = /^[\s,]*((?:[\p{L}\p{N}'’-]+\s*){1,4})/u.exec(s.text.slice(unitCond.end));
      const from = unitCond.end + (words ? words[0].length - words[1]!.length : 0);
      implicit = { kind: "conditional", start: from, end: from + (words ? words[1]!.trimEnd().length : 0) };
    } else if (deadline && (deadline.kind === "by" || deadline.kind === "not-before") && deadline.date >= ref) {
      implicit = { kind: "deadline", start: deadline.start - s.start, end: deadline.end - s.start };
    }
    const reading = readProbability(s.text, language, {
      excluded: [...(single ? [] : outside), ...asked, ...(cond ? [cond] : [])],
      conditional: unitConditional || reported,
      implicit,
    });
    if (!reading) continue;
    // "Ob X gelingt, bleibt offen": an open question, not an even-odds forecast.
    if (reading.cls === "EVEN" && OPEN_QUESTION.test(s.text)) continue;

    const { score, reasons } = scoreCandidate(s, { reading, deadline, conditional: unitConditional, forecaster: !!forecaster, reported }, ref, language);
    let polarity = reading.polarity;
    let cls = reading.cls;
    if (deadline?.notBefore && reading.p >= 0.5) {
      // "nicht vor 2040": the event (before 2040) is forecast not to happen.
      polarity = "negative";
      cls = "WILL_NOT";
      reasons.push("negative framing from the deadline phrase");
    }
    const entry = LEXICON[cls];
    // The reading's numbers, unless the deadline's negative framing changed the class.
    const own = cls === reading.cls;
    const span = single ? quoteSpan(s.text, { start: reading.cueStart, end: reading.cueEnd }, unitConditional ? unitCond : null) : unit;
    out.push({
      sentence: s.text,
      quote: s.text.slice(span.start, span.end),
      start: s.start + span.start,
      end: s.start + span.end,
      language,
      lexiconClass: cls,
      probability: own ? reading.p : entry.p,
      probabilityRange: own ? reading.range : [entry.lo, entry.hi],
      polarity,
      probabilitySource: reading.source,
      expression: reading.expression,
      lowInformation: entry.lowInformation,
      lexiconVersion: LEXICON_VERSION,
      deadline,
      condition: unitConditional ? unitCond!.text : null,
      forecaster,
      score,
      reasons,
      cues: cueWords(s.text, reading),
      reason: candidateReason(reading, { condition: unitConditional ? unitCond!.text : null, deadline, forecaster }),
    });
  }
  return out;
}

/**
 * Proposes candidate forecasts in an article, best first. Throws a LanguageError when no
 * language is given and none of de, nl, en can be detected.
 */
export function extractCandidates(text: string, opts: ExtractOptions = {}): ExtractResult {
  const language = resolveLanguage(text, opts.language);
  const referenceDate = opts.referenceDate ?? todayIso();
  if (!isIsoDate(referenceDate)) throw new Error(`referenceDate must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(referenceDate)}`);
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const sentences = splitSentences(text, language);
  const note = proseNote(text, sentences, language);
  if (note?.skip) return { language, referenceDate, candidates: [], note: note.text };
  const speakers = attributeSentences(sentences, language, opts.knownPeople);
  const candidates: Candidate[] = [];
  sentences.forEach((s, i) => {
    if (note && !isProseSentence(s.text)) return; // in a table or list, only the prose sentences
    for (const c of candidatesFor(sentences, i, language, referenceDate, speakers[i] ?? null)) {
      if (c.score >= minScore) candidates.push(c);
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  return { language, referenceDate, candidates, ...(note ? { note: note.text } : {}) };
}
