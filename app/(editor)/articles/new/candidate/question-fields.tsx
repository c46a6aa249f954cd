"use client";
import { Field, FieldError, invalidProps } from "@/app/_components/editor/field";
/** The English yes/no question, its polarity, condition and resolution criteria. */
import { POLARITIES, POLARITY_LABEL } from "@/lib/vocabulary";
import type { PartProps } from "./part-props";

export function QuestionFields({ d, onChange, error, id, language }: PartProps) {
  return (
    <>
      <FieldError error={error} field="quote" id={id("quote")} />
      <Field id={id("question")} label="Question" hint="(English, yes/no, about the event defined positively)" error={error} field="question">
        <input
          id={id("question")}
          value={d.question}
          placeholder="Will … by …?"
          onChange={(e) => onChange({ question: e.target.value })}
          {...invalidProps(error, "question", id("question"))}
        />
      </Field>
      <div className="form-row">
        <Field id={id("polarity")} label="Polarity" error={error} field="polarity">
          <select id={id("polarity")} value={d.polarity} onChange={(e) => onChange({ polarity: e.target.value as PartProps["d"]["polarity"] })}>
            {POLARITIES.map((p) => (
              <option key={p} value={p}>
                {p}: {POLARITY_LABEL[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id("condition")} label="Condition" hint="(if conditional)" error={error} field="condition">
          <input
            id={id("condition")}
            lang={language}
            value={d.condition}
            onChange={(e) => onChange({ condition: e.target.value })}
            {...invalidProps(error, "condition", id("condition"))}
          />
        </Field>
      </div>
      <Field id={id("resolution")} label="Resolution criteria" error={error} field="resolutionCriteria">
        <textarea
          id={id("resolution")}
          rows={2}
          value={d.resolutionCriteria}
          placeholder="YES if … NO otherwise."
          onChange={(e) => onChange({ resolutionCriteria: e.target.value })}
          {...invalidProps(error, "resolutionCriteria", id("resolution"))}
        />
      </Field>
    </>
  );
}
