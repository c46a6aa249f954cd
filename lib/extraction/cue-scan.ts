/**
 * Finds the cue words of a sentence and keeps only those that mean what the cue table says in
 * their context (German "wird" + participle is a passive, "so viel wie möglich" is no likelihood,
 * "kaum" without a future verb is a plain adverb, "hätte ... können" looks back).
 */
import { type CueDef, type CueKind, cuesFor, NEGATIONS, NOT_NEGATIONS, SCHEDULED } from "./cues";
import { clauseSpans, isCapitalised, phraseSource, type Token, tokenize } from "./tokens";
import type { Language } from "./types";
import { germanWerdenUse, hasPastVerb, isCounterfactualPast, isEnglishMayMonth, isEnglishWillNoun, isNormativeRemark, isPastGuess } from "./verb-forms";

/** Hedging adverbs: in a past-tense clause they guess at the past ("mogelijk voelde het zich ..."). */
const HEDGE_ADVERB =
  /^(?:vielleicht|wahrscheinlich|möglicherweise|vermutlich|womöglich|eventuell|misschien|wellicht|mogelijk|waarschijnlijk|vermoedelijk|mogelijkerwijs|perhaps|probably|possibly|maybe|likely)$/i;

export interface CueHit {
  start: number;
  end: number;
  text: string;
  def: CueDef;
  kind: CueKind;
  /** Index of the clause (comma/semicolon/dash separated) the cue is in. */
  clause: number;
  /** In a relative or comparative clause: it describes something else than the forecast. */
  secondary: boolean;
}

/** Clauses that modify something else: relative ("die ... könnten") and comparative ("als es ... möglich wäre"). */
const SECONDARY_OPENER: Record<Language, RegExp> = {
  de: /^(?:der|die|das|dem|den|deren|dessen|denen|welche|welcher|welches|wo|womit|wodurch|worin|als|wie|was|ob|indem|damit|um|weil|obwohl|ohne)$/,
  nl: /^(?:die|wat|waar|waarin|waarmee|waardoor|welke|dan|als|omdat|doordat|om|zonder|hoewel)$/,
  en: /^(?:which|who|whom|whose|than|as|what|whether|because|by|although|without|whereby)$/,
};

export interface NegationHit {
  start: number;
  end: number;
  text: string;
  clause: number;
}

export interface Scan {
  cues: CueHit[];
  negations: NegationHit[];
  tokens: Token[];
  clauses: Array<{ start: number; end: number }>;
  /** Clauses that are counterfactual or past modal perfects. */
  pastClauses: Set<number>;
}

type Range = { start: number; end: number };
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

