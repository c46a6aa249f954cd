/**
 * Whether a text reads as article prose. A table, a list of links or a text in another language
 * gets a note in the result (and no candidates when nothing in it is prose), never an error.
 */
import { franc } from "franc-min";
import { MIN_DETECTABLE_LENGTH } from "./language";
import type { Sentence } from "./sentences";
import type { Language } from "./types";

const ISO: Record<Language, string> = { de: "deu", nl: "nld", en: "eng" };
const NAMES: Record<Language, string> = { de: "German", nl: "Dutch", en: "English" };
/** Texts shorter than this are not judged: too little to tell. */
const MIN_JUDGED = 200;
/** Below this share of characters in prose sentences the text is not article prose. */
const MIN_PROSE_SHARE = 0.35;

/** A sentence of prose: six words or more, mostly not links, ending like a sentence. */
export function isProseSentence(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 6) return false;
  const links = words.filter((w) => /^(?:https?:\/\/|www\.)/i.test(w)).length;
  if (links * 3 > words.length) return false;
  return /[.!?…"“”»«'’)]$/u.test(text);
}

export interface ProseNote {
  text: string;
  /** Nothing in the text is prose in the language: propose no candidates. */
  skip: boolean;
}

export function proseNote(text: string, sentences: readonly Sentence[], language: Language): ProseNote | null {
  if (text.trim().length < MIN_JUDGED) return null;
  const total = sentences.reduce((n, s) => n + s.text.length, 0);
  const prose = sentences.filter((s) => isProseSentence(s.text)).reduce((n, s) => n + s.text.length, 0);
  if (total > 0 && prose / total < MIN_PROSE_SHARE) {
    const share = Math.round((100 * prose) / total);
    return {
      text: `Only ${share}% of the text reads as sentences of prose (the rest looks like a table, a list or links): ${prose === 0 ? "no candidates proposed" : "candidates come from the prose sentences only"}.`,
      skip: prose === 0,
    };
  }
  const sample = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 5000);
  if (sample.length >= MIN_DETECTABLE_LENGTH * 5) {
    const code = franc(sample, { minLength: MIN_DETECTABLE_LENGTH });
    if (code !== "und" && code !== ISO[language] && !Object.values(ISO).includes(code)) {
      return {
        text: `The text does not read as ${NAMES[language]} (it looks like language "${code}"): no candidates proposed. The assistant reads German, Dutch and English.`,
        skip: true,
      };
    }
  }
  return null;
}
