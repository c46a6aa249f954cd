/**
 * The words that make a sentence a forecast, per language: the lexicon's phrases (imported, never
 * copied) and the inflected or synonymous forms a text uses for them, each mapped to a phrase of
 * the lexicon so that the class always comes from LEXICON.
 *
 * Every cue has a kind, which decides how it combines with the others:
 * - "level": a likelihood word ("wahrscheinlich", "onwaarschijnlijk", "could"); several of them in
 *   one forecast are a double hedge and the weaker wins.
 * - "degree": a likelihood word that is also a plain adverb ("kaum", "zeker", "hardly"): it only
 *   counts next to a future or modal verb.
 * - carriers: verbs that make the sentence about the future but whose class yields to any level
 *   word ("wird wahrscheinlich" is LIKELY): "future" (wird + infinitive, zal, will), "plan"
 *   (soll: planned or reported), "should" (sollte), "ability" (kann, kan, can), "hypothetical"
 *   (würde, zou, would), "become" (German "wird" without an infinitive: "wird zum Faktor").
 * - "prospect": words that place an event ahead ("steht bevor", "in het verschiet", "on the verge of",
 *   "bereit, ... zu"): a carrier with the class WILL.
 * - "forecast-verb": a verb of expecting, predicting or committing ("erwartet", "voorspelt",
 *   "expects", "zugesagt ... zu"), which needs what is expected after it ("dass", "te", "to").
 * - "scheduled": a time ahead with a verb in the present ("Komende week stemt de Kamer", "next week
 *   the Senate votes", "nächste Woche entscheidet"): the present tense used for the future.
 * - "conditional" and "deadline" are not words of the table: a sentence with a fronted condition
 *   ("Als X, rest Y ...") or an explicit deadline ("nicht vor 2040") and no other cue is a forecast
 *   stated in the present tense.
 */
import { LEXICON, LEXICON_CLASSES, type LexiconClass } from "../lexicon/lexicon";
import type { Language } from "./types";

export type CueKind =
  | "level"
  | "degree"
  | "future"
  | "prospect"
  | "plan"
  | "should"
  | "ability"
  | "hypothetical"
  | "become"
  | "forecast-verb"
  | "conditional"
  | "deadline"
  | "scheduled";

export interface CueDef {
  phrase: string;
  cls: LexiconClass;
  kind: CueKind;
}

export const CARRIER_KINDS: readonly CueKind[] = [
  "future",
  "prospect",
  "plan",
  "should",
  "ability",
  "hypothetical",
  "become",
  "conditional",
  "deadline",
  "scheduled",
];

/** Lexicon phrases that are carriers or degree words rather than likelihood words. */
const LEXICON_KINDS: Record<Language, Record<string, CueKind>> = {
  de: { wird: "future", "wird nicht": "future", sicher: "degree", kaum: "degree", offen: "degree", möglich: "degree" },
  nl: { zal: "future", "zal niet": "future", zeker: "degree", nauwelijks: "degree", mogelijk: "degree", kunnen: "ability" },
  en: { will: "future", "will not": "future", "won't": "future", "is going to": "future", certainly: "degree", hardly: "degree", possible: "degree" },
};

/**
 * Other forms, each mapped to the lexicon phrase whose class it takes. Inflections first, then
 * synonyms the lexicon does not list; `kind` overrides the kind of the target phrase.
 */
