"use client";
import type { ActionError } from "@/lib/http/action-result";
import type { ConflictState } from "@/lib/outcomes/history";
import { OUTCOME_STATUS_LABEL } from "@/lib/outcomes/labels";
import { DateTimeText } from "../date-text";

function states(current: unknown): ConflictState[] {
  if (!current || typeof current !== "object") return [];
  if ("forecasts" in current && Array.isArray((current as { forecasts: unknown }).forecasts)) return (current as { forecasts: ConflictState[] }).forecasts;
  return [current as ConflictState];
}

/**
 * A 409 explained: someone saved first. Shows the record now current and every change since the
 * version this view was opened at; the page has been refreshed underneath, the entry kept.
 */
export function ConflictNotice({ error }: { error: ActionError }) {
  return (
    <div className="conflict-box" role="alert" data-testid="conflict">
      <strong>Not saved: someone else changed this forecast after you opened the page.</strong>
      {states(error.current).map((s) => (
        <div key={s.forecastId} className="small">
          <p>
            Forecast #{s.forecastId} is now at version {s.version}
            {s.outcome ? (
              <>
                ; its current outcome is <strong>{s.outcome.retraction ? "none (retracted)" : OUTCOME_STATUS_LABEL[s.outcome.status]}</strong>, recorded by{" "}
                {s.outcome.recordedBy.name}
              </>
            ) : (
              "; it has no current outcome"
            )}
            .
          </p>
          {s.changes.length ? (
            <>
              <p>What changed since you opened it:</p>
              <ul>
                {s.changes.map((c, i) => (
                  <li key={i}>
                    {c.summary}{" "}
                    <span className="muted">
                      (<DateTimeText at={c.at} />, version {c.version ?? "?"})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}
      <p className="small">
        The page now shows the current state and your entry is kept below. Check it against the history, then save again if it still applies.
      </p>
    </div>
  );
}
