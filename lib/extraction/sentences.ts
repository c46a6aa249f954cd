/**
 * Sentence splitting: Intl.Segmenter (ICU's sentence rules, available in browsers and Node 20)
 * with a fix-up for what ICU breaks wrongly in news text: abbreviations before a capital
 * ("Prof. Weber", "Mr. Jones") and German/Dutch ordinals ("3. Oktober", "19. Jahrhunderts").
 * ICU never breaks inside "z.B. etwas", so lower-case continuations need no list.
 */
import type { Language } from "./types";

export interface Sentence {
  /** The sentence, trimmed. */
  text: string;
  /** Offsets of `text` in the input. */
  start: number;
  end: number;
  /** Index of the paragraph (blank-line or line-break separated block) the sentence is in. */
  paragraph: number;
}

/**
 * Abbreviations that end with a period and are usually followed by a capitalised word: titles,
 * months, units and Latin/German/Dutch shorthand. Compared lower-cased, without the last period.
 */
const ABBREVIATIONS = new Set([
  // titles
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "hr",
  "fr",
  "frau",
  "dhr",
  "mevr",
  "mw",
  "drs",
  "ir",
  "ing",
  "mag",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "sen",
  "rep",
  "gov",
  "pres",
  "rev",
  "hon",
  "mgr",
  "mt",
  // months and weekdays
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "okt",
  "nov",
  "dec",
  "dez",
  "mrt",
  "mo",
  "di",
  "mi",
  "do",
  "sa",
  "so",
  // shorthand
  "vs",
  "etc",
  "e.g",
  "i.e",
  "cf",
  "approx",
  "no",
  "nr",
  "art",
  "abs",
  "ca",
  "bzw",
  "z.b",
  "u.a",
  "d.h",
  "usw",
  "vgl",
  "ggf",
  "evtl",
  "inkl",
  "bspw",
  "sog",
  "v.a",
  "o.ä",
  "u.ä",
  "z.t",
  "i.d.r",
  "bijv",
  "o.a",
  "m.a.w",
  "d.w.z",
  "enz",
  "blz",
  "vgl",
  "resp",
  "inc",
  "ltd",
  "co",
  "corp",
  "u.s",
  "u.k",
  "a.m",
  "p.m",
  // quantities
  "mio",
  "mrd",
  "tsd",
  "mln",
  "mld",
  "bn",
  "mn",
  "min",
  "max",
  "std",
  "km",
]);

function segmenter(language: Language): Intl.Segmenter {
  return new Intl.Segmenter(language, { granularity: "sentence" });
}

/** Whether the break after `left` (raw segment, with trailing space) is false and should be undone. */
function isFalseBreak(left: string, right: string): boolean {
  if (/\n/.test(left)) return false; // a line break always ends the sentence (headings, list items)
  const m = /(\S+)\.\s*$/u.exec(left);
  if (!m) return false;
  const token = m[1]!.replace(/^[("'„“‚‘«»]+/u, "");
  const next = right.trimStart();
  if (next.length === 0) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (ABBREVIATIONS.has(token.toLowerCase())) return true;
  // An initial: "Harry S. Truman".
  if (/^\p{Lu}$/u.test(token)) return true;
  // A German/Dutch ordinal: "am 14. Februar", "des 20. Jahrhunderts". Years (4 digits) end sentences.
  if (/^\d{1,3}$/.test(token) && /^\p{L}/u.test(next)) return true;
  return false;
}

/** Splits text into sentences with their offsets in `text`. */
export function splitSentences(text: string, language: Language = "en"): Sentence[] {
  const raw = [...segmenter(language).segment(text)].map((s) => ({ index: s.index, segment: s.segment }));
  const merged: Array<{ index: number; segment: string }> = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    if (prev && isFalseBreak(prev.segment, seg.segment)) {
      prev.segment += seg.segment;
    } else {
      merged.push({ ...seg });
    }
  }
  const out: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const { index, segment } of merged) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (!body) continue;
    const start = index + lead;
    if (out.length > 0 && /\n/.test(text.slice(lastEnd, start))) paragraph += 1;
    out.push({ text: body, start, end: start + body.length, paragraph });
    lastEnd = start + body.length;
  }
  return out;
}
