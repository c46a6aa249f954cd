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

/** Characters at the end of a run that decide whether its break is false (the last word and its period). */
const TAIL = 80;

function segmenter(language: Language): Intl.Segmenter {
  return new Intl.Segmenter(language, { granularity: "sentence" });
}

/** Input given to the segmenter at a time: V8 copies the whole input into every segment it returns, so one call on a long text costs its length times its number of sentences. */
const BLOCK = 2000;

/** ICU's sentence segments of `text`, found block by block (blocks end at line breaks, else at a sentence end or space). */
function segments(text: string, language: Language): Array<{ index: number; segment: string }> {
  const seg = segmenter(language);
  const out: Array<{ index: number; segment: string }> = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + BLOCK);
    if (to < text.length) {
      const window = text.slice(from, to);
      const nl = window.lastIndexOf("\n");
      const stop = Math.max(window.lastIndexOf(". "), window.lastIndexOf("! "), window.lastIndexOf("? "));
      const cut = nl > 0 ? nl + 1 : stop > 0 ? stop + 2 : window.lastIndexOf(" ") + 1;
      if (cut > 0) to = from + cut;
    }
    for (const s of seg.segment(text.slice(from, to))) out.push({ index: from + s.index, segment: s.segment });
    from = to;
  }
  return out;
}

/** Whether the break after `left` (raw segment, with trailing space) is false and should be undone. */
function isFalseBreak(left: string, right: string): boolean {
  if (/\n/.test(left)) return false; // a line break always ends the sentence (headings, list items)
  // Only the tail matters (the last word and its period); testing the whole run would make
  // "Dr. Dr. Dr. ..." quadratic.
  const m = /(\S+)\.\s*$/u.exec(left.slice(-TAIL));
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
  const raw = segments(text, language);
  const merged: Array<{ index: number; segment: string; broken: boolean }> = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    // `broken`: the run so far holds a line break, which always ends a sentence.
    if (prev && !prev.broken && isFalseBreak(prev.segment.slice(-TAIL), seg.segment)) {
      prev.segment += seg.segment;
      prev.broken = /\n/.test(seg.segment);
    } else {
      merged.push({ ...seg, broken: /\n/.test(seg.segment) });
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
    for (const piece of capped(body)) {
      out.push({ text: piece.text, start: start + piece.start, end: start + piece.start + piece.text.length, paragraph });
    }
    lastEnd = start + body.length;
  }
  return out;
}

/**
 * A "sentence" longer than this (characters) is not prose (a table flattened into one line, a
 * run of repeated words): it is cut into pieces of at most this length, at the last clause mark
 * or space before the limit. This bounds the work per sentence, so extraction stays linear in
 * the length of the text.
 */
export const MAX_SENTENCE_LENGTH = 1000;

function capped(body: string): Array<{ text: string; start: number }> {
  if (body.length <= MAX_SENTENCE_LENGTH) return [{ text: body, start: 0 }];
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  while (from < body.length) {
    let to = Math.min(body.length, from + MAX_SENTENCE_LENGTH);
    if (to < body.length) {
      const window = body.slice(from, to);
      const cut = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "), window.lastIndexOf(" "));
      if (cut > MAX_SENTENCE_LENGTH / 2) to = from + cut + 1;
    }
    const raw = body.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: from + lead });
    from = to;
  }
  return out;
}
