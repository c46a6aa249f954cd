import { publicOrigin } from "@/lib/config/env";
import type { Scorecard } from "@/lib/read/share";

const PAD = 10;
/** Plot coordinates inside a margin, so dots at 0 and 1 are not cut off. */
const at = (v: number) => PAD + v * (PLOT - 2 * PAD);
const PLOT = 120;

/** The compact scorecard an embed shows: name, Brier score with its plain reading, n, and a small calibration plot. */
export function EmbedScorecard({ card }: { card: Scorecard }) {
  const points = card.bins.filter((b) => b.n > 0 && b.meanForecast !== null && b.observed !== null);
  const maxN = Math.max(1, ...points.map((b) => b.n));
  const href = `${publicOrigin()}${card.path}`;
  return (
    <article className="embed-card" data-testid="embed-card">
      <header>
        <a href={href} target="_blank" rel="noopener">
          {card.name}
        </a>
        <span className="muted"> on Hindsight</span>
      </header>
      <div className="embed-body">
        <div>
          <div className="embed-brier" data-testid="embed-brier">
            {card.brier === null ? "–" : card.brier.toFixed(3)}
          </div>
          <div className="small">Brier score (0 is perfect), n = {card.n}</div>
          <p className="small">{card.reading}</p>
          <p className="small muted">
            {card.total} forecasts, {card.resolved} resolved
          </p>
        </div>
        <svg width={PLOT} height={PLOT} viewBox={`0 0 ${PLOT} ${PLOT}`} role="img" aria-label="Calibration: forecast against what happened">
          <rect x={0} y={0} width={PLOT} height={PLOT} fill="#fff" stroke="#c9c7bf" />
          <line x1={PAD} y1={PLOT - PAD} x2={PLOT - PAD} y2={PAD} stroke="#9a988f" strokeDasharray="4 3" />
          {points.map((b) => (
            <circle
              key={`${b.lo}-${b.hi}`}
              cx={at(b.meanForecast ?? 0)}
              cy={PLOT - at(b.observed ?? 0)}
              r={3 + 6 * Math.sqrt(b.n / maxN)}
              fill="#2f5d8a"
              fillOpacity={0.8}
            >
              <title>{`${Math.round(b.lo * 100)}–${Math.round(b.hi * 100)}%: ${b.n} forecasts, happened ${Math.round((b.observed ?? 0) * 100)}%`}</title>
            </circle>
          ))}
        </svg>
      </div>
      <footer className="small muted">
        Scored: resolved yes or no after the deadline.{" "}
        <a href={`${publicOrigin()}/methods`} target="_blank" rel="noopener">
          How it is scored
        </a>
      </footer>
    </article>
  );
}
