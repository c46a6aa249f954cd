"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ScorePoint {
  month: string;
  resolvedThisMonth: number;
  cumulativeN: number;
  brier: number;
}

/** The cumulative Brier score (0-1 scale, lower is better) as forecasts resolve, month by month. */
export function ScoreOverTimeChart({ points }: { points: ScorePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={points} margin={{ top: 12, right: 16, bottom: 28, left: 18 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" label={{ value: "Month resolved", position: "insideBottom", offset: -16 }} tick={{ fontSize: 11 }} />
        <YAxis
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          width={48}
          label={{ value: "Brier (0–1, lower is better)", angle: -90, position: "left", offset: 4, style: { textAnchor: "middle" } }}
        />
        <ReferenceLine
          y={0.25}
          stroke="#9ca3af"
          strokeDasharray="6 4"
          label={{ value: "always 50%", position: "insideTopRight", fontSize: 11, fill: "#6b7280" }}
        />
        <Tooltip
          formatter={(v: unknown) => [Number(v).toFixed(3), "cumulative Brier"]}
          labelFormatter={(l: unknown, p) => `${String(l)} · ${p?.[0]?.payload?.cumulativeN ?? "?"} scored so far`}
        />
        <Line type="stepAfter" dataKey="brier" stroke="#1f5fa8" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
