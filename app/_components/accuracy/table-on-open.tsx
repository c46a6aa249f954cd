"use client";
import { type ReactNode, useState } from "react";

/**
 * A long chart table behind "Table of this chart": its rows are made when a reader opens it,
 * from the data the chart already holds, rather than sent in every page's HTML (the score-over-time
 * and timeline tables were about 40 KB of a source page's 150, for a section few open).
 */
export function TableOnOpen({ children }: { children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Table of this chart</summary>
      {open ? children() : null}
    </details>
  );
}
