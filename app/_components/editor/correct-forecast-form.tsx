"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { correctForecastAction } from "@/app/_actions/outcomes";
import { questionDeadlinePrompt } from "@/lib/forecasts/question-deadline";
import type { ActionError } from "@/lib/http/action-result";
import { LEXICON, LEXICON_CLASSES } from "@/lib/lexicon/lexicon";
import type { DEADLINE_BASES } from "@/lib/vocabulary";
import { useRefreshMe } from "../session/use-me";
import { ConflictNotice } from "./conflict-notice";
import { Field, FormMessage, invalidProps } from "./field";

export interface CorrectableForecast {
  id: number;
  version: number;
  quote: string;
  question: string;
  deadline: string | null;
  deadlineBasis: (typeof DEADLINE_BASES)[number];
  deadlineNote: string | null;
  probability: number;
  probabilitySource: "stated" | "lexicon";
  lexiconClass: string | null;
  verbalExpression: string | null;
}

interface Draft {
  quote: string;
  question: string;
  deadline: string;
  deadlineBasis: (typeof DEADLINE_BASES)[number];
  deadlineNote: string;
  /** A lexicon class, or "stated" for a number in the text. */
  probabilityChoice: string;
  statedPercent: string;
  verbalExpression: string;
  reason: string;
}

function draftOf(f: CorrectableForecast): Draft {
  return {
    quote: f.quote,
    question: f.question,
    deadline: f.deadline ?? "",
    deadlineBasis: f.deadlineBasis,
    deadlineNote: f.deadlineNote ?? "",
    probabilityChoice: f.probabilitySource === "lexicon" && f.lexiconClass ? f.lexiconClass : "stated",
    statedPercent: f.probabilitySource === "stated" ? String(Math.round(f.probability * 1000) / 10) : "",
    verbalExpression: f.verbalExpression ?? "",
    reason: "",
  };
}

type Basis = (typeof DEADLINE_BASES)[number];
const BASIS_LABEL: Record<Basis, string> = { stated: "stated in the text", inferred: "inferred", none: "no deadline" };
const BASES = Object.keys(BASIS_LABEL) as Basis[];