const VARIANTS: Record<Language, Array<[form: string, lexiconPhrase: string, kind?: CueKind]>> = {
  de: [
    ["wird wohl", "wahrscheinlich", "level"],
    ["werden wohl", "wahrscheinlich", "level"],
    ["werden", "wird", "future"],
    ["werde", "wird", "future"],
    ["wirst", "wird", "future"],
    ["werdet", "wird", "future"],
    ["dürften", "dürfte"],
    ["könnten", "könnte"],
    ["womöglich", "möglicherweise"],
    ["eventuell", "vielleicht"],
    ["kann", "könnte", "ability"],
    ["können", "könnte", "ability"],
    ["könne", "könnte", "ability"],
    ["soll", "wird", "plan"],
    ["sollen", "wird", "plan"],
    ["solle", "wird", "plan"],
    ["sollte", "wahrscheinlich", "should"],
    ["sollten", "wahrscheinlich", "should"],
    ["würde", "wird", "hypothetical"],
    ["würden", "wird", "hypothetical"],
    ["wäre", "wird", "hypothetical"],
    ["wären", "wird", "hypothetical"],
    ["unvermeidlich", "sicher", "level"],
    ["unausweichlich", "sicher", "level"],
    ["zwangsläufig", "sicher", "level"],
    ["ungewiss", "offen", "degree"],
    ["unsicher", "offen", "degree"],
    ["hätte", "wird", "hypothetical"],
    ["hätten", "wird", "hypothetical"],
    ["schwer vorstellbar", "kaum", "level"],
    ["kaum vorstellbar", "kaum", "level"],
    ["vorstellbar", "möglich", "level"],
    ["denkbar", "möglich", "level"],
    ["undenkbar", "ausgeschlossen", "level"],
    ["unvorstellbar", "ausgeschlossen", "level"],
    ["scheint", "wahrscheinlich", "degree"],
    ["scheinen", "wahrscheinlich", "degree"],
    ["erscheint", "wahrscheinlich", "degree"],
    ["erscheinen", "wahrscheinlich", "degree"],
    ["bevorsteht", "wird", "prospect"],
    ["bevorstehen", "wird", "prospect"],
    ["steht bevor", "wird", "prospect"],
    ["stehen bevor", "wird", "prospect"],
    ["in Aussicht", "wird", "prospect"],
    ["kurz vor", "wird", "prospect"],
    ["bereit", "wird", "prospect"],
    ["absehbar", "wird", "prospect"],
    ["zugesagt", "wird", "forecast-verb"],
    ["versprochen", "wird", "forecast-verb"],
    ["verspricht", "wird", "forecast-verb"],
    ["versprach", "wird", "forecast-verb"],
    ["angekündigt", "wird", "forecast-verb"],
    ["kündigte an", "wird", "forecast-verb"],
    ["kündigt an", "wird", "forecast-verb"],
    ["kündigten an", "wird", "forecast-verb"],
    ["beabsichtigt", "wird", "forecast-verb"],
    ["plant", "wird", "forecast-verb"],
    ["planen", "wird", "forecast-verb"],
    ["erwartet", "voraussichtlich", "forecast-verb"],
    ["erwarten", "voraussichtlich", "forecast-verb"],
    ["erwartete", "voraussichtlich", "forecast-verb"],
    ["rechnet damit", "voraussichtlich", "forecast-verb"],
    ["rechnen damit", "voraussichtlich", "forecast-verb"],
    ["gehen davon aus", "voraussichtlich", "forecast-verb"],
    ["geht davon aus", "voraussichtlich", "forecast-verb"],
    ["prognostizieren", "wird", "forecast-verb"],
    ["prognostiziert", "wird", "forecast-verb"],
    ["prognostizierte", "wird", "forecast-verb"],
    ["ist geplant", "wird", "prospect"],
    ["sind geplant", "wird", "prospect"],
    ["geplant ist", "wird", "prospect"],
    ["steht an", "wird", "prospect"],
    ["stehen an", "wird", "prospect"],
    ["Chancen stehen gut", "gute Chancen", "level"],
    ["sieht danach aus", "wahrscheinlich", "level"],
    ["sieht so aus", "wahrscheinlich", "level"],
    ["bezweifelt", "wohl nicht", "forecast-verb"],
    ["bezweifeln", "wohl nicht", "forecast-verb"],
    ["bezweifelte", "wohl nicht", "forecast-verb"],
    ["Erwartung ist", "voraussichtlich", "forecast-verb"],
    ["wird erwartet", "voraussichtlich", "forecast-verb"],
    ["vorhergesagt", "wird", "forecast-verb"],
    ["voraussagen", "wird", "forecast-verb"],
    ["vorausgesagt", "wird", "forecast-verb"],
    ["prophezeit", "wird", "forecast-verb"],
  ],
  nl: [
    ["zal wel", "waarschijnlijk", "level"],
    ["zullen wel", "waarschijnlijk", "level"],
    ["zullen", "zal", "future"],
    ["zult", "zal", "future"],
    ["zullen niet", "zal niet", "future"],
    ["zouden kunnen", "zou kunnen"],
    ["wellicht", "misschien"],
    ["mogelijkerwijs", "misschien"],
    ["eventueel", "misschien"],
    ["kan", "kunnen", "ability"],
    ["zou", "zal", "hypothetical"],
    ["zouden", "zal", "hypothetical"],
    ["onvermijdelijk", "zeker", "level"],
    ["onzeker", "gelijke kans", "degree"],
    ["moeilijk voorstelbaar", "nauwelijks", "level"],
    ["nauwelijks voorstelbaar", "nauwelijks", "level"],
    ["voorstelbaar", "mogelijk", "level"],
    ["denkbaar", "mogelijk", "level"],
    ["ondenkbaar", "uitgesloten", "level"],
    ["onvoorstelbaar", "uitgesloten", "level"],
    ["lijkt", "waarschijnlijk", "degree"],
    ["lijken", "waarschijnlijk", "degree"],
    ["schijnt", "waarschijnlijk", "degree"],
    ["gaat", "zal", "future"],
    ["gaan", "zal", "future"],
    ["in het verschiet", "zal", "prospect"],
    ["aan de horizon", "zal", "prospect"],
    ["op til", "zal", "prospect"],
    ["op komst", "zal", "prospect"],
    ["op het punt", "zal", "prospect"],
    ["klaar staan", "zal", "prospect"],
    ["klaar staat", "zal", "prospect"],
    ["bereid", "zal", "prospect"],
    ["beloofd", "zal", "forecast-verb"],
    ["belooft", "zal", "forecast-verb"],
    ["beloofde", "zal", "forecast-verb"],
    ["toegezegd", "zal", "forecast-verb"],
    ["aangekondigd", "zal", "forecast-verb"],
    ["van plan", "zal", "forecast-verb"],
    ["voornemens", "zal", "forecast-verb"],
    ["verwacht", "naar verwachting", "forecast-verb"],
    ["verwachten", "naar verwachting", "forecast-verb"],
    ["verwachtte", "naar verwachting", "forecast-verb"],
    ["staat gepland", "zal", "prospect"],
    ["staan gepland", "zal", "prospect"],
    ["op de agenda", "zal", "prospect"],
    ["kans is groot", "grote kans", "level"],
    ["kans is klein", "kleine kans", "level"],
    ["kansen zijn groot", "grote kans", "level"],
    ["ziet ernaar uit", "waarschijnlijk", "level"],
    ["ziet er naar uit", "waarschijnlijk", "level"],
    ["het laat zich aanzien", "waarschijnlijk", "level"],
    ["betwijfelt", "waarschijnlijk niet", "forecast-verb"],
    ["betwijfelen", "waarschijnlijk niet", "forecast-verb"],
    ["betwijfelde", "waarschijnlijk niet", "forecast-verb"],
    ["verwachting is", "naar verwachting", "forecast-verb"],
    ["wordt verwacht", "naar verwachting", "forecast-verb"],
    ["voorspelt", "zal", "forecast-verb"],
    ["voorspellen", "zal", "forecast-verb"],
    ["voorspelde", "zal", "forecast-verb"],
    ["voorspeld", "zal", "forecast-verb"],
  ],
  en: [
    ["'ll", "will", "future"],
    ["shall", "will", "future"],
    ["are going to", "is going to"],
    ["am going to", "is going to"],
    ["'s going to", "is going to"],
    ["probable", "probably"],
    ["perhaps", "might"],
    ["maybe", "might"],
    ["possibly", "might"],
    ["can", "could", "ability"],
    ["should", "likely", "should"],
    ["would", "will", "hypothetical"],
    ["inevitable", "certainly", "level"],
    ["inevitably", "certainly", "level"],
    ["uncertain", "toss-up", "degree"],
    ["hard to imagine", "hardly", "level"],
    ["difficult to imagine", "hardly", "level"],
    ["hard to see", "hardly", "level"],
    ["conceivable", "possible", "level"],
    ["imaginable", "possible", "level"],
    ["unthinkable", "impossible", "level"],
    ["inconceivable", "impossible", "level"],
    ["seems", "likely", "degree"],
    ["seem", "likely", "degree"],
    ["appears", "likely", "degree"],
    ["on the verge of", "will", "prospect"],
    ["on the brink of", "will", "prospect"],
    ["on the horizon", "will", "prospect"],
    ["in the offing", "will", "prospect"],
    ["about to", "will", "prospect"],
    ["poised to", "will", "prospect"],
    ["ready to", "will", "prospect"],
    ["prepared to", "will", "prospect"],
    ["promised", "will", "forecast-verb"],
    ["promises", "will", "forecast-verb"],
    ["pledged", "will", "forecast-verb"],
    ["pledges", "will", "forecast-verb"],
    ["announced", "will", "forecast-verb"],
    ["plans", "will", "forecast-verb"],
    ["intends", "will", "forecast-verb"],
    ["vowed", "will", "forecast-verb"],
    ["expects", "expected to", "forecast-verb"],
    ["expect", "expected to", "forecast-verb"],
    ["expected", "expected to", "forecast-verb"],
    ["is set to", "will", "prospect"],
    ["are set to", "will", "prospect"],
    ["looks set to", "likely", "level"],
    ["is due to", "will", "prospect"],
    ["are due to", "will", "prospect"],
    ["scheduled to", "will", "prospect"],
    ["slated to", "will", "prospect"],
    ["on track to", "likely", "level"],
    ["is planned", "will", "prospect"],
    ["are planned", "will", "prospect"],
    ["chances are", "likely", "level"],
    ["odds are", "likely", "level"],
    ["doubts", "probably not", "forecast-verb"],
    ["doubted", "probably not", "forecast-verb"],
    ["expectation is", "expected to", "forecast-verb"],
    ["is confident", "likely", "forecast-verb"],
    ["predicts", "will", "forecast-verb"],
    ["predict", "will", "forecast-verb"],
    ["predicted", "will", "forecast-verb"],
    ["forecasts", "will", "forecast-verb"],
  ],
};

