import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { CARD_SIZE, CardFrame, clipText } from "@/app/_components/share/card-frame";
import { getForecastById } from "@/lib/read/ledger";

export const size = CARD_SIZE;
export const contentType = "image/png";
export const alt = "The forecast: its question, the quote and the verdict";

const VERDICT: Record<string, { text: string; color: string }> = {
  yes: { text: "HAPPENED", color: "#2e7d32" },
  no: { text: "DID NOT HAPPEN", color: "#b3261e" },
  ambiguous: { text: "AMBIGUOUS", color: "#6b6b66" },
  annulled: { text: "ANNULLED", color: "#6b6b66" },
  condition_not_met: { text: "CONDITION NOT MET", color: "#6b6b66" },
};

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const raw = (await params).id;
  const f = /^[1-9]\d{0,9}$/.test(raw) ? await getForecastById(Number(raw)) : null;
  if (!f) notFound();
  const verdict = f.outcome
    ? (VERDICT[f.outcome.status] ?? { text: f.outcome.status, color: "#6b6b66" })
    : { text: f.deadline ? `OPEN · DEADLINE ${f.deadline}` : "OPEN · NO DEADLINE", color: "#8a6d1d" };
  return new ImageResponse(
    <CardFrame
      kicker="FORECAST"
      footer={`${f.forecaster.name} · ${clipText(f.article.outlet ?? f.article.title, 60)} · made ${f.madeOn} · probability of the event ${Math.round(f.probability * 100)}%`}
    >
      <div style={{ display: "flex", fontSize: 46, fontWeight: 700, lineHeight: 1.2 }}>{clipText(f.question, 140)}</div>
      <div style={{ display: "flex", fontSize: 30, marginTop: 28, color: "#3b3b38", lineHeight: 1.35 }}>{`“${clipText(f.quote, 220)}”`}</div>
      <div style={{ display: "flex", marginTop: 32 }}>
        <div style={{ display: "flex", fontSize: 34, color: "#ffffff", background: verdict.color, padding: "8px 20px", borderRadius: 8 }}>{verdict.text}</div>
      </div>
    </CardFrame>,
    CARD_SIZE,
  );
}
