/**
 * Search folding: one spelling for the indexer and the query side, so "Bündnis", "Bundnis" and
 * "Buendnis" all find "Militärbündnis", and "auszuschliessen" finds "auszuschließen".
 *
 * Two folds of the same text:
 * - `plain`: lower case, diacritics removed (ä -> a, é -> e), ß -> ss and a few letters without a
 *   decomposition (æ -> ae, ø -> o, ł -> l ...);
 * - `translit`: the same, but ä, ö, ü first become ae, oe, ue (the German spelling without umlauts).
 * The index holds both folds of each field; a query word matches when either of its folds occurs
 * as a substring (lib/search/query.ts). Pure (no Node or database APIs): the PostgreSQL port
 * reuses it as is.
 */

export type FoldMode = "plain" | "translit";

/** Letters that NFD does not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ĳ: "ij",
};

const MARK = /\p{M}/u;
const UMLAUT = "\u0308";

/**
 * The text folded, with `start[i]` / `end[i]`: the original text's UTF-16 range that produced
 * folded character i (so a match in the folded text maps back to the words a reader sees).
 */
export interface FoldedText {
  text: string;
  start: number[];
  end: number[];
}

/** Fold one original character (with the marks that follow it already attached by NFD). */
function foldCluster(cluster: string, mode: FoldMode): string {
  // Fast path: one ASCII character (most of the text) folds to its lower case.
  if (cluster.length === 1 && cluster.charCodeAt(0) < 128) return cluster.toLowerCase();
  let out = "";
  const decomposed = cluster.toLowerCase().normalize("NFD");
  for (let i = 0; i < decomposed.length; i++) {
    const ch = decomposed.charAt(i);
    if (MARK.test(ch)) continue;
    if (mode === "translit" && (ch === "a" || ch === "o" || ch === "u") && decomposed[i + 1] === UMLAUT) {
      out += `${ch}e`;
      continue;
    }
    out += SPECIAL[ch] ?? ch;
  }
  return out;
}

/** Fold with the offset map back into the original text. */
export function foldWithMap(original: string, mode: FoldMode = "plain"): FoldedText {
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  while (i < original.length) {
    // A cluster: one code point and the combining marks written after it.
    const cp = original.codePointAt(i) ?? 0;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < original.length && MARK.test(original.charAt(j))) j++;
    const folded = foldCluster(original.slice(i, j), mode);
    for (const ch of folded) {
      text += ch;
      start.push(i);
      end.push(j);
    }
    i = j;
  }
  return { text, start, end };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The text folded (no offset map). ASCII text (no marks, nothing to transliterate) is just lower-cased. */
export function fold(text: string, mode: FoldMode = "plain"): string {
  if (isAscii(text)) return text.toLowerCase();
  return foldWithMap(text, mode).text;
}

/**
 * What the index stores for one field: the plain fold, and the transliterated fold after a line
 * break when it differs, so both spellings of an umlaut are found.
 */
export function searchDocument(text: string): string {
  const plain = fold(text, "plain");
  const translit = fold(text, "translit");
  return translit === plain ? plain : `${plain}\n${translit}`;
}
