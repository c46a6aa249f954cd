/**
 * Conditional forecasts ("if X, then Y"): finds the condition clause so it can be stored apart
 * (scoring.md: a forecast whose condition is not met is annulled, not scored) and so its verbs
 * are not read as the forecast's. Concessive clauses ("selbst wenn", "even if", "zelfs als")
 * are found too but are no condition: the forecast holds either way.
 */
import { isCapitalised, isLowercase, type Token, tokenize } from "./tokens";
import type { Language } from "./types";

export interface ConditionMatch {
  /** The condition clause, verbatim, from its conjunction on. */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  cue: string;
  /** "selbst wenn / even if / zelfs als": not a condition of the forecast. */
  concessive: boolean;
  /** "in diesem Fall / in that case": refers to a condition stated in an earlier sentence. */
  anaphoric?: boolean;
}

const CONJUNCTIONS: Record<Language, RegExp> = {
  de: /^(?:wenn|falls|sofern|solange|sobald)$/,
  nl: /^(?:als|indien|mits|tenzij|wanneer|zodra)$/,
  en: /^(?:if|unless|once)$/,
};
/** Multi-word conditional openers; "im Falle X" / "in the event of X" take a noun phrase. */
const PHRASES: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:(?<ana>in\s+(?:diesem|dem|einem\s+solchen)\s+(?:Fall|Falle|Szenario))|(?<np>im\s+Falle?|bei\s+einem|bei\s+einer)|für\s+den\s+Fall,?\s+dass|vorausgesetzt,?\s+dass|unter\s+der\s+Bedingung,?\s+dass)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:(?<ana>in\s+(?:dat|dit|zo'n)\s+(?:geval|scenario))|(?<np>in\s+(?:het\s+)?geval\s+van)|in\s+het\s+geval\s+dat|op\s+voorwaarde\s+dat|in\s+geval\s+dat)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:(?<ana>in\s+(?:that|this|such\s+a)\s+(?:case|scenario|event))|(?<np>in\s+the\s+event\s+of|in\s+case\s+of)|in\s+the\s+event\s+that|provided\s+(?:that\s+)?|as\s+long\s+as|on\s+condition\s+that)(?![\p{L}])/giu,
};
const WITHOUT: Record<Language, RegExp> = {
  de: /(?<![\p{L}])ohne(?![\p{L}])/giu,
  nl: /(?<![\p{L}])zonder(?![\p{L}])/giu,
  en: /(?<![\p{L}])without(?![\p{L}])/giu,
};
const HYPOTHETICAL: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:würde|würden|wäre|wären)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zou|zouden)(?![\p{L}])/iu,
  en: /(?<![\p{L}])would(?![\p{L}])/iu,
};

/** Verb-first conditions at the start of a sentence: "Sollte X ..., Y", "Mocht X ..., Y", "Should X ..., Y". */
const VERB_FIRST: Record<Language, RegExp> = {
  de: /^(?:sollte|sollten)$/,
  nl: /^(?:mocht|mochten)$/,
  en: /^(?:should|were|had)$/,
};
const CONCESSIVE_BEFORE: Record<Language, RegExp> = {
  de: /^(?:selbst|auch|sogar)$/,
  nl: /^(?:zelfs|ook)$/,
  en: /^(?:even)$/,
};
/** Words that start a sentence or clause before a fronted condition ("Aber wenn ...", "En als ..."). */
const LEAD = /^(?:und|aber|doch|denn|dann|also|en|maar|want|dus|and|but|so|then|yet)$/;
const THEN = /^(?:dann|so|dan|then)$/;
/** English "if" after these opens an indirect question, not a condition ("ask if", "unclear if"). */
const QUESTION_VERB = /^(?:ask|asks|asked|know|knows|knew|see|wonder|wonders|wondered|unclear|clear|doubt|check|decide|determine|whether)$/;
const DUTCH_FIXED_ALS = /^als\s+(?:gevolg|eerste|laatste|zodanig|het\s+ware|geheel|volgt|reactie|geen\s+ander|voorbeeld)(?![\p{L}])/iu;

const FUNCTION_WORDS = new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einen",
  "einem",
  "einer",
  "eines",
  "und",
  "oder",
  "aber",
  "in",
  "im",
  "am",
  "an",
  "auf",
  "mit",
  "von",
  "vom",
  "zu",
  "zum",
  "zur",
  "für",
  "bei",
  "nach",
  "aus",
  "über",
  "unter",
  "vor",
  "sich",
  "es",
  "er",
  "sie",
  "wir",
  "nicht",
  "auch",
  "noch",
  "de",
  "het",
  "een",
  "en",
  "of",
  "maar",
  "van",
  "met",
  "voor",
  "naar",
  "uit",
  "op",
  "bij",
  "aan",
  "om",
  "te",
  "zich",
  "er",
  "niet",
  "ook",
  "nog",
  "dat",
  "die",
]);
const DUTCH_AUX = /^(?:zal|zullen|zult|zou|zouden|kan|kunnen|kunt|moet|moeten|mag|mogen|wil|willen)$/;
const DUTCH_FINITE =
  /^(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|zal|zullen|zou|zouden|kan|kunnen|kon|konden|moet|moeten|mag|mogen|wil|willen|gaat|gaan|komt|komen|blijft|blijven|rest|dan)$/;

