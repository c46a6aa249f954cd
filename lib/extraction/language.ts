/**
 * Language detection with franc-min (trigram profiles), restricted to the three languages the
 * lexicon covers.
 */
import { franc } from "franc-min";
import type { Language } from "./types";

const ISO_639_3: Record<string, Language> = { deu: "de", nld: "nl", eng: "en" };

/** Texts shorter than this (in characters) are too short for trigram statistics to decide. */
export const MIN_DETECTABLE_LENGTH = 20;

/** "de", "nl" or "en", or null when the text is too short or in none of them. */
export function detectLanguage(text: string): Language | null {
  const sample = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (sample.length < MIN_DETECTABLE_LENGTH) return null;
  // Asking franc about more languages than ours lets it say "none of the three" (a French text
  // must not come out as the nearest of de/nl/en).
  const code = franc(sample, { minLength: MIN_DETECTABLE_LENGTH });
  return ISO_639_3[code] ?? null;
}

export class LanguageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LanguageError";
  }
}

/** The language to work in: the one given, else the detected one; throws when neither exists. */
export function resolveLanguage(text: string, given?: Language): Language {
  if (given) return given;
  const detected = detectLanguage(text);
  if (!detected) {
    throw new LanguageError("could not detect the language (de, nl or en) of the text; give it explicitly (--lang de|nl|en)");
  }
  return detected;
}
