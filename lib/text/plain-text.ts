/**
 * Plain text of a source article: the markdown markup the seed texts carry (emphasis, links,
 * escaped brackets, superscript carets) removed, so quotes can be stored and checked verbatim
 * "markdown markup aside" and shown without asterisks.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/!?\[((?:\\.|[^\]])*)\]\([^)]*\)/g, "$1") // [text](url) -> text
    .replace(/\\([()[\]*_#`])/g, "$1") // \( -> (
    .replace(/\*\*([^*\n]+)\*\*/g, "$1")
    .replace(/\*([^*\n]+)\*/g, "$1")
    .replace(/\^([^^\s]+)\^/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/<(https?:\/\/[^>]+)>/g, "$1")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Whitespace-insensitive form used to look a quote up in a text (line breaks inside a quote are not markup). */
export function normalizeForMatch(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Character offsets of the quote in the plain text, or null when it is not there verbatim. */
export function locateQuote(plain: string, quote: string): { start: number; end: number } | null {
  const start = plain.indexOf(quote);
  if (start >= 0) return { start, end: start + quote.length };
  return null;
}
