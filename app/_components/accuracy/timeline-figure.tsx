"use client";
/** Each forecast from the day it was made to its deadline, with its table. */
import Link from "next/link";
import type { AccuracyView } from "@/lib/read/accuracy";
import { TimelineChart } from "../charts/timeline-chart";

export function TimelineFigure({ view }: { view: AccuracyView }) {
  return (
    <figure className="chart" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption">
        <strong>Timeline</strong>: each forecast from the day it was made to its deadline
        {view.timeline.length >= 60 ? " (the 60 made most recently)" : ""}
      </figcaption>
      {view.timeline.length ? <TimelineChart items={view.timeline} asOf={view.asOf} /> : <p className="muted">No forecasts.</p>}
      <details>
        <summary>Table of this chart</summary>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>Question</th>
              <th>Made</th>
              <th>Deadline</th>
              <th>Outcome</th>
            </tr>
          </thead>
          <tbody>
            {view.timeline.map((t) => (
              <tr key={t.id}>
                <td>
                  <Link href={`/forecasts/${t.id}`}>{t.id}</Link>
                </td>
                <td>{t.question}</td>
                <td>{t.madeOn}</td>
                <td>{t.deadline ?? "none"}</td>
                <td>{t.status ? `${t.status.replace(/_/g, " ")}${t.occurredOn ? ` (${t.occurredOn})` : ""}` : "none yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