function classOfPhrase(language: Language, phrase: string): LexiconClass {
  const p = phrase.toLowerCase();
  for (const cls of LEXICON_CLASSES) {
    if (LEXICON[cls].phrases[language].some((x) => x.toLowerCase() === p)) return cls;
  }
  throw new Error(`cue table refers to "${phrase}", which is not a ${language} phrase of the lexicon`);
}

const cache = new Map<Language, CueDef[]>();

/** All cues of a language, longest phrase first (so "nicht auszuschließen" beats "nicht"). */
export function cuesFor(language: Language): CueDef[] {
  const hit = cache.get(language);
  if (hit) return hit;
  const defs: CueDef[] = [];
  for (const cls of LEXICON_CLASSES) {
    for (const phrase of LEXICON[cls].phrases[language]) {
      defs.push({ phrase, cls, kind: LEXICON_KINDS[language][phrase.toLowerCase()] ?? "level" });
    }
  }
  for (const [form, target, kind] of VARIANTS[language]) {
    const cls = classOfPhrase(language, target);
    defs.push({ phrase: form, cls, kind: kind ?? LEXICON_KINDS[language][target.toLowerCase()] ?? "level" });
  }
  defs.sort((a, b) => b.phrase.length - a.phrase.length);
  cache.set(language, defs);
  return defs;
}

