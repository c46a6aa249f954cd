"use client";
import type { ActionError } from "@/lib/http/action-result";
import { OUTCOME_STATUS_HELP } from "@/lib/outcomes/labels";
import type { OutcomeStatus } from "@/lib/vocabulary";
import { EMPTY_EVIDENCE, EvidenceFields, type EvidenceRow, evidenceInput } from "./evidence-fields";
import { Field, invalidProps } from "./field";

// From the labels, not db/schema: a client component must not pull the drizzle schema into the bundle.
const STATUSES = Object.keys(OUTCOME_STATUS_HELP) as OutcomeStatus[];

export interface OutcomeDraft {
  status: OutcomeStatus | "";
  occurredOn: string;
  evidence: EvidenceRow[];
  note: string;
  reason: string;
}

export const EMPTY_DRAFT: OutcomeDraft = { status: "", occurredOn: "", evidence: [{ ...EMPTY_EVIDENCE }], note: "", reason: "" };

/** The draft as the server expects it (blank means absent). */
export function outcomeInput(d: OutcomeDraft) {
  return {
    status: d.status,
    occurredOn: d.occurredOn || null,
    evidence: evidenceInput(d.evidence),
    note: d.note.trim() || null,
    reason: d.reason.trim() || null,
  };
}

/**
 * Status, date, evidence, note and (when a record is superseded) the reason: the fields of every
 * outcome form. Controlled, so an entry survives a refused save (React 19 would otherwise reset
 * the form after the action).
 */
export function OutcomeFields({
  idp,
  draft,
  onChange,
  error,
  needsReason,
  allowConditionNotMet,
}: {
  idp: string;
  draft: OutcomeDraft;
  onChange: (d: OutcomeDraft) => void;
  error: ActionError | null;
  needsReason: boolean;
  allowConditionNotMet: boolean;
}) {
  const set = (patch: Partial<OutcomeDraft>) => onChange({ ...draft, ...patch });
  const decisive = draft.status === "yes" || draft.status === "no";
  return (
    <>
      <div className="form-row">
        <Field id={`${idp}-status`} label="Outcome" error={error} field="status">
          <select
            id={`${idp}-status`}
            value={draft.status}
            onChange={(e) => set({ status: e.target.value as OutcomeStatus | "" })}
            {...invalidProps(error, "status", `${idp}-status`)}
          >
            <option value="">choose…</option>
            {STATUSES.filter((s) => s !== "condition_not_met" || allowConditionNotMet).map((s) => (
              <option key={s} value={s}>
                {OUTCOME_STATUS_HELP[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${idp}-date`} label="Date it happened or was settled" hint={decisive ? undefined : "(optional)"} error={error} field="occurredOn">
          <input
            id={`${idp}-date`}
            type="date"
            value={draft.occurredOn}
            onChange={(e) => set({ occurredOn: e.target.value })}
            {...invalidProps(error, "occurredOn", `${idp}-date`)}
          />
        </Field>
      </div>
      <EvidenceFields idp={idp} rows={draft.evidence} onChange={(evidence) => set({ evidence })} error={error} required={decisive || draft.status === ""} />
      <Field id={`${idp}-note`} label="Note" hint="(optional: how the evidence settles it)" error={error} field="note">
        <textarea
          id={`${idp}-note`}
          rows={2}
          value={draft.note}
          onChange={(e) => set({ note: e.target.value })}
          {...invalidProps(error, "note", `${idp}-note`)}
        />
      </Field>
      {needsReason ? (
        <Field
          id={`${idp}-reason`}
          label="Reason for the new record"
          hint="(required: it supersedes the current one, which stays in the history)"
          error={error}
          field="reason"
        >
          <textarea
            id={`${idp}-reason`}
            rows={2}
            value={draft.reason}
            onChange={(e) => set({ reason: e.target.value })}
            {...invalidProps(error, "reason", `${idp}-reason`)}
          />
        </Field>
      ) : null}
    </>
  );
}
