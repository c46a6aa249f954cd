/**
 * The probability lexicon: verbal expressions of likelihood mapped to a point probability and a
 * range, in English, German and Dutch.
 *
 * Version "v0" is the starting lexicon of docs/scoring.md (section 1). Points and ranges come from
 * reader surveys: the CAPphrase survey (Kucharski, n = 5,174, CC-BY), Mauboussin & Mauboussin
 * (HBR 2018, n ~ 1,700) and the "perceptions of probability" survey (n = 46), cross-checked
 * against Sherman Kent (CIA, 1964), US ICD 203 (ODNI, 2015) and the UK PHIA yardstick.
 * The German and Dutch cue words are translations, not survey results. NOT_RULED_OUT has no
 * survey behind it: its numbers are a judgement, stated as such.
 *
 * Every probability here is the probability of the event as the phrase states it, in [0, 1].
 */
export const LEXICON_VERSION = "v0";

export const LEXICON_CLASSES = [
  "WILL",
  "ALMOST_CERTAIN",
  "VERY_LIKELY",
  "GOOD_CHANCE",
  "LIKELY",
  "BETTER_THAN_EVEN",
  "REAL_POSSIBILITY",
  "EVEN",
  "POSSIBLE",
  "NOT_RULED_OUT",
  "PROBABLY_NOT",
  "UNLIKELY",
  "LITTLE_CHANCE",
  "VERY_UNLIKELY",
  "REMOTE",
  "WILL_NOT",
] as const;

export type LexiconClass = (typeof LEXICON_CLASSES)[number];
export type LexiconLanguage = "en" | "de" | "nl";

export interface LexiconEntry {
  cls: LexiconClass;
  label: string;
  /** Point probability of the event, in [0, 1]. */
  p: number;
  /** Range of readers' interpretations, in [0, 1]. */
  lo: number;
  hi: number;
  /** POSSIBLE and NOT_RULED_OUT commit to little: scored, but flagged (scoring.md section 1). */
  lowInformation: boolean;
  phrases: Record<LexiconLanguage, readonly string[]>;
  source: string;
}

const SURVEYS = "CAPphrase (Kucharski, n=5,174); Mauboussin & Mauboussin, HBR 2018; perceptions-of-probability survey (n=46)";

