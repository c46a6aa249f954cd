import type { ReactNode } from "react";

/** Embedded scorecards: no site header, navigation or footer (they are framed on other sites). */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <div className="embed">{children}</div>;
}
