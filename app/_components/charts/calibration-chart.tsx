"use client";

import { CartesianGrid, ErrorBar, LabelList, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import { type LabelPlace, labelPlaces } from "./calibration-labels";
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

const nText = (n: number) => `n = ${formatCount(n)}`;

/**
 * The "n = 3" label of a point, inside the plot where calibration-labels.ts placed it: beside the
 * point, never on an axis, another label, point or interval bar; none where there is no room.
 */
function NLabel(props: {
  x?: number | string;
  y?: number | string;
  value?: unknown;
  index?: number;
  data: { key: number }[];
  places: Map<number, LabelPlace>;
  muted?: boolean;
}) {
  const { x = 0, y = 0, value, index = 0, data, places, muted } = props;
  const d = data[index];
  const place = d && places.get(d.key);
  if (!place) return null;
  const { dx, dy, left } = place;
  return (
    <text
      x={Number(x) + dx}
      y={Number(y) + dy}
      textAnchor={left ? "end" : "start"}
      fontSize={11}
      fill={muted ? "var(--muted)" : "var(--fg)"}
      className="calibration-n"
    >
      {nText(Number(value))}
    </text>
  );
}

/**
 * Calibration: one point per bin at (mean forecast, observed frequency) with its 95% Wilson
 * interval; the diagonal is perfect calibration. Bins with n < 5 are drawn hollow and grey.
 */
export function CalibrationChart({ points }: { points: CalibrationPoint[] }) {
  const data = points.map((p, key) => ({
    ...p,
    key,
    x: p.meanForecast,
    y: p.observed,
    err: [p.observed - p.wilsonLow, p.wilsonHigh - p.observed] as [number, number],
  }));
  const reliable = data.filter((d) => d.reliable);
  const unreliable = data.filter((d) => !d.reliable);
  const { ref, width } = useWidth<HTMLDivElement>();
  if (!width) return <div ref={ref} style={{ minHeight: 300 }} data-testid="calibration-chart" />;
  const height = Math.min(340, Math.max(260, width * 0.8));
  // The plot area inside the margins, the y axis and the axes' padding below.
  const places = labelPlaces(points, width - 12 - 16 - 58 - 20, height - 12 - 36 - 30 - 20, (i) => nText(points[i]!.n));
  return (
    <div ref={ref} data-testid="calibration-chart">
      <ScatterChart width={width} height={height} margin={{ top: 12, right: 16, bottom: 36, left: 12 }}>
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
          <LabelList dataKey="n" content={<NLabel data={reliable} places={places} />} />
        </Scatter>
        <Scatter name="bin with n < 5 (unreliable)" data={unreliable} fill="var(--bg)" stroke="var(--faint)" strokeWidth={2} isAnimationActive={false}>
          <ErrorBar dataKey="err" direction="y" width={6} stroke="var(--faint)" isAnimationActive={false} />
          <LabelList dataKey="n" content={<NLabel data={unreliable} places={places} muted />} />
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
