"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { clipSpan, ms, timelineWindow } from "@/lib/accuracy/timeline-window";
import { formatDate, formatYear } from "@/lib/format/dates";
import { formatPercent } from "@/lib/format/numbers";
import { OUTCOME_COLORS, OUTCOME_LABELS, outcomeKey } from "./colors";
import { useWidth, yearTicks } from "./use-width";

export interface TimelineItem {
  id: number;
  question: string;
  forecaster: string;
  madeOn: string;
  deadline: string | null;
  status: string | null;
  occurredOn: string | null;
  probability: number;
}

type Row = TimelineItem & {
  span: [number, number];
  before: number | null;
  after: number | null;
  resolvedAt: number | null;
  open: boolean;
  key: keyof typeof OUTCOME_COLORS;
  label: string;
};

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * Each forecast as a bar from its made-on date to its deadline (to today, faded, when it has no
 * deadline), coloured by outcome, labelled with its forecaster and question and linked to its page;
 * a tick marks the resolution date. The default window (lib/accuracy/timeline-window.ts) leaves far
 * outliers at its edge, marked with their real year; a button shows the whole span.
 */
export function TimelineChart({ items, asOf }: { items: TimelineItem[]; asOf: string }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const [all, setAll] = useState(false);
  if (!width) return <div ref={ref} style={{ minHeight: items.length * 24 + 64 }} data-testid="timeline-chart" />;
  const win = timelineWindow(items, asOf);
  const start = all ? win.fullStart : win.start;
  const end = all ? win.fullEnd : win.end;
  const now = ms(asOf);
  const narrow = width < 640;
  // Wide: labels in a column on the left. Narrow: each label above its bar, full width.
  const labelWidth = narrow ? 0 : Math.min(320, Math.round(width * 0.36));
  const rowHeight = narrow ? 34 : 24;
  const chars = Math.max(20, Math.floor((narrow ? width - 16 : labelWidth - 12) / 6.2));
  // On a forecaster's own page every row has the same name: leave it out of the labels.
  const oneForecaster = items.every((f) => f.forecaster === items[0]?.forecaster);
  const data: Row[] = items.map((f) => {
    const c = clipSpan(ms(f.madeOn), f.deadline ? ms(f.deadline) : now, start, end);
    return {
      ...f,
      ...c,
      resolvedAt: f.occurredOn ? ms(f.occurredOn) : null,
      open: !f.deadline,
      key: outcomeKey(f.status, f.deadline, asOf),
      label: short(oneForecaster ? f.question : `${f.forecaster}: ${f.question}`, chars),
    };
  });
  const plotLeft = narrow ? 8 : labelWidth + 8;
  const height = data.length * rowHeight + 64;
  return (
    <div ref={ref} data-testid="timeline-chart" data-window={`${formatYear(start)}–${formatYear(end)}`}>
      {win.clipped ? (
        <p className="small">
          <button type="button" className="secondary small-button" aria-pressed={all} onClick={() => setAll((v) => !v)} data-testid="timeline-toggle">
            {all ? `Show ${formatYear(win.start)}–${formatYear(win.end)} only` : `Show everything (${formatYear(win.fullStart)}–${formatYear(win.fullEnd)})`}
          </button>{" "}
          <span className="muted">{all ? "The whole span of these forecasts." : "Bars beyond this window stop at its edge and show their real year."}</span>
        </p>
      ) : null}
      <BarChart
        width={width}
        height={height}
        data={data}
        layout="vertical"
        margin={{ top: 18, right: 16, bottom: 28, left: plotLeft }}
        barCategoryGap={narrow ? 4 : 3}
        barSize={narrow ? 10 : undefined}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          dataKey="span"
          domain={[start, end]}
          scale="time"
          ticks={yearTicks(start, end, Math.floor((width - plotLeft) / 60))}
          tickFormatter={formatYear}
          tick={{ fontSize: 11 }}
          label={{ value: "made on → deadline", position: "insideBottom", offset: -16, fontSize: 12 }}
        />
        <YAxis type="category" dataKey="id" hide />
        <ReferenceLine x={now} stroke="var(--strong)" strokeDasharray="4 3" label={{ value: "today", position: "top", fontSize: 11, fill: "var(--muted)" }} />
        <Tooltip content={<TimelineTooltip />} cursor={{ fill: "var(--panel)" }} />
        <Bar dataKey="span" isAnimationActive={false} shape={<SpanShape narrow={narrow} plotLeft={plotLeft} />}>
          {data.map((d) => (
            <Cell key={d.id} fill={OUTCOME_COLORS[d.key]} fillOpacity={d.open ? 0.35 : 0.85} />
          ))}
        </Bar>
      </BarChart>
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
  payload?: Row;
  narrow: boolean;
  plotLeft: number;
}

function SpanShape({ x = 0, y = 0, width = 0, height = 0, fill, fillOpacity, payload, narrow, plotLeft }: ShapeProps) {
  if (!payload) return null;
  const [start, end] = payload.span;
  const at = payload.resolvedAt;
  const tickX = at !== null && at >= start && at <= end && end > start ? x + (width * (at - start)) / (end - start) : null;
  const labelY = narrow ? y - 3 : y + height / 2 + 4;
  const edge = { fontSize: 10, fill: "var(--fg)", stroke: "var(--bg)", strokeWidth: 3, paintOrder: "stroke" as const };
  return (
    <g>
      <a href={`/forecasts/${payload.id}`}>
        <title>{`#${payload.id} ${payload.forecaster}: ${payload.question}`}</title>
        <text x={narrow ? plotLeft : 8} y={labelY} fontSize={11} fill="var(--accent)" className="timeline-label">
          {payload.label}
        </text>
      </a>
      <rect x={x} y={y} width={Math.max(width, 2)} height={height} fill={fill} fillOpacity={fillOpacity} rx={2} />
      {tickX !== null ? <rect x={tickX - 1.5} y={y - 2} width={3} height={height + 4} fill="var(--strong)" /> : null}
      {payload.before !== null ? (
        <text x={x + 3} y={y + height - 1} {...edge} data-testid="timeline-edge">
          ◂ {formatYear(payload.before)}
        </text>
      ) : null}
      {payload.after !== null ? (
        <text x={x + width - 3} y={y + height - 1} textAnchor="end" {...edge} data-testid="timeline-edge">
          {formatYear(payload.after)} ▸
        </text>
      ) : null}
    </g>
  );
}

function TimelineTooltip({ active, payload }: { active?: boolean; payload?: { payload: Row }[] }) {
  const p = active && payload?.[0]?.payload;
  if (!p) return null;
  return (
    <div className="chart-tooltip">
      <strong>#{p.id}</strong> {p.forecaster}: {p.question}
      <br />
      made {formatDate(p.madeOn)} · deadline {p.deadline ? formatDate(p.deadline) : "none"} · {formatPercent(p.probability)}
      <br />
      {OUTCOME_LABELS[p.key]}
      {p.occurredOn ? ` (${formatDate(p.occurredOn)})` : ""}
    </div>
  );
}
