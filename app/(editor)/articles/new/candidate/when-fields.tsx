"use client";
/** When the forecast was made and its deadline, each with its basis. */
import { Field, invalidProps } from "@/app/_components/editor/field";
import type { PartProps } from "./part-props";

export function WhenFields({ d, onChange, error, id, madeOnDefault }: PartProps & { madeOnDefault: string }) {
  return (
    <fieldset>
      <legend>When</legend>
      <div className="form-row">
        <Field id={id("made-on")} label="Made on" hint={madeOnDefault ? `(empty: ${madeOnDefault})` : "(the article has no date)"} error={error} field="madeOn">
          <input
            id={id("made-on")}
            type="date"
            value={d.madeOn}
            onChange={(e) => onChange({ madeOn: e.target.value })}
            {...invalidProps(error, "madeOn", id("made-on"))}
          />
        </Field>
        <Field id={id("made-on-basis")} label="Made-on basis" error={error} field="madeOnBasis">
          <select
            id={id("made-on-basis")}
            value={d.madeOnBasis}
            onChange={(e) => onChange({ madeOnBasis: e.target.value as PartProps["d"]["madeOnBasis"] })}
            {...invalidProps(error, "madeOnBasis", id("made-on-basis"))}
          >
            <option value="">from the article's date</option>
            <option value="published">the date on the page</option>
            <option value="first_published">first publication</option>
            <option value="statement">when the forecaster said it</option>
            <option value="inferred">inferred from the text</option>
          </select>
        </Field>
      </div>
      {d.madeOnBasis === "inferred" || d.madeOnBasis === "statement" ? (
        <Field id={id("made-on-note")} label="How the date was found" error={error} field="madeOnNote">
          <input
            id={id("made-on-note")}
            value={d.madeOnNote}
            onChange={(e) => onChange({ madeOnNote: e.target.value })}
            {...invalidProps(error, "madeOnNote", id("made-on-note"))}
          />
        </Field>
      ) : null}
      <div className="form-row">
        <Field id={id("deadline-basis")} label="Deadline basis" error={error} field="deadlineBasis">
          <select
            id={id("deadline-basis")}
            value={d.deadlineBasis}
            onChange={(e) => onChange({ deadlineBasis: e.target.value as PartProps["d"]["deadlineBasis"] })}
          >
            <option value="stated">stated in the text</option>
            <option value="inferred">inferred (a default horizon)</option>
            <option value="none">none</option>
          </select>
        </Field>
        {d.deadlineBasis !== "none" ? (
          <Field id={id("deadline")} label="Deadline" error={error} field="deadline">
            <input
              id={id("deadline")}
              type="date"
              value={d.deadline}
              onChange={(e) => onChange({ deadline: e.target.value })}
              {...invalidProps(error, "deadline", id("deadline"))}
            />
          </Field>
        ) : null}
      </div>
      {d.deadlineBasis !== "stated" ? (
        <Field
          id={id("deadline-note")}
          label={d.deadlineBasis === "none" ? "Why there is no deadline" : "How the deadline was inferred"}
          error={error}
          field="deadlineNote"
        >
          <input
            id={id("deadline-note")}
            value={d.deadlineNote}
            onChange={(e) => onChange({ deadlineNote: e.target.value })}
            {...invalidProps(error, "deadlineNote", id("deadline-note"))}
          />
        </Field>
      ) : null}
    </fieldset>
  );
}