export const NEGATIONS: Record<Language, readonly string[]> = {
  de: ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nimmer", "nichts", "niemand"],
  nl: ["niet", "geen", "nooit", "nimmer", "niets", "niemand"],
  en: ["not", "no", "never", "cannot", "n't", "nothing", "nobody", "none"],
};

/**
 * Times ahead that make a present-tense sentence a forecast of a scheduled event ("Komende week
 * stemt de Kamer", "next week the Senate votes", "nächste Woche entscheidet der Bundestag").
 */
const WEEKDAYS: Record<Language, string> = {
  de: "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag",
  nl: "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
  en: "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
};
export const SCHEDULED: Record<Language, RegExp> = {
  de: new RegExp(
    `(?<![\\p{L}])(?:morgen|übermorgen|(?:nächste|kommende)[nrs]?\\s+(?:Woche|Monat|Jahr|Wochenende|Tagen|Wochen|Monaten|Jahren|${WEEKDAYS.de})|im\\s+(?:nächsten|kommenden)\\s+(?:Monat|Jahr|Frühjahr|Sommer|Herbst|Winter)|in\\s+den\\s+(?:nächsten|kommenden)\\s+(?:Tagen|Wochen|Monaten|Jahren)|später\\s+in\\s+dieser\\s+Woche|am\\s+kommenden\\s+(?:${WEEKDAYS.de}))(?![\\p{L}])`,
    "iu",
  ),
  nl: new RegExp(
    `(?<![\\p{L}])(?:morgen|overmorgen|(?:komende|volgende|aanstaande)\\s+(?:week|maand|jaar|weekend|dagen|weken|maanden|jaren|${WEEKDAYS.nl})|volgend\\s+jaar|later\\s+deze\\s+(?:week|maand)|in\\s+de\\s+komende\\s+(?:dagen|weken|maanden|jaren))(?![\\p{L}])`,
    "iu",
  ),
  en: new RegExp(
    `(?<![\\p{L}])(?:tomorrow|next\\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|${WEEKDAYS.en})|later\\s+(?:today|this\\s+(?:week|month|year)|on\\s+(?:${WEEKDAYS.en}))|in\\s+the\\s+coming\\s+(?:days|weeks|months|years)|this\\s+coming\\s+(?:week|month|${WEEKDAYS.en}))(?![\\p{L}])`,
    "iu",
  ),
};

