"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resolveEventAction } from "@/app/_actions/outcomes";
import { type ActionError, fieldMessagesUnder } from "@/lib/http/action-result";
import { OUTCOME_STATUS_LABEL } from "@/lib/outcomes/labels";
import { useRefreshMe } from "../session/use-me";
import { ConflictNotice } from "./conflict-notice";
import { FormMessage } from "./field";
import { EMPTY_DRAFT, OutcomeFields, outcomeInput } from "./outcome-fields";

export interface EventForecastChoice {
  id: number;
  version: number;
  label: string;
  /** The current outcome's label, or null when unresolved. */
  current: string | null;
  hasHistory: boolean;
  hasCondition: boolean;
}

/**
 * One outcome for several forecasts about the same event, saved in one step: each selected
 * forecast gets its own record, and if any of them changed meanwhile nothing is saved.
 */
export function ResolveEventForm({ eventId, choices }: { eventId: number; choices: EventForecastChoice[] }) {
  const idp = `event-${eventId}`;
  const router = useRouter();
  const refreshMe = useRefreshMe();
  const [selected, setSelected] = useState<number[]>(() => choices.filter((c) => !c.current).map((c) => c.id));
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [error, setError] = useState<ActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const chosen = choices.filter((c) => selected.includes(c.id));

  function toggle(id: number, on: boolean) {
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setSuccess(null);
    startTransition(async () => {
      const result = await resolveEventAction(eventId, { ...outcomeInput(draft), forecasts: chosen.map((c) => ({ id: c.id, expectedVersion: c.version })) });
      if (result.ok) {
        void refreshMe();
        setError(null);
        setDraft(EMPTY_DRAFT);
        setSuccess(`Saved: ${result.data.length} forecasts now have the outcome “${OUTCOME_STATUS_LABEL[result.data[0]!.status]}”, each with its own record.`);
      } else {
        setError(result.error);
        if (result.error.code === "conflict") router.refresh();
      }
    });
  }

  return (
    <form className="stacked editor-form" onSubmit={submit} noValidate aria-label="Resolve forecasts about this event together">
      {error?.code === "conflict" ? (
        <ConflictNotice error={error} />
      ) : (
        <FormMessage error={error} success={success} successHref={`/forecasts?event=${eventId}`} />
      )}
      <fieldset>
        <legend>Forecasts to resolve</legend>
        {fieldMessagesUnder(error, "forecasts").length && !chosen.length ? (
          <span className="field-error">{fieldMessagesUnder(error, "forecasts").join("; ")}</span>
        ) : null}
        {choices.map((c) => {
          const i = chosen.findIndex((x) => x.id === c.id);
          const problems = i >= 0 ? fieldMessagesUnder(error, `forecasts.${i}`) : [];
          return (
            <label key={c.id} className="checkbox-row">
              <input type="checkbox" checked={selected.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
              <span>
                #{c.id} {c.label} <span className="muted small">({c.current ? `now: ${c.current}` : "unresolved"})</span>
                {problems.length ? <span className="field-error">{problems.join("; ")}</span> : null}
              </span>
            </label>
          );
        })}
      </fieldset>
      <OutcomeFields
        idp={idp}
        draft={draft}
        onChange={setDraft}
        error={error}
        needsReason={chosen.some((c) => c.hasHistory)}
        allowConditionNotMet={chosen.some((c) => c.hasCondition)}
      />
      <div>
        <button type="submit" disabled={pending || chosen.length === 0}>
          {pending ? "Saving…" : `Record for ${chosen.length} selected forecast${chosen.length === 1 ? "" : "s"}`}
        </button>
      </div>
    </form>
  );
}
