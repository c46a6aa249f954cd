"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { recordOutcomeAction, retractOutcomeAction } from "@/app/_actions/outcomes";
import type { ActionError } from "@/lib/http/action-result";
import { OUTCOME_STATUS_LABEL } from "@/lib/outcomes/labels";
import { useRefreshMe } from "../session/use-me";
import { ConflictNotice } from "./conflict-notice";
import { Field, FormMessage, invalidProps } from "./field";
import { EMPTY_DRAFT, OutcomeFields, outcomeInput } from "./outcome-fields";

export interface RecordOutcomeFormProps {
  forecastId: number;
  /** The forecast's version this page shows: the server refuses the save if it moved on. */
  version: number;
  /** Any record exists (current or retracted): a new one supersedes it and needs a reason. */
  hasHistory: boolean;
  hasCondition: boolean;
  /** Distinguishes the ids of several forms on one page (the due queue). */
  idPrefix?: string;
  /** Told after a save (the due queue keeps the row and says "saved"). */
  onSaved?: (statusLabel: string) => void;
}

/** Records an outcome for one forecast, or a new record that supersedes the current one. */
export function RecordOutcomeForm({ forecastId, version, hasHistory, hasCondition, idPrefix, onSaved }: RecordOutcomeFormProps) {
  const idp = idPrefix ?? `record-${forecastId}`;
  const router = useRouter();
  const refreshMe = useRefreshMe();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [error, setError] = useState<ActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setSuccess(null);
    startTransition(async () => {
      const result = await recordOutcomeAction(forecastId, { ...outcomeInput(draft), expectedVersion: version });
      if (result.ok) {
        void refreshMe();
        setError(null);
        setDraft(EMPTY_DRAFT);
        setSuccess(`Saved: “${OUTCOME_STATUS_LABEL[result.data.status]}” is now the current outcome (version ${result.data.version}).`);
        onSaved?.(OUTCOME_STATUS_LABEL[result.data.status]);
      } else {
        setError(result.error);
        // Show the page as it is now; the entry stays in the form.
        if (result.error.code === "conflict") router.refresh();
      }
    });
  }

  return (
    <form className="stacked editor-form" onSubmit={submit} noValidate aria-label={hasHistory ? "Record a new outcome" : "Record the outcome"}>
      {error?.code === "conflict" ? (
        <ConflictNotice error={error} />
      ) : (
        <FormMessage error={error} success={success} successHref={`/forecasts/${forecastId}#history-h`} />
      )}
      <OutcomeFields idp={idp} draft={draft} onChange={setDraft} error={error} needsReason={hasHistory} allowConditionNotMet={hasCondition} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : hasHistory ? "Save new record" : "Record outcome"}
        </button>
      </div>
    </form>
  );
}

/** Withdraws the current outcome (kept in the history); the forecast is unresolved again. */
export function RetractOutcomeForm({ forecastId, version }: { forecastId: number; version: number }) {
  const idp = `retract-${forecastId}`;
  const router = useRouter();
  const refreshMe = useRefreshMe();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<ActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setSuccess(null);
    startTransition(async () => {
      const result = await retractOutcomeAction(forecastId, { reason, expectedVersion: version });
      if (result.ok) {
        void refreshMe();
        setError(null);
        setReason("");
        setSuccess("Retracted: the forecast has no current outcome now.");
      } else {
        setError(result.error);
        if (result.error.code === "conflict") router.refresh();
      }
    });
  }

  return (
    <form className="stacked editor-form" onSubmit={submit} noValidate aria-label="Retract the current outcome">
      {error?.code === "conflict" ? (
        <ConflictNotice error={error} />
      ) : (
        <FormMessage error={error} success={success} successHref={`/forecasts/${forecastId}#history-h`} />
      )}
      <Field id={`${idp}-reason`} label="Reason for the retraction" error={error} field="reason">
        <textarea
          id={`${idp}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalidProps(error, "reason", `${idp}-reason`)}
        />
      </Field>
      <div>
        <button type="submit" className="danger" disabled={pending}>
          {pending ? "Retracting…" : "Retract outcome"}
        </button>
      </div>
    </form>
  );
}