export const LEXICON: Record<LexiconClass, LexiconEntry> = {
  WILL: {
    cls: "WILL",
    label: "will (bare assertion)",
    p: 0.97,
    lo: 0.91,
    hi: 0.99,
    lowInformation: false,
    phrases: { en: ["will", "is going to", "certainly"], de: ["wird", "sicher", "steht fest"], nl: ["zal", "zeker", "staat vast"] },
    source: `${SURVEYS}; ICD 203 never leaves [0.01, 0.99]`,
  },
  ALMOST_CERTAIN: {
    cls: "ALMOST_CERTAIN",
    label: "almost certain",
    p: 0.95,
    lo: 0.9,
    hi: 0.98,
    lowInformation: false,
    phrases: { en: ["almost certain", "virtually certain"], de: ["so gut wie sicher", "nahezu sicher"], nl: ["vrijwel zeker", "zo goed als zeker"] },
    source: `${SURVEYS}; Kent 1964: 93 +-6; ICD 203: 95-99`,
  },
  VERY_LIKELY: {
    cls: "VERY_LIKELY",
    label: "very likely",
    p: 0.9,
    lo: 0.8,
    hi: 0.9,
    lowInformation: false,
    phrases: { en: ["very likely", "highly likely"], de: ["höchstwahrscheinlich", "sehr wahrscheinlich"], nl: ["zeer waarschijnlijk"] },
    source: `${SURVEYS}; ICD 203: 80-95; PHIA: 80-90`,
  },
  GOOD_CHANCE: {
    cls: "GOOD_CHANCE",
    label: "good chance",
    p: 0.8,
    lo: 0.75,
    hi: 0.85,
    lowInformation: false,
    phrases: { en: ["good chance"], de: ["gute Chancen"], nl: ["grote kans"] },
    source: SURVEYS,
  },
  LIKELY: {
    cls: "LIKELY",
    label: "likely",
    p: 0.7,
    lo: 0.6,
    hi: 0.8,
    lowInformation: false,
    phrases: {
      en: ["likely", "probably", "expected to"],
      de: ["wahrscheinlich", "vermutlich", "dürfte", "voraussichtlich"],
      nl: ["waarschijnlijk", "vermoedelijk", "naar verwachting"],
    },
    source: `${SURVEYS}; Kent 1964: probable 75 +-12; ICD 203: 55-80`,
  },
  BETTER_THAN_EVEN: {
    cls: "BETTER_THAN_EVEN",
    label: "more likely than not",
    p: 0.6,
    lo: 0.55,
    hi: 0.6,
    lowInformation: false,
    phrases: { en: ["more likely than not"], de: ["eher wahrscheinlich"], nl: ["eerder wel dan niet"] },
    source: SURVEYS,
  },
  REAL_POSSIBILITY: {
    cls: "REAL_POSSIBILITY",
    label: "real possibility",
    p: 0.6,
    lo: 0.4,
    hi: 0.75,
    lowInformation: false,
    phrases: { en: ["real possibility", "serious possibility"], de: ["ernsthafte Möglichkeit"], nl: ["reële kans"] },
    source: `${SURVEYS}; PHIA: realistic possibility 40-50`,
  },
  EVEN: {
    cls: "EVEN",
    label: "even chance",
    p: 0.5,
    lo: 0.45,
    hi: 0.55,
    lowInformation: false,
    phrases: { en: ["fifty-fifty", "toss-up"], de: ["50:50", "offen"], nl: ["gelijke kans"] },
    source: `${SURVEYS}; Kent 1964: 50 +-10; ICD 203: 45-55`,
  },
  POSSIBLE: {
    cls: "POSSIBLE",
    label: "possible (low information)",
    p: 0.4,
    lo: 0.25,
    hi: 0.5,
    lowInformation: true,
    phrases: {
      en: ["may", "might", "could", "possible"],
      de: ["könnte", "vielleicht", "möglicherweise", "möglich"],
      nl: ["misschien", "mogelijk", "zou kunnen", "kunnen"],
    },
    source: `${SURVEYS}; Kent 1964 gave "possible" no number`,
  },
  NOT_RULED_OUT: {
    cls: "NOT_RULED_OUT",
    label: "cannot be ruled out (low information)",
    p: 0.3,
    lo: 0.1,
    hi: 0.5,
    lowInformation: true,
    phrases: {
      en: ["cannot be ruled out", "can't be ruled out"],
      de: ["nicht auszuschließen", "nicht ausgeschlossen"],
      nl: ["niet uit te sluiten", "niet uitgesloten"],
    },
    source: "No survey: a judgement of Hindsight's (scoring.md, lexicon v0)",
  },
  PROBABLY_NOT: {
    cls: "PROBABLY_NOT",
    label: "probably not",
    p: 0.25,
    lo: 0.15,
    hi: 0.35,
    lowInformation: false,
    phrases: { en: ["probably not", "doubtful"], de: ["eher nicht", "wohl nicht"], nl: ["waarschijnlijk niet"] },
    source: `${SURVEYS}; Kent 1964: 30 +-10`,
  },
  UNLIKELY: {
    cls: "UNLIKELY",
    label: "unlikely",
    p: 0.2,
    lo: 0.1,
    hi: 0.25,
    lowInformation: false,
    phrases: { en: ["unlikely"], de: ["unwahrscheinlich"], nl: ["onwaarschijnlijk"] },
    source: `${SURVEYS}; ICD 203: 20-45; PHIA: 25-35`,
  },
  LITTLE_CHANCE: {
    cls: "LITTLE_CHANCE",
    label: "little chance",
    p: 0.1,
    lo: 0.05,
    hi: 0.15,
    lowInformation: false,
    phrases: { en: ["little chance", "hardly"], de: ["kaum", "geringe Chance"], nl: ["kleine kans", "nauwelijks"] },
    source: SURVEYS,
  },
  VERY_UNLIKELY: {
    cls: "VERY_UNLIKELY",
    label: "very unlikely",
    p: 0.05,
    lo: 0.05,
    hi: 0.1,
    lowInformation: false,
    phrases: { en: ["highly unlikely", "very unlikely"], de: ["sehr unwahrscheinlich", "höchst unwahrscheinlich"], nl: ["zeer onwaarschijnlijk"] },
    source: `${SURVEYS}; ICD 203: 5-20; PHIA: 10-20`,
  },
  REMOTE: {
    cls: "REMOTE",
    label: "almost no chance",
    p: 0.03,
    lo: 0.01,
    hi: 0.05,
    lowInformation: false,
    phrases: { en: ["almost no chance"], de: ["so gut wie ausgeschlossen"], nl: ["vrijwel uitgesloten"] },
    source: `${SURVEYS}; ICD 203: 1-5; PHIA: remote <=5`,
  },
  WILL_NOT: {
    cls: "WILL_NOT",
    label: "will not (bare negative)",
    p: 0.03,
    lo: 0.01,
    hi: 0.09,
    lowInformation: false,
    phrases: { en: ["will not", "won't", "impossible", "ruled out"], de: ["wird nicht", "ausgeschlossen"], nl: ["zal niet", "uitgesloten", "onmogelijk"] },
    source: `${SURVEYS}; Kent 1964: almost certainly not 7 +-5`,
  },
};

export function isLexiconClass(value: string): value is LexiconClass {
  return (LEXICON_CLASSES as readonly string[]).includes(value);
}

/** Class order from most to least likely, used by the modifier rules. */
const ORDER: readonly LexiconClass[] = LEXICON_CLASSES;

/**
 * "sehr / zeer / highly" move a class one step outward (away from 0.5); "eher / eerder / rather"
 * one step toward 0.5 (scoring.md, rules under the lexicon table).
 */
export function shiftClass(cls: LexiconClass, direction: "outward" | "inward"): LexiconClass {
  const p = LEXICON[cls].p;
  const i = ORDER.indexOf(cls);
  const towardOne = (direction === "outward") === p >= 0.5;
  const j = Math.min(ORDER.length - 1, Math.max(0, towardOne ? i - 1 : i + 1));
  return ORDER[j]!;
}

/** A double hedge ("might possibly", "möglich, aber unwahrscheinlich") takes the weaker class. */
export function weakerClass(a: LexiconClass, b: LexiconClass): LexiconClass {
  // weaker = the one whose event probability is lower commitment toward "it happens"
  return LEXICON[a].p <= LEXICON[b].p ? a : b;
}
