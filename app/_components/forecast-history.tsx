import { describeChange } from "@/lib/forecasts/revision-format";
import { formatDate } from "@/lib/format/dates";
import { OUTCOME_STATUS_LABEL } from "@/lib/outcomes/labels";
import type { OutcomeHistoryRow, RevisionHistoryRow } from "@/lib/read/history";
import { DateTimeText } from "./date-text";

/** Every outcome record of a forecast, newest first: who, when, what, and why it replaced the last. */
export function OutcomeHistory({ history, currentOutcomeId }: { history: OutcomeHistoryRow[]; currentOutcomeId: number | null }) {
  if (history.length === 0) return <p className="muted">No outcome recorded yet.</p>;
  const withdrawn = new Set(history.filter((o) => o.retraction && o.supersedesId).map((o) => o.supersedesId));
  return (
    <ol className="history" data-testid="outcome-history">
      {history.map((o) => {
        const current = o.id === currentOutcomeId;
        return (
          <li key={o.id} className={current ? "current" : o.retraction ? "retraction" : undefined} data-testid="outcome-record">
            <div>
              {o.retraction ? (
                <>
                  <strong>Retracted</strong> the outcome <span className={`badge ${o.status}`}>{OUTCOME_STATUS_LABEL[o.status]}</span>
                  {o.id === history[0]!.id ? <span className="muted"> · the forecast has no current outcome</span> : null}
                </>
              ) : (
                <>
                  <span className={`badge ${o.status}`}>{OUTCOME_STATUS_LABEL[o.status]}</span>{" "}
                  {current ? <strong>current</strong> : <span className="muted">{withdrawn.has(o.id) ? "withdrawn" : "superseded"}</span>}
                  {o.occurredOn ? <> · occurred {formatDate(o.occurredOn)}</> : null}
                </>
              )}
            </div>
            <div className="small muted">
              record #{o.id}
              {o.version ? `, version ${o.version}` : ""} · recorded by {o.recordedBy.name} on <DateTimeText at={o.recordedAt} />
              {o.supersedesId ? ` · supersedes record #${o.supersedesId}` : ""}
            </div>
            {o.reason ? (
              <p className="small">
                <strong>Reason:</strong> {o.reason}
              </p>
            ) : null}
            {o.evidence.length ? (
              <ul className="small">
                {o.evidence.map((e, j) => (
                  <li key={j}>
                    {e.citation}
                    {e.url ? (
                      <>
                        {" "}
                        <a href={e.url} rel="noreferrer nofollow">
                          {e.url}
                        </a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {o.note ? <p className="small">{o.note}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Every correction of the forecast's own fields, newest first, with before and after. */
export function RevisionHistory({ revisions }: { revisions: RevisionHistoryRow[] }) {
  if (revisions.length === 0) return <p className="muted small">No corrections: the forecast is as first recorded.</p>;
  return (
    <ol className="history" data-testid="revision-history">
      {revisions.map((r) => (
        <li key={r.id} data-testid="revision">
          <div className="small muted">
            version {r.version} · corrected by {r.editedBy.name} on <DateTimeText at={r.editedAt} />
          </div>
          <ul className="small">
            {Object.entries(r.changes).map(([field, change]) => (
              <li key={field}>{describeChange(field, change)}</li>
            ))}
          </ul>
          <p className="small">
            <strong>Reason:</strong> {r.reason}
          </p>
        </li>
      ))}
    </ol>
  );
}
