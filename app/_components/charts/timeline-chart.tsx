"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { OUTCOME_COLORS, OUTCOME_LABELS, outcomeKey } from "./colors";

export interface TimelineItem {
  id: number;
  question: string;
  madeOn: string;
  deadline: string | null;
  status: string | null;
  occurredOn: string | null;
  probability: number;
}

const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const year = (t: number) => String(new Date(t).getUTCFullYear());

/**
 * Each forecast as a bar from its made-on date to its deadline (to today, faded, when it has no
 * deadline), coloured by outcome; a black tick marks the date the event was resolved.
 */
export function TimelineChart({ items, asOf, compact }: { items: TimelineItem[]; asOf: string; compact?: boolean }) {
  const now = ms(asOf);
  const data = items.map((f) => {
    const start = ms(f.madeOn);
    const end = f.deadline ? ms(f.deadline) : now;
    return {
      ...f,
      label: `#${f.id}`,
      span: [start, Math.max(end, start + 86_400_000 * 20)] as [number, number],
      resolvedAt: f.occurredOn ? ms(f.occurredOn) : null,
      open: !f.deadline,
      key: outcomeKey(f.status, f.deadline, asOf),
    };
  });
  const min = Math.min(...data.map((d) => d.span[0]), now);
  const max = Math.max(...data.map((d) => d.span[1]), now);
  const height = Math.max(160, data.length * (compact ? 16 : 22) + 70);
  return (
    <div>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 20, right: 24, bottom: 28, left: 4 }} barCategoryGap={3}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[min, max]}
            scale="time"
            tickFormatter={year}
            label={{ value: "Date (made on → deadline)", position: "insideBottom", offset: -18 }}
          />
          <YAxis type="category" dataKey="label" width={44} tick={{ fontSize: 11 }} interval={0} />
          <ReferenceLine x={now} stroke="#111827" strokeDasharray="4 3" label={{ value: "today", position: "top", fontSize: 11 }} />
          <Tooltip content={<TimelineTooltip />} />
          <Bar dataKey="span" isAnimationActive={false} shape={<SpanShape />}>
            {data.map((d) => (
              <Cell key={d.id} fill={OUTCOME_COLORS[d.key]} fillOpacity={d.open ? 0.35 : 0.85} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart-legend" aria-label="Timeline legend">
        {(Object.keys(OUTCOME_COLORS) as (keyof typeof OUTCOME_COLORS)[]).map((k) => (
          <li key={k}>
            <span className="swatch" style={{ background: OUTCOME_COLORS[k] }} /> {OUTCOME_LABELS[k]}
          </li>
        ))}
        <li>
          <span className="swatch tick" /> resolution date
        </li>
        <li>
          <span className="swatch" style={{ background: "#6b7280", opacity: 0.35 }} /> no deadline (drawn to today)
        </li>
      </ul>
    </div>
  );
}

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  fillOpacity?: number;
  payload?: { span: [number, number]; resolvedAt: number | null };
}

function SpanShape({ x = 0, y = 0, width = 0, height = 0, fill, fillOpacity, payload }: ShapeProps) {
  const [start, end] = payload?.span ?? [0, 1];
  const at = payload?.resolvedAt;
  const tickX = at !== null && at !== undefined && end > start ? x + (width * (at - start)) / (end - start) : null;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(width, 2)} height={height} fill={fill} fillOpacity={fillOpacity} rx={2} />
      {tickX !== null ? <rect x={Math.min(Math.max(tickX, x), x + width) - 1.5} y={y - 2} width={3} height={height + 4} fill="#111827" /> : null}
    </g>
  );
}

function TimelineTooltip({ active, payload }: { active?: boolean; payload?: { payload: TimelineItem & { key: keyof typeof OUTCOME_COLORS } }[] }) {
  const p = active && payload?.[0]?.payload;
  if (!p) return null;
  return (
    <div className="chart-tooltip">
      <strong>#{p.id}</strong> {p.question}
      <br />
      made {p.madeOn} · deadline {p.deadline ?? "none"} · {Math.round(p.probability * 100)}%
      <br />
      {OUTCOME_LABELS[p.key]}
      {p.occurredOn ? ` (${p.occurredOn})` : ""}
    </div>
  );
}
