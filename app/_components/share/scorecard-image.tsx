import { ImageResponse } from "next/og";
import type { Scorecard } from "@/lib/read/share";
import { CARD_SIZE, CardFrame } from "./card-frame";

const PAD = 24;
/** Plot coordinates inside a margin, so dots at 0 and 1 are not cut off. */
const at = (v: number) => PAD + v * (PLOT - 2 * PAD);
const PLOT = 300;

/** A small calibration plot: each bin's mean forecast (x) against how often it happened (y), dot size by n; the diagonal is perfect calibration. */
function CalibrationPlot({ bins }: { bins: Scorecard["bins"] }) {
  const points = bins.filter((b) => b.n > 0 && b.meanForecast !== null && b.observed !== null);
  const maxN = Math.max(1, ...points.map((b) => b.n));
  return (
    <div style={{ display: "flex", flexDirection: "column", alignItems: "center" }}>
      <svg width={PLOT} height={PLOT} viewBox={`0 0 ${PLOT} ${PLOT}`} role="img" aria-label="Calibration">
        <rect x={0} y={0} width={PLOT} height={PLOT} fill="#ffffff" stroke="#c9c7bf" strokeWidth={2} />
        <line x1={PAD} y1={PLOT - PAD} x2={PLOT - PAD} y2={PAD} stroke="#9a988f" strokeWidth={2} strokeDasharray="8 6" />
        {points.map((b) => (
          <circle
            key={`${b.lo}-${b.hi}`}
            cx={at(b.meanForecast ?? 0)}
            cy={PLOT - at(b.observed ?? 0)}
            r={6 + 14 * Math.sqrt(b.n / maxN)}
            fill="#2f5d8a"
            fillOpacity={0.8}
          />
        ))}
      </svg>
      <div style={{ display: "flex", fontSize: 20, color: "#6b6b66", marginTop: 8 }}>forecast (→) against what happened (↑)</div>
    </div>
  );
}

/** The share image of a person's or an outlet's scorecard. */
export function scorecardImage(card: Scorecard): ImageResponse {
  const who = card.kind === "people" ? "SCORECARD" : "OUTLET SCORECARD";
  return new ImageResponse(
    <CardFrame kicker={who} footer={`${card.total} forecasts · ${card.resolved} resolved · ${card.n} scored (yes/no after the deadline) · Brier 0 is perfect`}>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
        <div style={{ display: "flex", flexDirection: "column", width: 720 }}>
          <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.1 }}>{card.name}</div>
          <div style={{ display: "flex", fontSize: 96, marginTop: 24 }}>{card.brier === null ? "–" : card.brier.toFixed(3)}</div>
          <div style={{ display: "flex", fontSize: 28, color: "#3b3b38" }}>{`Brier score, n = ${card.n}`}</div>
          <div style={{ display: "flex", fontSize: 28, marginTop: 16, color: "#3b3b38" }}>{card.reading}</div>
        </div>
        <CalibrationPlot bins={card.bins} />
      </div>
    </CardFrame>,
    CARD_SIZE,
  );
}
