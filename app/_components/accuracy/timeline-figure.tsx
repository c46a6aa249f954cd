"use client";
/** Each forecast from the day it was made to its deadline, with its table. */
import Link from "next/link";
import type { AccuracyView } from "@/lib/read/accuracy";
import { TimelineChart } from "../charts/timeline-chart";
import { DateText } from "../date-text";
import { TableOnOpen } from "./table-on-open";

const STATUS: Record<string, string> = {
  yes: "happened",
  no: "did not happen",
  ambiguous: "ambiguous",
  annulled: "annulled",
  condition_not_met: "condition not met",
};

export function TimelineFigure({ view }: { view: AccuracyView }) {
  return (
    <figure className="chart" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption">
        <strong>Timeline</strong>: each forecast from the day it was made to its deadline
        {view.timeline.length >= 60 ? " (the 60 made most recently)" : ""}
      </figcaption>
      {view.timeline.length ? <TimelineChart items={view.timeline} asOf={view.asOf} /> : <p className="muted">No forecasts.</p>}
      <TableOnOpen>
        {() => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Forecast</th>
                  <th>Made</th>
                  <th>Deadline</th>
                  <th>Outcome</th>
                </tr>
              </thead>
              <tbody>
                {view.timeline.map((t) => (
                  <tr key={t.id}>
                    <td>
                      <Link href={`/forecasts/${t.id}`}>#{t.id}</Link> {t.forecaster}: {t.question}
                    </td>
                    <td className="nowrap">
                      <DateText iso={t.madeOn} />
                    </td>
                    <td className="nowrap">
                      <DateText iso={t.deadline} fallback="none" />
                    </td>
                    <td>
                      {t.status ? STATUS[t.status] : "none yet"}
                      {t.occurredOn ? (
                        <>
                          {" "}
                          (<DateText iso={t.occurredOn} />)
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </TableOnOpen>
    </figure>
  );
}
