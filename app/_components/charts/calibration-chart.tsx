"use client";

import { CartesianGrid, ErrorBar, LabelList, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format/numbers";
import { useWidth } from "./use-width";

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

const pct = (v: number) => formatPercent(v);

/**
 * The "n = 3" label of a point, inside the plot: right of the point, or left of it near 100%, and
 * above it near 0% and below it near 100% observed, so it never sits on an axis or its ticks.
 */
function NLabel(props: {
  x?: number | string;
  y?: number | string;
  value?: unknown;
  index?: number;
  data: { meanForecast: number; observed: number }[];
  muted?: boolean;
}) {
  const { x = 0, y = 0, value, index = 0, data, muted } = props;
  const d = data[index];
  if (!d) return null;
  const left = d.meanForecast > 0.8;
  const dy = d.observed < 0.1 ? -9 : d.observed > 0.9 ? 14 : 4;
  return (
    <text
      x={Number(x) + (left ? -9 : 9)}
      y={Number(y) + dy}
      textAnchor={left ? "end" : "start"}
      fontSize={11}
      fill={muted ? "var(--muted)" : "var(--fg)"}
      className="calibration-n"
    >
      n = {String(value)}
    </text>
  );
}

/**
 * Calibration: one point per bin at (mean forecast, observed frequency) with its 95% Wilson
 * interval; the diagonal is perfect calibration. Bins with n < 5 are drawn hollow and grey.
 */
export function CalibrationChart({ points }: { points: CalibrationPoint[] }) {
  const data = points.map((p) => ({ ...p, x: p.meanForecast, y: p.observed, err: [p.observed - p.wilsonLow, p.wilsonHigh - p.observed] as [number, number] }));
  const reliable = data.filter((d) => d.reliable);
  const unreliable = data.filter((d) => !d.reliable);
  const { ref, width } = useWidth<HTMLDivElement>();
  if (!width) return <div ref={ref} style={{ minHeight: 300 }} data-testid="calibration-chart" />;
  return (
    <div ref={ref} data-testid="calibration-chart">
      <ScatterChart width={width} height={Math.min(340, Math.max(260, width * 0.8))} margin={{ top: 12, right: 16, bottom: 36, left: 12 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={pct}
          tick={{ fontSize: 11 }}
          padding={{ left: 10, right: 10 }}
          label={{ value: "forecast probability (mean of bin)", position: "insideBottom", offset: -22, fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={pct}
          tick={{ fontSize: 11 }}
          width={58}
          padding={{ top: 10, bottom: 10 }}
          label={{ value: "how often it happened", angle: -90, position: "insideLeft", offset: 0, fontSize: 12, style: { textAnchor: "middle" } }}
        />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ]}
          stroke="var(--faint)"
          strokeDasharray="6 4"
          ifOverflow="hidden"
          label={{ value: "perfect calibration", position: "insideTopLeft", fill: "var(--muted)", fontSize: 11 }}
        />
        <Tooltip content={<BinTooltip />} cursor={{ strokeDasharray: "3 3" }} />
        <Scatter name="bin (n ≥ 5)" data={reliable} fill="var(--accent)" isAnimationActive={false}>
          <ErrorBar dataKey="err" direction="y" width={6} stroke="var(--accent)" isAnimationActive={false} />
          <LabelList dataKey="n" content={<NLabel data={reliable} />} />
        </Scatter>
        <Scatter name="bin with n < 5 (unreliable)" data={unreliable} fill="var(--bg)" stroke="var(--faint)" strokeWidth={2} isAnimationActive={false}>
          <ErrorBar dataKey="err" direction="y" width={6} stroke="var(--faint)" isAnimationActive={false} />
          <LabelList dataKey="n" content={<NLabel data={unreliable} muted />} />
        </Scatter>
      </ScatterChart>
      <ul className="chart-legend" aria-label="Calibration legend">
        <li>
          <span className="swatch dot" style={{ background: "var(--accent)" }} /> bin with n ≥ 5
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