function verbish(t: Token | undefined, language: Language): boolean {
  if (!t || !isLowercase(t.text) || FUNCTION_WORDS.has(t.lower)) return false;
  if (language === "de") return /(?:t|en|ern|eln|te|ten|st)$/.test(t.lower) || /^(?:ist|sind|war|hat|kann|muss|soll|will|mag|wäre|hätte)$/.test(t.lower);
  if (language === "nl") return DUTCH_FINITE.test(t.lower) || /(?:t|dt|en|de|te|den|ten)$/.test(t.lower);
  return true;
}

const BOUNDARY = /[,;:()–—]/g;

/** Offsets (in the sentence) of the clause boundaries after `from`. */
function boundariesAfter(sentence: string, from: number): number[] {
  const out: number[] = [];
  for (const m of sentence.slice(from).matchAll(BOUNDARY)) out.push(from + m.index);
  return out;
}

function lastTokenBefore(tokens: Token[], pos: number): Token | undefined {
  return [...tokens].reverse().find((t) => t.end <= pos);
}
function firstTokenAfter(tokens: Token[], pos: number): Token | undefined {
  return tokens.find((t) => t.start >= pos);
}

/**
 * Where a condition clause that starts at `from` ends. German subordinate clauses end with their
 * verb, so a boundary after a noun ("falls Italien, Spanien und ...") is an enumeration, not the end.
 */
function clauseEnd(sentence: string, tokens: Token[], from: number, language: Language, fronted: boolean): number | null {
  // Dutch: the main clause opens with its modal right after the condition's verb, comma or not:
  // "Als het kabinet valt kunnen er verkiezingen komen", "Zodra de wet is aangenomen zal de prijs ...".
  const aux = language === "nl" ? dutchMainClauseStart(tokens, from) : null;
  for (const b of boundariesAfter(sentence, from)) {
    if (aux !== null && aux < b) return aux;
    const before = lastTokenBefore(tokens, b);
    const after = firstTokenAfter(tokens, b + 1);
    if (language === "de" && !verbish(before, language)) continue;
    if (fronted && language === "nl" && !(verbish(after, language) || (after && THEN.test(after.lower)))) continue;
    return b;
  }
  if (fronted) {
    const then = tokens.find((t) => t.start > from && THEN.test(t.lower) && (language !== "de" || t.lower === "dann"));
    if (then) return then.start;
    return aux;
  }
  return aux ?? sentence.replace(/[.!?…"“”'’»«]+\s*$/u, "").length;
}

/** Offset of a Dutch modal that directly follows a finite verb after `from`, or null. */
function dutchMainClauseStart(tokens: Token[], from: number): number | null {
  const i = tokens.findIndex(
    (t, k) =>
      t.start > from &&
      k > 0 &&
      DUTCH_AUX.test(t.lower) &&
      tokens[k - 1]!.start > from &&
      /(?:t|dt|en)$/.test(tokens[k - 1]!.lower) &&
      verbish(tokens[k - 1], "nl"),
  );
  return i > 0 ? tokens[i]!.start : null;
}

/** "im Falle einer Einigung mit den Gewerkschaften": up to the noun phrase's last noun. */
function nounPhraseEnd(sentence: string, tokens: Token[], from: number, language: Language): number {
  const rest = tokens.filter((t) => t.start >= from);
  const stop = boundariesAfter(sentence, from)[0] ?? sentence.length;
  if (language !== "de") {
    const aux = rest.find((t) => t.start < stop && /^(?:will|would|could|might|may|can|zal|zou|zouden|kan|kunnen|zullen)$/.test(t.lower));
    const limit = rest[Math.min(rest.length, 8) - 1];
    return Math.min(stop, aux ? aux.start - 1 : stop, limit ? limit.end : stop);
  }
  let end = from;
  let sawNoun = false;
  for (let i = 0; i < rest.length && rest[i]!.start < stop; i++) {
    const t = rest[i]!;
    if (isCapitalised(t.text)) {
      end = t.end;
      sawNoun = true;
      const next = rest[i + 1];
      if (!next || !/^(?:an|von|mit|zwischen|gegen|für|des|der|eines|einer|zu|zum|zur|über)$/.test(next.lower)) break;
    } else if (sawNoun && !/^(?:an|von|mit|zwischen|gegen|für|des|der|eines|einer|zu|zum|zur|über|dem|den|die|das)$/.test(t.lower)) {
      break;
    } else {
      end = t.end;
    }
  }
  return end;
}

/** "Without US support | the deal would ...", "Zonder steun van de VS | zou ...": up to a comma, the verb, or (English) the subject's article. */
function withoutEnd(sentence: string, tokens: Token[], from: number, language: Language): number {
  const stop = boundariesAfter(sentence, from)[0] ?? sentence.length;
  const rest = tokens.filter((t) => t.start >= from && t.start < stop);
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i]!;
    if (HYPOTHETICAL[language].test(t.text) || (language === "en" && i > 0 && /^(?:the|a|an|this|that|it|he|she|they|we|its|their)$/.test(t.lower)))
      return rest[i - 1]?.end ?? from;
  }
  return stop;
}