/** Phrases that contain a negation word but do not negate the event ("nicht nur ... sondern auch"). */
export const NOT_NEGATIONS: Record<Language, readonly string[]> = {
  de: ["nicht nur", "nicht zuletzt", "nicht allein", "nicht mehr nur", "nicht erst"],
  nl: ["niet alleen", "niet in de laatste plaats", "niet enkel"],
  en: ["not only", "not least", "not just", "no doubt"],
};

/** "sehr / zeer / highly" move a class outward; "eher / eerder / rather" toward 0.5. */
export const OUTWARD: Record<Language, readonly string[]> = {
  de: ["sehr", "höchst", "äußerst", "extrem", "überaus", "ausgesprochen"],
  nl: ["zeer", "heel", "erg", "hoogst", "uiterst", "bijzonder"],
  en: ["very", "highly", "extremely", "exceedingly"],
};
export const INWARD: Record<Language, readonly string[]> = {
  de: ["eher", "ziemlich", "einigermaßen"],
  nl: ["eerder", "vrij", "redelijk"],
  en: ["rather", "fairly", "somewhat", "quite"],
};
/** "weniger wahrscheinlich", "less likely": read as the negation of the word that follows. */
export const LESS: Record<Language, readonly string[]> = { de: ["weniger"], nl: ["minder"], en: ["less"] };
