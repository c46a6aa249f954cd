"use client";
import { formatMonth } from "@/lib/format/dates";
import { formatNumber as num } from "@/lib/format/numbers";
/** The cumulative Brier score over time, with its table. */
import type { AccuracyView } from "@/lib/read/accuracy";
import { ScoreOverTimeChart } from "../charts/score-over-time-chart";
import { TableOnOpen } from "./table-on-open";

export function ScoreFigure({ view }: { view: AccuracyView }) {
  return (
    <figure className="chart" aria-labelledby="score-caption">
      <figcaption id="score-caption">
        <strong>Score over time</strong>: cumulative Brier score as forecasts resolved
      </figcaption>
      {view.scoreOverTime.length ? <ScoreOverTimeChart points={view.scoreOverTime} /> : <p className="muted">Nothing scored yet.</p>}
      <TableOnOpen>
        {() => (
          <table>
            <thead>
              <tr>
                <th>Month</th>
                <th className="num">Resolved</th>
                <th className="num">Scored so far</th>
                <th className="num">Cumulative Brier</th>
              </tr>
            </thead>
            <tbody>
              {view.scoreOverTime.map((p) => (
                <tr key={p.month}>
                  <td>{formatMonth(p.month)}</td>
                  <td className="num">{p.resolvedThisMonth}</td>
                  <td className="num">{p.cumulativeN}</td>
                  <td className="num">{num(p.brier)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableOnOpen>
    </figure>
  );
}
