"use client";
import { formatPercent as pct } from "@/lib/format/numbers";
/** The calibration chart with its table. */
import { CalibrationChart, type CalibrationPoint } from "../charts/calibration-chart";

export function CalibrationFigure({ points, binStyle }: { points: CalibrationPoint[]; binStyle: string }) {
  return (
    <figure className="chart" aria-labelledby="calibration-caption">
      <figcaption id="calibration-caption">
        <strong>Calibration</strong>: when they said X%, how often did it happen? ({binStyle === "lexicon" ? "bins by lexicon class" : "bins by decile"}, bars
        are 95% Wilson intervals)
      </figcaption>
      {points.length ? <CalibrationChart points={points} /> : <p className="muted">No scored forecasts to plot.</p>}
      <details>
        <summary>Table of this chart</summary>
        <table data-testid="calibration-table">
          <thead>
            <tr>
              <th>Bin</th>
              <th className="num">n</th>
              <th className="num">Mean forecast</th>
              <th className="num">Observed</th>
              <th className="num">95% interval</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.key}>
                <td>
                  {p.label}
                  {p.reliable ? "" : " (n < 5)"}
                </td>
                <td className="num">{p.n}</td>
                <td className="num">{pct(p.meanForecast)}</td>
                <td className="num">{pct(p.observed)}</td>
                <td className="num">
                  {pct(p.wilsonLow)}–{pct(p.wilsonHigh)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
