import { highlightPieces, highlightRanges } from "@/lib/search/highlight";
import type { SearchTerm } from "@/lib/search/query";

/** The text with the search words marked (<mark>), found through the same folding as the index. */
export function Highlight({ text, terms }: { text: string; terms?: SearchTerm[] }) {
  if (!terms?.length) return <>{text}</>;
  return (
    <>
      {highlightPieces(text, terms).map((p, i) =>
        // Pieces are positional slices of one string: the index is their identity.
        p.match ? <mark key={i}>{p.text}</mark> : p.text,
      )}
    </>
  );
}

/** A long text cut to about `max` characters around its first match (or its start), with ellipses. */
export function excerpt(text: string, terms: SearchTerm[] | undefined, max: number): string {
  if (text.length <= max) return text;
  const first = terms?.length ? highlightRanges(text, terms)[0] : undefined;
  if (!first || first[1] <= max - 3) return `${text.slice(0, max - 3)}…`;
  const start = Math.max(0, Math.min(first[0] - Math.floor(max / 3), text.length - max + 1));
  const end = Math.min(text.length, start + max - 2);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}
