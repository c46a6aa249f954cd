/**
 * A number in the text overrides the words (scoring.md section 1): "30 Prozent Wahrscheinlichkeit",
 * "a 30 per cent chance", "een kans van één op drie", "one in three". A percentage only counts as a
 * probability next to a word for chance: "35 Prozent des BIP" is a share, not a forecast.
 */
import { numberPattern, parseNumber } from "../deadlines/number-words";
import type { Language } from "./types";

const CHANCE: Record<Language, string> = {
  de: "Wahrscheinlichkeit|Chance|Chancen|Risiko|Möglichkeit",
  nl: "kans|kansen|waarschijnlijkheid|risico",
  en: "chance|chances|probability|likelihood|odds|risk",
};
const PERCENT = "(?<pct>\\d{1,3}(?:[.,]\\d+)?)[\\s\\u00a0]*(?:%|prozent|procent|percent|per[\\s\\u00a0]cent)";
const ONE_IN: Record<Language, string> = {
  de: "(?:eins|1)[\\s\\u00a0]+zu[\\s\\u00a0]+(?<n>",
  nl: "(?:één|een|1)[\\s\\u00a0]+op[\\s\\u00a0]+(?:de[\\s\\u00a0]+)?(?<n>",
  en: "(?:one|1)[\\s\\u00a0]+in[\\s\\u00a0]+(?<n>",
};

export interface StatedProbability {
  p: number;
  expression: string;
}

/** Characters between the number and the chance word for the two to count as one phrase. */
const NEAR = 40;

export function findStatedProbability(text: string, language: Language): StatedProbability | null {
  const chance = new RegExp(`(?<![\\p{L}])(?:${CHANCE[language]})(?![\\p{L}])`, "iu");
  const patterns = [
    new RegExp(`(?<![\\p{L}\\p{N}])${PERCENT}(?![\\p{L}])`, "giu"),
    new RegExp(`(?<![\\p{L}\\p{N}])${ONE_IN[language]}${numberPattern(language)})(?![\\p{L}\\p{N}])`, "giu"),
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const around = text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
      if (!chance.test(around)) continue;
      const g = m.groups ?? {};
      let p: number | null = null;
      if (g.pct !== undefined) p = Number(g.pct.replace(",", ".")) / 100;
      else if (g.n !== undefined) {
        const n = parseNumber(g.n, language);
        p = n && n > 0 ? 1 / n : null;
      }
      if (p !== null && p >= 0 && p <= 1) return { p: Math.round(p * 1000) / 1000, expression: m[0] };
    }
  }
  return null;
}
