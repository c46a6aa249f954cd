/**
 * The per-user part of a forecast page: the outcome forms for editors, or a note on who may
 * record outcomes. Kept apart so the rest of the page can be cached for everyone.
 */
import Link from "next/link";
import { RecordOutcomeForm, RetractOutcomeForm } from "@/app/_components/editor/record-outcome-form";
import type { Actor } from "@/lib/auth/actor";
import type { ForecastDTO } from "@/lib/read/ledger";

export function OutcomeEditor({ f, actor, editor, hasHistory }: { f: ForecastDTO; actor: Actor | null; editor: boolean; hasHistory: boolean }) {
  if (!editor)
    return (
      <p className="note-box small" data-testid="editor-note">
        {actor ? (
          `Your account (${actor.role}) can read everything here; recording outcomes and corrections needs the editor role.`
        ) : (
          <>
            <Link href={`/login?next=/forecasts/${f.id}`}>Sign in</Link> as an editor to record an outcome or correct this forecast.
          </>
        )}
      </p>
    );
  return (
    <section aria-labelledby="record-h" className="panel editor-panel">
      <h2 id="record-h">{hasHistory ? "Record a new outcome" : "Record the outcome"}</h2>
      <p className="small muted">
        {hasHistory
          ? "A correction is a new record: the current one stays in the history above, and the new one says why it replaces it."
          : "Evidence is required for yes and no. The date is when the event happened (it may be before the deadline) or when it was settled."}
      </p>
      <RecordOutcomeForm forecastId={f.id} version={f.version} hasHistory={hasHistory} hasCondition={!!f.condition} />
      {f.outcome ? (
        <details className="inline-editor">
          <summary>Retract the current outcome</summary>
          <p className="small muted">For an outcome recorded in error: the forecast becomes unresolved again; the record stays in the history.</p>
          <RetractOutcomeForm forecastId={f.id} version={f.version} />
        </details>
      ) : null}
    </section>
  );
}
