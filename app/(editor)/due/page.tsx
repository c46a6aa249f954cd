import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { RecordOutcomeForm } from "@/app/_components/editor/record-outcome-form";
import { can } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/dates";
import { forecastsWithOutcomeRecords } from "@/lib/read/history";
import { getDueForecasts } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { today } from "@/lib/vocabulary/calendar";
import { ProbabilityText } from "../../_components/badges";

export const metadata: Metadata = pageMetadata({
  title: "Due for an outcome",
  description: "Forecasts past their deadline with no outcome recorded, oldest first (editors).",
  path: "/due",
  noindex: true,
});

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The due queue: past their deadline with no outcome, oldest deadline first. */
export default async function DuePage() {
  await connection();
  const actor = await currentActor();
  const due = getDueForecasts();
  const retracted = forecastsWithOutcomeRecords(due.map((f) => f.id));
  const editor = can(actor, PERMISSIONS.recordOutcome);
  const now = today();
  return (
    <>
      <h1>Due for an outcome ({due.length})</h1>
      <p className="lead">Forecasts past their deadline that have no outcome yet, the longest overdue first.</p>
      {!editor ? (
        <p className="note-box">
          {actor ? (
            `Your account (${actor.role}) can read this queue; recording outcomes needs the editor role.`
          ) : (
            <>
              <Link href="/login?next=/due">Sign in</Link> as an editor to record outcomes.
            </>
          )}
        </p>
      ) : null}
      {due.length === 0 ? (
        <p className="muted">Nothing is due: every forecast past its deadline has an outcome.</p>
      ) : (
        <ol className="forecast-list due-list" data-testid="due-list">
          {due.map((f) => (
            <li key={f.id} data-testid="due-item" data-forecast-id={f.id}>
              <div className="q">
                <Link href={`/forecasts/${f.id}`}>{f.question}</Link>
              </div>
              <div className="meta">
                <span>
                  <Link href={`/people/${f.forecaster.slug}`}>{f.forecaster.name}</Link>
                </span>
                <span data-testid="due-deadline">
                  deadline {formatDate(f.deadline)} ({daysBetween(f.deadline!, now)} days ago{f.deadlineBasis === "inferred" ? ", inferred" : ""})
                </span>
                <ProbabilityText forecast={f} />
              </div>
              {editor ? (
                <details className="inline-editor">
                  <summary>Record outcome for #{f.id}</summary>
                  <RecordOutcomeForm
                    forecastId={f.id}
                    version={f.version}
                    hasHistory={retracted.has(f.id)}
                    hasCondition={!!f.condition}
                    idPrefix={`due-${f.id}`}
                  />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
