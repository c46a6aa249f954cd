/**
 * Small cardinal numbers written as words, per language: enough for "innerhalb von fünf Jahren",
 * "binnen vijf jaar", "within five years" and "one in three". Larger quantities are written
 * in digits in the texts this reads.
 */
import type { Language } from "./types";

const WORDS: Record<Language, Record<string, number>> = {
  de: {
    ein: 1,
    eine: 1,
    einem: 1,
    einen: 1,
    einer: 1,
    eines: 1,
    eins: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    fünfzehn: 15,
    zwanzig: 20,
    dreißig: 30,
    vierzig: 40,
    fünfzig: 50,
    hundert: 100,
  },
  nl: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    acht: 8,
    negen: 9,
    tien: 10,
    elf: 11,
    twaalf: 12,
    vijftien: 15,
    twintig: 20,
    dertig: 30,
    veertig: 40,
    vijftig: 50,
    honderd: 100,
  },
  en: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    hundred: 100,
  },
};

/** A regular-expression alternative that matches a number in digits or in words of the language. */
export function numberPattern(language: Language): string {
  const words = Object.keys(WORDS[language]).sort((a, b) => b.length - a.length);
  return `(?:\\d{1,3}|${words.join("|")})`;
}

/** The value of a number written in digits or words, or null. */
export function parseNumber(token: string, language: Language): number | null {
  const t = token.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return WORDS[language][t] ?? null;
}
