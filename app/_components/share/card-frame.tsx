import type { ReactNode } from "react";

/** The 1200×630 frame every share image uses (next/og renders it with its bundled font). */
export const CARD_SIZE = { width: 1200, height: 630 };

export function CardFrame({ kicker, children, footer }: { kicker: string; children: ReactNode; footer: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 64px",
        background: "#fbfaf7",
        color: "#1d1d1b",
        fontSize: 32,
      }}
    >
      <div style={{ display: "flex", fontSize: 26, color: "#6b6b66", letterSpacing: 1 }}>{`HINDSIGHT · ${kicker}`}</div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }}>{children}</div>
      <div style={{ display: "flex", fontSize: 22, color: "#6b6b66" }}>{footer}</div>
    </div>
  );
}

export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}