function trimmed(sentence: string, start: number, end: number): { text: string; start: number; end: number } {
  const raw = sentence.slice(start, end);
  const text = raw.replace(/[\s,;:–—]+$/u, "");
  return { text, start, end: start + text.length };
}

function allConditions(sentence: string, language: Language): ConditionMatch[] {
  const tokens = tokenize(sentence);
  const found: ConditionMatch[] = [];
  const first = tokens[0];
  const headIndex = first && LEAD.test(first.lower) ? 1 : 0;

  tokens.forEach((t, i) => {
    if (!CONJUNCTIONS[language].test(t.lower)) return;
    const prev = tokens[i - 1];
    const charBefore = sentence.slice(0, t.start).trimEnd().slice(-1);
    const clauseInitial = i === headIndex || /[,;:(–—]/.test(charBefore);
    if (language === "en" && t.lower === "if" && prev && QUESTION_VERB.test(prev.lower)) return;
    if (language === "de" && prev && /^(?:als|wie)$/.test(prev.lower)) return; // "als wenn": as if
    if (language === "nl" && t.lower === "als" && (!clauseInitial || DUTCH_FIXED_ALS.test(sentence.slice(t.start)))) return;
    // "nicht erst, wenn ...", "not only if ...": the clause denies a condition.
    const before2 = tokens
      .slice(Math.max(0, i - 2), i)
      .map((x) => x.lower)
      .join(" ");
    if (/^(?:nicht|niet|not)\s+(?:erst|nur|pas|alleen|only|just)$/.test(before2)) return;
    // "selbst wenn", "auch wenn", "wenn auch", "zelfs als", "even if"
    const concessive = (!!prev && CONCESSIVE_BEFORE[language].test(prev.lower)) || (language === "de" && tokens[i + 1]?.lower === "auch");
    // "wenn nicht länger", "wenn auch nicht in dem Maße": an elliptical aside, not a clause.
    if (/^(?:nicht|auch|sogar|gar|überhaupt|niet|ook|not|ever)$/.test(tokens[i + 1]?.lower ?? "")) {
      const stop = boundariesAfter(sentence, t.end)[0] ?? sentence.length;
      if (!tokens.some((x) => x.start > tokens[i + 1]!.start && x.end <= stop && verbish(x, language) && language !== "en")) return;
    }
    const start = prev && concessive ? prev.start : t.start;
    const end = clauseEnd(sentence, tokens, t.end, language, i === headIndex);
    if (end === null) return;
    const inner = tokens.filter((x) => x.start > t.start && x.end <= end);
    if (inner.length < 2 || (language !== "en" && !inner.some((x) => verbish(x, language)))) return;
    found.push({ ...trimmed(sentence, start, end), cue: t.text, concessive });
  });

  for (const m of sentence.matchAll(PHRASES[language])) {
    const from = m.index + m[0].length;
    if (m.groups?.ana) {
      // "in diesem Fall", "in that case": the condition was stated before; keep the reference.
      found.push({ text: m[0], start: m.index, end: from, cue: m[0], concessive: false, anaphoric: true });
      continue;
    }
    const end = m.groups?.np
      ? nounPhraseEnd(sentence, tokens, from, language)
      : clauseEnd(sentence, tokens, from, language, m.index === (tokens[headIndex]?.start ?? 0));
    if (end === null || end <= from) continue;
    found.push({ ...trimmed(sentence, m.index, end), cue: m[0], concessive: false });
  }

  // "Zonder steun van de VS zou het akkoord mislukken", "without US support the deal would collapse":
  // with a hypothetical verb, "without X" is the condition (not X).
  if (HYPOTHETICAL[language].test(sentence)) {
    for (const m of sentence.matchAll(WITHOUT[language])) {
      const from = m.index + m[0].length;
      const end = withoutEnd(sentence, tokens, from, language);
      if (end > from) found.push({ ...trimmed(sentence, m.index, end), cue: m[0], concessive: false });
    }
  }

  const head = tokens[headIndex];
  if (head && VERB_FIRST[language].test(head.lower)) {
    const end = clauseEnd(sentence, tokens, head.end, language, true);
    if (end !== null) found.push({ ...trimmed(sentence, head.start, end), cue: head.text, concessive: false });
  }

  // The condition must leave a consequence: a clause that is the whole sentence is no "if X, then Y".
  const rest = (c: ConditionMatch) => tokenize(`${sentence.slice(0, c.start)} ${sentence.slice(c.end)}`).length;
  return found.filter((c) => rest(c) >= 3).sort((a, b) => a.start - b.start);
}

/** The condition of a sentence, or null. At most one: the first one found. */
export function findCondition(sentence: string, language: Language): ConditionMatch | null {
  return allConditions(sentence, language)[0] ?? null;
}

/** Every condition clause of a sentence (not the concessive ones), in text order. */
export function conditionsIn(sentence: string, language: Language): ConditionMatch[] {
  return allConditions(sentence, language).filter((c) => !c.concessive);
}
