"use client";
/**
 * The due queue's rows. A row whose outcome was just saved stays in place, saying "saved" with a
 * link to the forecast, although the refreshed queue no longer lists it.
 */
import Link from "next/link";
import { useState } from "react";
import { ProbabilityText } from "@/app/_components/badges";
import { DateText } from "@/app/_components/date-text";
import { RecordOutcomeForm } from "@/app/_components/editor/record-outcome-form";
import type { ForecastDTO } from "@/lib/read/ledger";

export interface DueRow {
  f: ForecastDTO;
  daysOverdue: number;
  hasHistory: boolean;
}

export function DueList({ rows, editor }: { rows: DueRow[]; editor: boolean }) {
  // Rows seen on this page, so that a saved one keeps its place after the refresh drops it.
  const [seen, setSeen] = useState(rows);
  const [saved, setSaved] = useState<Record<number, string>>({});
  const current = new Map(rows.map((r) => [r.f.id, r]));
  const fresh = rows.filter((r) => !seen.some((s) => s.f.id === r.f.id));
  if (fresh.length) setSeen([...seen, ...fresh]);
  // In the order first shown (the queue's order); a saved row keeps its place.
  const shown = seen.filter((r) => current.has(r.f.id) || saved[r.f.id]).map((r) => current.get(r.f.id) ?? r);
  return (
    <ol className="forecast-list due-list" data-testid="due-list">
      {shown.map(({ f, daysOverdue, hasHistory }) => (
        <li key={f.id} data-testid="due-item" data-forecast-id={f.id}>
          <div className="q">
            <Link href={`/forecasts/${f.id}`}>{f.question}</Link>
          </div>
          <q className="small muted quote-line" lang={f.language}>
            {f.quote.length > 260 ? `${f.quote.slice(0, 257)}…` : f.quote}
          </q>
          <div className="meta">
            <span>
              <Link href={`/people/${f.forecaster.slug}`}>{f.forecaster.name}</Link>
            </span>
            <span data-testid="due-deadline">
              deadline <DateText iso={f.deadline} /> ({daysOverdue} days ago{f.deadlineBasis === "inferred" ? ", inferred" : ""})
            </span>
            <ProbabilityText forecast={f} />
          </div>
          {saved[f.id] ? (
            <p className="success-box small" role="status" data-testid="due-saved">
              Saved: “{saved[f.id]}”. <Link href={`/forecasts/${f.id}`}>See forecast #{f.id}</Link>
            </p>
          ) : editor ? (
            <details className="inline-editor">
              <summary>Record outcome for #{f.id}</summary>
              <RecordOutcomeForm
                forecastId={f.id}
                version={f.version}
                hasHistory={hasHistory}
                hasCondition={!!f.condition}
                idPrefix={`due-${f.id}`}
                onSaved={(label) => setSaved((s) => ({ ...s, [f.id]: label }))}
              />
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
