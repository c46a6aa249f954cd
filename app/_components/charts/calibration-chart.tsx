"use client";

import { CartesianGrid, ErrorBar, LabelList, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";

export interface CalibrationPoint {
  key: string;
  label: string;
  n: number;
  meanForecast: number;
  observed: number;
  wilsonLow: number;
  wilsonHigh: number;
  reliable: boolean;
  members: { id: number; question: string; probability: number; status: string }[];
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Calibration: one point per bin at (mean forecast, observed frequency) with its 95% Wilson
 * interval; the diagonal is perfect calibration. Bins with n < 5 are drawn hollow and grey.
 */
export function CalibrationChart({ points }: { points: CalibrationPoint[] }) {
  const data = points.map((p) => ({ ...p, x: p.meanForecast, y: p.observed, err: [p.observed - p.wilsonLow, p.wilsonHigh - p.observed] as [number, number] }));
  const reliable = data.filter((d) => d.reliable);
  const unreliable = data.filter((d) => !d.reliable);
  return (
    <div>
      <ResponsiveContainer width="100%" height={340}>
        <ScatterChart margin={{ top: 12, right: 36, bottom: 36, left: 18 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[0, 1]}
            ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
            tickFormatter={pct}
            label={{ value: "Forecast probability (mean of bin)", position: "insideBottom", offset: -22 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0, 1]}
            ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
            tickFormatter={pct}
            width={48}
            label={{ value: "Observed frequency", angle: -90, position: "left", offset: 4, style: { textAnchor: "middle" } }}
          />
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ]}
            stroke="#9ca3af"
            strokeDasharray="6 4"
            ifOverflow="hidden"
            label={{ value: "perfect calibration", position: "insideTopLeft", fill: "#6b7280", fontSize: 12 }}
          />
          <Tooltip content={<BinTooltip />} cursor={{ strokeDasharray: "3 3" }} />
          <Scatter name="bin (n ≥ 5)" data={reliable} fill="#1f5fa8" isAnimationActive={false}>
            <ErrorBar dataKey="err" direction="y" width={6} stroke="#1f5fa8" />
            <LabelList dataKey="n" position="right" formatter={(v: unknown) => `n=${String(v)}`} fontSize={11} />
          </Scatter>
          <Scatter name="bin with n < 5 (unreliable)" data={unreliable} fill="#ffffff" stroke="#9ca3af" strokeWidth={2} isAnimationActive={false}>
            <ErrorBar dataKey="err" direction="y" width={6} stroke="#c4c8ce" />
            <LabelList dataKey="n" position="right" formatter={(v: unknown) => `n=${String(v)}`} fontSize={11} fill="#6b7280" />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
      <ul className="chart-legend" aria-label="Calibration legend">
        <li>
          <span className="swatch dot" style={{ background: "#1f5fa8" }} /> bin with n ≥ 5
        </li>
        <li>
          <span className="swatch dot hollow" /> bin with n &lt; 5 (unreliable)
        </li>
        <li>
          <span className="swatch line" /> 95% Wilson interval
        </li>
        <li>dashed diagonal: perfect calibration</li>
      </ul>
    </div>
  );
}

function BinTooltip({ active, payload }: { active?: boolean; payload?: { payload: CalibrationPoint }[] }) {
  const p = active && payload?.[0]?.payload;
  if (!p) return null;
  return (
    <div className="chart-tooltip">
      <strong>{p.label}</strong>: {p.n} forecast{p.n === 1 ? "" : "s"}
      {p.reliable ? "" : " (too few to rely on)"}
      <br />
      mean forecast {pct(p.meanForecast)}, happened {pct(p.observed)} (95% interval {pct(p.wilsonLow)}–{pct(p.wilsonHigh)})
      <ul>
        {p.members.map((m) => (
          <li key={m.id}>
            {pct(m.probability)} · {m.status === "yes" ? "happened" : "did not happen"} · {m.question}
          </li>
        ))}
        {p.n > p.members.length ? <li>… and {p.n - p.members.length} more</li> : null}
      </ul>
    </div>
  );
}