/** Corrects the forecast's own fields; every change is kept as a revision with its reason. */
export function CorrectForecastForm({ forecast }: { forecast: CorrectableForecast }) {
  const idp = `correct-${forecast.id}`;
  const router = useRouter();
  const refreshMe = useRefreshMe();
  const [draft, setDraft] = useState(() => draftOf(forecast));
  const [serverError, setError] = useState<ActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  // The form asks for a percentage; the server checks the probability in [0, 1].
  const error = serverError && {
    ...serverError,
    fields: serverError.fields?.map((f) => (f.field === "probability.value" ? { ...f, message: "enter a percentage between 0 and 100" } : f)),
  };

  function input() {
    const original = draftOf(forecast);
    const probabilityTouched = draft.probabilityChoice !== original.probabilityChoice || draft.statedPercent !== original.statedPercent;
    const percent = draft.statedPercent.trim() === "" ? Number.NaN : Number(draft.statedPercent);
    return {
      quote: draft.quote,
      question: draft.question,
      deadline: draft.deadline || null,
      deadlineBasis: draft.deadlineBasis,
      deadlineNote: draft.deadlineNote,
      verbalExpression: draft.verbalExpression,
      // Only a probability the editor touched is sent, so a stated 14.5% is never rounded into a change.
      ...(probabilityTouched
        ? {
            probability:
              draft.probabilityChoice === "stated"
                ? { source: "stated", value: Number.isFinite(percent) ? percent / 100 : null }
                : { source: "lexicon", class: draft.probabilityChoice },
          }
        : {}),
      reason: draft.reason,
      expectedVersion: forecast.version,
    };
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setSuccess(null);
    startTransition(async () => {
      const result = await correctForecastAction(forecast.id, input());
      if (result.ok) {
        void refreshMe();
        setError(null);
        setSuccess(`Saved as version ${result.data.version}; the change is listed under “Corrections”.`);
        set({ reason: "" });
      } else {
        setError(result.error);
        if (result.error.code === "conflict") router.refresh();
      }
    });
  }

  return (
    <form className="stacked editor-form" onSubmit={submit} noValidate aria-label="Correct this forecast">
      {error?.code === "conflict" ? (
        <ConflictNotice error={error} />
      ) : (
        <FormMessage error={error} success={success} successHref={`/forecasts/${forecast.id}#revisions-h`} />
      )}
      <Field id={`${idp}-question`} label="Question (English, yes/no)" error={error} field="question">
        <textarea
          id={`${idp}-question`}
          rows={2}
          value={draft.question}
          onChange={(e) => set({ question: e.target.value })}
          {...invalidProps(error, "question", `${idp}-question`)}
        />
      </Field>
      <Field id={`${idp}-quote`} label="Quote (verbatim, as in the article)" error={error} field="quote">
        <textarea
          id={`${idp}-quote`}
          rows={3}
          value={draft.quote}
          onChange={(e) => set({ quote: e.target.value })}
          {...invalidProps(error, "quote", `${idp}-quote`)}
        />
      </Field>
      <div className="form-row">
        <Field id={`${idp}-deadline`} label="Deadline" error={error} field="deadline">
          <input
            id={`${idp}-deadline`}
            type="date"
            value={draft.deadline}
            onChange={(e) => set({ deadline: e.target.value })}
            {...invalidProps(error, "deadline", `${idp}-deadline`)}
          />
        </Field>
        <Field id={`${idp}-basis`} label="Deadline basis" error={error} field="deadlineBasis">
          <select
            id={`${idp}-basis`}
            value={draft.deadlineBasis}
            onChange={(e) => set({ deadlineBasis: e.target.value as Draft["deadlineBasis"] })}
            {...invalidProps(error, "deadlineBasis", `${idp}-basis`)}
          >
            {BASES.map((b) => (
              <option key={b} value={b}>
                {BASIS_LABEL[b]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <DeadlineQuestionPrompt
        question={draft.question}
        oldDeadline={forecast.deadline}
        newDeadline={draft.deadline || null}
        onUse={(question) => set({ question })}
      />
      <Field id={`${idp}-deadline-note`} label="Deadline note" hint="(how it was inferred, or why there is none)" error={error} field="deadlineNote">
        <textarea
          id={`${idp}-deadline-note`}
          rows={2}
          value={draft.deadlineNote}
          onChange={(e) => set({ deadlineNote: e.target.value })}
          {...invalidProps(error, "deadlineNote", `${idp}-deadline-note`)}
        />
      </Field>
      <div className="form-row">
        <Field id={`${idp}-probability`} label="Probability" error={error} field="probability.class">
          <select
            id={`${idp}-probability`}
            value={draft.probabilityChoice}
            onChange={(e) => set({ probabilityChoice: e.target.value })}
            {...invalidProps(error, "probability.class", `${idp}-probability`)}
          >
            {LEXICON_CLASSES.map((c) => (
              <option key={c} value={c}>
                {LEXICON[c].label} ({Math.round(LEXICON[c].p * 100)}%)
              </option>
            ))}
            <option value="stated">a number stated in the text</option>
          </select>
        </Field>
        {draft.probabilityChoice === "stated" ? (
          <Field id={`${idp}-percent`} label="Stated probability (%)" error={error} field="probability.value">
            <input
              id={`${idp}-percent`}
              type="number"
              min={0}
              max={100}
              step="any"
              value={draft.statedPercent}
              onChange={(e) => set({ statedPercent: e.target.value })}
              {...invalidProps(error, "probability.value", `${idp}-percent`)}
            />
          </Field>
        ) : null}
        <Field id={`${idp}-words`} label="Likelihood words" error={error} field="verbalExpression">
          <input
            id={`${idp}-words`}
            value={draft.verbalExpression}
            onChange={(e) => set({ verbalExpression: e.target.value })}
            {...invalidProps(error, "verbalExpression", `${idp}-words`)}
          />
        </Field>
      </div>
      <Field id={`${idp}-reason`} label="Reason for the correction" hint="(required; shown on the page)" error={error} field="reason">
        <textarea
          id={`${idp}-reason`}
          rows={2}
          value={draft.reason}
          onChange={(e) => set({ reason: e.target.value })}
          {...invalidProps(error, "reason", `${idp}-reason`)}
        />
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save correction"}
        </button>
      </div>
    </form>
  );
}

/** After a deadline change: the question may still name the old date; offer the updated wording. */
function DeadlineQuestionPrompt({
  question,
  oldDeadline,
  newDeadline,
  onUse,
}: {
  question: string;
  oldDeadline: string | null;
  newDeadline: string | null;
  onUse: (question: string) => void;
}) {
  const prompt = questionDeadlinePrompt(question, oldDeadline, newDeadline);
  if (!prompt) return null;
  return (
    <div className="conflict-box small" aria-live="polite" data-testid="deadline-question-prompt">
      {prompt.suggestion ? (
        <>
          The question still names the old deadline, “{prompt.oldText}”. Update it to: <q>{prompt.suggestion}</q>{" "}
          <button type="button" className="secondary small-button" onClick={() => onUse(prompt.suggestion!)}>
            Use this question
          </button>
        </>
      ) : (
        "The deadline changed: check that the question above still fits the new deadline."
      )}
    </div>
  );
}
