"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatMonth, formatYear } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import { useWidth, yearTicks } from "./use-width";

export interface ScorePoint {
  month: string;
  resolvedThisMonth: number;
  cumulativeN: number;
  brier: number;
}

const MONTH_MS = 30.44 * 86_400_000;
const monthStart = (m: string) => Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1);

/**
 * The cumulative Brier score (0-1 scale, lower is better) as forecasts resolve, on a true time
 * axis: months far apart are drawn far apart.
 */
export function ScoreOverTimeChart({ points }: { points: ScorePoint[] }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  if (!width) return <div ref={ref} style={{ minHeight: 260 }} data-testid="score-chart" />;
  const data = points.map((p) => ({ ...p, t: monthStart(p.month) }));
  const first = data[0]?.t ?? 0;
  const last = data[data.length - 1]?.t ?? first;
  const pad = Math.max(2 * MONTH_MS, (last - first) * 0.04);
  const start = first - pad;
  const end = last + pad;
  const short = end - start < 3 * 365 * 86_400_000;
  const ticks = short ? data.map((d) => d.t) : yearTicks(start, end, Math.floor((width - 70) / 56));
  return (
    <div ref={ref} data-testid="score-chart">
      <LineChart width={width} height={260} data={data} margin={{ top: 12, right: 16, bottom: 28, left: 12 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="t"
          scale="time"
          domain={[start, end]}
          ticks={ticks}
          tickFormatter={(t: number) => (short ? formatMonth(t) : formatYear(t))}
          tick={{ fontSize: 11 }}
          label={{ value: "when the forecasts resolved", position: "insideBottom", offset: -16, fontSize: 12 }}
        />
        <YAxis
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          width={58}
          tick={{ fontSize: 11 }}
          label={{ value: "Brier (lower is better)", angle: -90, position: "insideLeft", offset: 0, fontSize: 12, style: { textAnchor: "middle" } }}
        />
        <ReferenceLine
          y={0.25}
          stroke="var(--faint)"
          strokeDasharray="6 4"
          label={{ value: "always saying 50%", position: "insideTopRight", fontSize: 11, fill: "var(--muted)" }}
        />
        <Tooltip
          formatter={(v: unknown) => [formatNumber(Number(v)), "Brier so far"]}
          labelFormatter={(_: unknown, p) => {
            const d = p?.[0]?.payload as (ScorePoint & { t: number }) | undefined;
            return d ? `${formatMonth(d.month)} · ${d.cumulativeN} scored so far` : "";
          }}
        />
        <Line type="stepAfter" dataKey="brier" stroke="var(--accent)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
