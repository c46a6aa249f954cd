"use client";
import { Field, FieldError, invalidProps } from "@/app/_components/editor/field";
/** The probability: a lexicon class for the words, or the number stated in the text. */
import { LEXICON_OPTIONS } from "@/lib/intake/draft";
import type { PartProps } from "./part-props";

export function ProbabilityFields({ d, onChange, error, id, language }: PartProps) {
  return (
    <fieldset>
      <legend>Probability</legend>
      <div className="form-row">
        <Field id={id("psource")} label="Given as" error={error} field="probability.source">
          <select
            id={id("psource")}
            value={d.probabilitySource}
            onChange={(e) => onChange({ probabilitySource: e.target.value as PartProps["d"]["probabilitySource"] })}
          >
            <option value="lexicon">words (lexicon class)</option>
            <option value="stated">a number in the text</option>
          </select>
        </Field>
        <Field id={id("expression")} label="Likelihood words" hint="(verbatim, in the quote)" error={error} field="probability.expression">
          <input
            id={id("expression")}
            lang={language}
            value={d.expression}
            onChange={(e) => onChange({ expression: e.target.value })}
            {...invalidProps(error, "probability.expression", id("expression"))}
          />
        </Field>
      </div>
      {d.probabilitySource === "lexicon" ? (
        <Field id={id("class")} label="Lexicon class" error={error} field="probability.class">
          <select
            id={id("class")}
            value={d.lexiconClass}
            onChange={(e) => onChange({ lexiconClass: e.target.value as PartProps["d"]["lexiconClass"] })}
            {...invalidProps(error, "probability.class", id("class"))}
          >
            <option value="">choose…</option>
            {LEXICON_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <Field id={id("stated")} label="Stated probability (%)" error={error} field="probability.value">
          <input
            id={id("stated")}
            inputMode="decimal"
            value={d.statedPercent}
            onChange={(e) => onChange({ statedPercent: e.target.value })}
            {...invalidProps(error, "probability.value", id("stated"))}
          />
        </Field>
      )}
      <FieldError error={error} field="probability" id={id("probability")} />
    </fieldset>
  );
}