const regexCache = new Map<string, RegExp>();
function phraseRegex(phrase: string): RegExp {
  let re = regexCache.get(phrase);
  if (!re) {
    re = new RegExp(phraseSource(phrase).replace(/'/g, "['’]"), "giu");
    regexCache.set(phrase, re);
  }
  return re;
}

const COPULA: Record<Language, RegExp> = {
  de: /^(?:bleibt|bleiben|ist|sind|scheint|scheinen|erscheint|wäre|sei|war)$/,
  nl: /^(?:blijft|blijven|is|zijn|lijkt|lijken|was|waren)$/,
  en: /^(?:remains|remain|is|are|seems|seem|looks|was|were|be)$/,
};
/** Words before "möglich / mogelijk / possible" that make it no likelihood: "so viel wie möglich", "een mogelijk conflict". */
const NOT_LIKELIHOOD_BEFORE: Record<Language, RegExp> = {
  de: /^(?:wie|als|ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des|jede|jeden|jedem|alle|möglichst)$/,
  nl: /^(?:als|een|het|de|elk|elke|alle|zoveel|zo)$/,
  en: /^(?:as|a|an|the|every|any|all|whenever|wherever|if)$/,
};
const MAKE: Record<Language, RegExp> = {
  de: /^(?:machte|macht|machen|machten|gemacht)$/,
  nl: /^(?:maakte|maakt|maken|maakten|gemaakt)$/,
  en: /^(?:made|makes|make|making)$/,
};
/** What follows a verb of expecting: a that-clause or an infinitive. */
const COMPLEMENT: Record<Language, RegExp> = {
  de: /^(?:dass|zu|ob)$/,
  nl: /^(?:dat|te|of|om)$/,
  en: /^(?:that|to)$/,
};
const TIED_TO_VERB = /^(?:sicher|kaum|zeker|nauwelijks|certainly|hardly|scheint|scheinen|erscheint|erscheinen|lijkt|lijken|schijnt|seems|seem|appears)$/;
/** Verbs of predicting take a plain object ("hat eine Rezession vorhergesagt"); others need a clause. */
const PREDICTION_VERB = /^(?:prognostizier|vorhergesagt|voraussag|vorausgesagt|prophezei|voorspel|predict|forecast)/;
/** Prospect words that need an infinitive or a clause after them ("bereit, ... zu wagen", "ready to"). */
const PROSPECT_NEEDS_COMPLEMENT = /^(?:bereit|bereid|klaar staan|klaar staat|op het punt)$/;
const NEEDS_COPULA = /^(?:offen|ungewiss|unsicher|onzeker|uncertain)$/;
const POSSIBLE_ADJ = /^(?:möglich|mogelijk|possible)$/;

function clauseIndex(clauses: Range[], pos: number): number {
  const i = clauses.findIndex((c) => pos >= c.start && pos < c.end);
  return i < 0 ? clauses.length - 1 : i;
}

type RawHit = Omit<CueHit, "clause" | "secondary">;

function notNegations(text: string, language: Language): Range[] {
  const out: Range[] = [];
  for (const phrase of NOT_NEGATIONS[language]) {
    for (const m of text.matchAll(phraseRegex(phrase))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function rawHits(text: string, language: Language, excluded: readonly Range[]): RawHit[] {
  const taken: Range[] = [...excluded];
  const hits: RawHit[] = [];
  const blocked = notNegations(text, language);
  const negation = new RegExp(`(?<![\\p{L}])(?:${NEGATIONS[language].join("|")})(?![\\p{L}])`, "iu");
  for (const def of cuesFor(language)) {
    const re = phraseRegex(def.phrase);
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const r = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, r))) continue;
      // "wird nicht nur ..., sondern auch": the cue is "wird"; "nicht nur" negates nothing.
      if (negation.test(m[0]) && blocked.some((b) => overlaps(b, r))) continue;
      taken.push(r);
      hits.push({ ...r, text: m[0], def, kind: def.kind });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Scans `text` (a sentence) for cues and negations, skipping the `excluded` ranges (a condition). */
export function scanCues(text: string, language: Language, excluded: readonly Range[] = []): Scan {
  const tokens = tokenize(text);
  // Parentheses are blanked (same length) so that "wird (von ..., ...) genehmigt" stays one clause.
  const flat = text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
  const clauses = clauseSpans(flat);
  const flatTokens = tokenize(flat);
  const tokensOf = (ci: number) => flatTokens.filter((t) => t.start >= clauses[ci]!.start && t.end <= clauses[ci]!.end);
  const secondaryClause = (ci: number) => {
    const ct = tokensOf(ci);
    const k = ct[0] && /^(?:und|oder|en|of|and|or)$/.test(ct[0].lower) ? 1 : 0;
    const first = ct[k];
    if (ci === 0 || !first || !SECONDARY_OPENER[language].test(first.lower)) return false;
    // German "der / die / das" before a noun is an article ("sagte, der Tunnel werde ..."), not a relative pronoun.
    const next = ct[k + 1];
    const after = ct[k + 2];
    const article =
      language === "de" &&
      /^(?:der|die|das|dem|den)$/.test(first.lower) &&
      !!next &&
      (isCapitalised(next.text) || (/(?:e|en|er|es|em)$/.test(next.lower) && !!after && isCapitalised(after.text)));
    return !article;
  };
  const pastClauses = new Set<number>();
  clauses.forEach((_, ci) => {
    if (isCounterfactualPast(tokensOf(ci), language)) pastClauses.add(ci);
  });

  const cues: CueHit[] = [];
  for (const h of rawHits(text, language, excluded)) {
    const clause = clauseIndex(clauses, h.start);
    const ti = tokens.findIndex((t) => t.start <= h.start && h.start < t.end);
    const prev = ti > 0 ? tokens[ti - 1] : undefined;
    let kind = h.kind;
    if (language === "en" && /^will$/i.test(h.text) && isEnglishWillNoun(prev)) continue;
    if (language === "en" && /^may$/i.test(h.text) && tokens[ti] && isEnglishMayMonth(tokens[ti]!, prev, tokens[ti + 1], ti === 0)) continue;
    if (language === "de" && kind === "future" && /^(?:wird|werden|werde|wirst|werdet)$/i.test(h.text)) {
      const ct = tokensOf(clause);
      const use = germanWerdenUse(
        ct,
        ct.findIndex((t) => t.start === h.start),
      );
      if (use === "passive") continue;
      if (use === "become") kind = "become";
    }
    const lower = h.text.toLowerCase();
    if (kind === "should" && isNormativeRemark(tokensOf(clause))) continue;
    if (HEDGE_ADVERB.test(lower) && isPastGuess(tokensOf(clause), language)) continue;
    if (NEEDS_COPULA.test(lower)) {
      const near = tokens.slice(Math.max(0, ti - 3), ti + 3);
      if (!near.some((t) => COPULA[language].test(t.lower))) continue;
      kind = "level";
    } else if (POSSIBLE_ADJ.test(lower)) {
      if (prev && NOT_LIKELIHOOD_BEFORE[language].test(prev.lower)) continue;
      if (tokens.slice(Math.max(0, ti - 2), ti).some((t) => /^(?:wie|als|as)$/.test(t.lower))) continue;
      // "machte es möglich", "made it possible": enabling, not a likelihood.
      if (tokensOf(clause).some((t) => t.start < h.start && MAKE[language].test(t.lower))) continue;
      kind = "level";
    } else if ((kind === "forecast-verb" && !PREDICTION_VERB.test(lower)) || (kind === "prospect" && PROSPECT_NEEDS_COMPLEMENT.test(lower))) {
      // "erwartet, dass ...", "expects X to ...", "bereit, ... zu": the verb needs what is expected.
      const after = tokens.slice(ti + 1);
      if (!after.some((t) => COMPLEMENT[language].test(t.lower))) continue;
    } else if (language === "de" && lower === "kurz vor") {
      // "stehen ... kurz vor einer Einigung" (imminent), not "kurz vor seinem Tod".
      if (!tokensOf(clause).some((t) => /^(?:steht|stehen|stand|standen|stünde|stünden)$/.test(t.lower))) continue;
    } else if (language === "nl" && (lower === "gaat" || lower === "gaan")) {
      // "gaan" + infinitive is the Dutch "going to"; "gaan naar" is just "go".
      const ct = tokensOf(clause);
      const last = ct[ct.length - 1];
      const next = tokens[ti + 1];
      const notVerb = /^(?:samen|boven|beneden|binnen|buiten|open|even|tegen|tussen|zonder|alleen|geen|hen|ten|verder|eruit|erop|eraan)$/;
      if (
        !last ||
        last.start <= h.start ||
        !/en$/.test(last.lower) ||
        notVerb.test(last.lower) ||
        (next && /^(?:naar|uit|door|over|mee|weg|terug|samen|hand)$/.test(next.lower))
      )
        continue;
    }
    cues.push({ ...h, kind, clause, secondary: secondaryClause(clause) });
  }

  // "Komende week stemt de Kamer": a time ahead and a verb in the present forecast a scheduled event.
  const ahead = SCHEDULED[language].exec(text);
  if (ahead && !excluded.some((x) => x.start <= ahead.index && ahead.index < x.end) && !hasPastVerb(tokens, language)) {
    const clause = clauseIndex(clauses, ahead.index);
    const r = { start: ahead.index, end: ahead.index + ahead[0].length };
    if (!cues.some((c) => overlaps(c, r))) {
      cues.push({
        ...r,
        text: ahead[0],
        def: { phrase: ahead[0], cls: "WILL", kind: "scheduled" },
        kind: "scheduled",
        clause,
        secondary: secondaryClause(clause),
      });
      cues.sort((a, b) => a.start - b.start);
    }
  }

  // Degree words ("kaum", "zeker", "hardly") count only with a future or modal verb in their clause.
  const modalClauses = new Set(cues.filter((c) => c.kind !== "degree" && !TIED_TO_VERB.test(c.text.toLowerCase())).map((c) => c.clause));
  const kept = cues.filter((c) => !(TIED_TO_VERB.test(c.text.toLowerCase()) && c.kind === "degree" && !modalClauses.has(c.clause)));
  const withKinds = kept.map((c) => (c.kind === "degree" ? { ...c, kind: "level" as const } : c));
  const live = withKinds.filter((c) => !pastClauses.has(c.clause));

  return { cues: live, negations: findNegations(text, language, live, clauses, excluded), tokens, clauses, pastClauses };
}

function findNegations(text: string, language: Language, cues: CueHit[], clauses: Range[], excluded: readonly Range[]): NegationHit[] {
  const blocked = notNegations(text, language);
  const negWords = new Set(NEGATIONS[language]);
  const out: NegationHit[] = [];
  for (const t of tokenize(text)) {
    const isNeg = negWords.has(t.lower) || (language === "en" && /n['’]t$/.test(t.lower));
    if (!isNeg) continue;
    if (blocked.some((b) => overlaps(b, t)) || excluded.some((x) => overlaps(x, t))) continue;
    // A negation inside a cue that already contains it ("nicht auszuschließen", "zal niet") is spent.
    if (cues.some((c) => c.start <= t.start && t.end <= c.end)) continue;
    out.push({ start: t.start, end: t.end, text: t.text, clause: clauseIndex(clauses, t.start) });
  }
  return out;
}
