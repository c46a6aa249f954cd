"use client";
/**
 * The article text with every candidate's words highlighted and numbered. Selecting text in it
 * reports the selection's offsets in the text, for "Add forecast from selection".
 *
 * The container's text content must equal the article text exactly, so offsets computed with a
 * DOM Range match: numbers are drawn by CSS (mark[data-n]::before), never as text nodes.
 */
import { useEffect, useMemo, useRef } from "react";
import { type CandidateDraft, segments, trimSpan } from "@/lib/intake/draft";

const RANK: Record<CandidateDraft["status"], number> = { rejected: 0, pending: 1, accepted: 2 };

/** Characters from the start of `container` to (node, offset). */
function offsetIn(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function ArticleText({
  text,
  language,
  candidates,
  focused,
  onPick,
  onSelection,
}: {
  text: string;
  language: string;
  candidates: CandidateDraft[];
  focused: string | null;
  onPick: (uid: string) => void;
  onSelection: (span: { start: number; end: number } | null) => void;
}) {
  const ref = useRef<HTMLElement>(null);
  const byUid = useMemo(() => new Map(candidates.map((c) => [c.uid, c])), [candidates]);
  const parts = useMemo(
    () =>
      segments(
        text.length,
        candidates.map((c) => ({ uid: c.uid, start: c.start, end: c.end })),
      ),
    [text, candidates],
  );

  useEffect(() => {
    const onChange = () => {
      const container = ref.current;
      const sel = window.getSelection();
      if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return onSelection(null);
      const range = sel.getRangeAt(0);
      if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return onSelection(null);
      onSelection(trimSpan(text, offsetIn(container, range.startContainer, range.startOffset), offsetIn(container, range.endContainer, range.endOffset)));
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [text, onSelection]);

  return (
    <section
      className="article-body intake-text"
      lang={language}
      ref={ref}
      data-testid="intake-text"
      aria-label="Article text with the candidate forecasts highlighted"
    >
      {parts.map((p) => {
        const chunk = text.slice(p.start, p.end);
        if (p.uids.length === 0) return chunk;
        const covering = p.uids.map((u) => byUid.get(u)!).filter(Boolean);
        const top = covering.find((c) => c.uid === focused) ?? [...covering].sort((a, b) => RANK[b.status] - RANK[a.status])[0]!;
        const numbers = p.starts.map((u) => byUid.get(u)?.n).filter((n) => n !== undefined);
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut; each highlight has a numbered button on its card for the keyboard
          <mark
            key={p.start}
            id={p.starts.length ? `mark-${p.starts[0]}` : undefined}
            className={`hl hl-${top.status}${covering.some((c) => c.uid === focused) ? " hl-focused" : ""}`}
            data-n={numbers.length ? numbers.join(",") : undefined}
            title={`Candidate ${covering.map((c) => c.n).join(", ")}`}
            onClick={() => onPick(top.uid)}
          >
            {chunk}
          </mark>
        );
      })}
    </section>
  );
}
